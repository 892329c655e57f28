"""/vocabulary: the terms the model knows, and curated terms added with a key."""

from __future__ import annotations

from typing import Any

from flask import Response

from kb_service.api import render, responses, uploads
from kb_service.api.blueprint import Blueprint
from kb_service.api.context import database
from kb_service.api.curation_params import WriteOptions
from kb_service.curation import vocabulary

blp = Blueprint(
    "vocabulary",
    __name__,
    url_prefix="/api/v1",
    description="The vocabulary: event types, statement kinds, actor and place kinds, relations",
)


@blp.route("/vocabulary")
@blp.response(200, responses.VocabularyEnvelope)
def get_vocabulary() -> Response:
    """List every term of every vocabulary, base and curated, with its PLOVER category."""
    return render.record(vocabulary.stored(database()).listing())


@blp.route("/vocabulary", methods=["POST"])
@blp.arguments(WriteOptions(), location="query")
@blp.doc(security=[{"bearer": []}], requestBody=uploads.REQUEST_BODY)
@blp.response(201, responses.ReportEnvelope, description="New terms were added")
@blp.alt_response(200, schema=responses.ReportEnvelope, description="Updated, unchanged or dry run")
def upsert_vocabulary(options: dict[str, Any]) -> Response:
    """Validate a vocabulary document (`kind: vocabulary`) and upsert its terms; sending it
    again changes nothing."""
    return uploads.write_document("vocabulary", options["dry_run"])
