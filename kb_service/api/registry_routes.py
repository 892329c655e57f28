"""/registry: add or update actors, places and conflicts, and remove unused ones, with a key."""

from __future__ import annotations

from typing import Any

from flask import Response

from kb_service.api import render, responses, uploads
from kb_service.api.auth import require_api_key
from kb_service.api.blueprint import Blueprint
from kb_service.api.context import database, settings
from kb_service.api.curation_params import WriteOptions
from kb_service.write import retraction

blp = Blueprint(
    "registry",
    __name__,
    url_prefix="/api/v1",
    description="The registry: actors, places, conflicts",
)


@blp.route("/registry", methods=["POST"])
@blp.arguments(WriteOptions(), location="query")
@blp.doc(security=[{"bearer": []}], requestBody=uploads.REQUEST_BODY)
@blp.response(201, responses.ReportEnvelope, description="New entries were created")
@blp.alt_response(200, schema=responses.ReportEnvelope, description="Updated, unchanged or dry run")
def upsert_registry(options: dict[str, Any]) -> Response:
    """Validate a registry document (the registry.yaml format) and upsert its entries; sending
    it again changes nothing."""
    return uploads.write_document("registry", options["dry_run"])


@blp.route("/registry/<string:entry_id>", methods=["DELETE"])
@blp.doc(security=[{"bearer": []}])
@blp.response(200, responses.ReportEnvelope)
def remove_entry(entry_id: str) -> Response:
    """Remove a registry entry that no source cites and no place lies within (409 otherwise)."""
    require_api_key()
    report = retraction.remove_entry(database(), entry_id, settings().neo4j_write_timeout)
    return render.json_response({"data": report.as_dict()})
