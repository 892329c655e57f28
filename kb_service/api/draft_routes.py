"""/drafts: a text numbered into passages as ingest numbers them, and drafted as `kb draft`
drafts it, against the registry and vocabulary stored in the graph; nothing is written."""

from __future__ import annotations

from typing import Any

from flask import Response

from kb_service.api import render, responses
from kb_service.api.blueprint import Blueprint
from kb_service.api.context import database, settings
from kb_service.api.curation_params import DraftBody
from kb_service.curation import problem_codes, vocabulary
from kb_service.curation.drafting import budget
from kb_service.curation.drafting.mentions import entities_of_rows
from kb_service.curation.drafting.outline import outline
from kb_service.read import candidates
from kb_service.read.entities import registry_entries

NO_REGISTRY = (
    "no registry is stored: no names were matched; ingest a registry first "
    "(POST /api/v1/registry or kb ingest)"
)
blp = Blueprint("drafts", __name__, url_prefix="/api/v1", description="Drafts of a text")


@blp.route("/drafts", methods=["POST"])
@blp.arguments(DraftBody(), location="json")
@blp.response(200, responses.DraftEnvelope)
def draft_text(body: dict[str, Any]) -> Response:
    """Number a text's passages and mark the likely non-content ones; with a publication date
    (given, or read from a dateline) also draft its events and statements, each marked
    `review: draft`, with the stored records each may be (`same_as_candidates`). Writes
    nothing."""
    db = database()
    terms = vocabulary.stored(db)
    entities = entities_of_rows(registry_entries(db))
    with budget.within(settings().draft_budget_seconds):  # else 503: see budget.py
        found = outline(
            body["text"],
            entities=entities,
            vocabulary=terms,
            publisher=body["publisher"],
            published=body.get("published"),
            language=body.get("language"),
            source_id=body.get("id"),
            text_file=body.get("text_file"),
        )
    for passage in found["passages"]:
        # the reason's code, for a client that says it in its own language
        reason = passage["not_content"]
        passage["not_content_code"] = None if reason is None else problem_codes.code_of(reason)[0]
    if found["document"] is not None:
        candidates.annotate(db, found["document"], terms)
    found["notes"] = [] if entities else [NO_REGISTRY]
    return render.json_response({"data": found})
