"""What curators use: an EDTF date read back (/dates), a text drafted (/drafts), and, with a key,
the vocabulary and the registry that curated sources cite (/vocabulary, /registry)."""

from __future__ import annotations

from typing import Any

from flask import Response

from kb_service.api import render, responses
from kb_service.api.curation_params import DateReadingQuery, DraftBody, WriteOptions
from kb_service.api.request_context import Blueprint, database, require_api_key, settings
from kb_service.api.uploads import upload_route, write_document
from kb_service.curation import problem_codes
from kb_service.curation.drafting import budget
from kb_service.curation.drafting.mentions import entities_of_rows
from kb_service.curation.drafting.outline import outline
from kb_service.model import date_reading
from kb_service.read import candidates, known_terms
from kb_service.read.entities import registry_entries
from kb_service.write import retraction

NO_REGISTRY = (
    "no registry is stored: no names were matched; ingest a registry first "
    "(POST /api/v1/registry or kb ingest)"
)
dates_blp = Blueprint("dates", __name__, url_prefix="/api/v1", description="EDTF dates read back")
drafts_blp = Blueprint("drafts", __name__, url_prefix="/api/v1", description="Drafts of a text")
vocabulary_blp = Blueprint(
    "vocabulary",
    __name__,
    url_prefix="/api/v1",
    description="The vocabulary: event types, statement kinds, actor and place kinds, relations",
)
registry_blp = Blueprint(
    "registry",
    __name__,
    url_prefix="/api/v1",
    description="The registry: actors, places, conflicts",
)


@dates_blp.route("/dates")
@dates_blp.arguments(DateReadingQuery(), location="query")
@dates_blp.response(200, responses.DateReadingEnvelope)
def read_date(args: dict[str, Any]) -> Response:
    """Read an EDTF date as the service stores it: earliest and latest day, precision,
    qualifiers, and the date in words ("Feb 1988, month precision")."""
    return render.record(date_reading.read(args["edtf"], args["lang"]))


@drafts_blp.route("/drafts", methods=["POST"])
@drafts_blp.arguments(DraftBody(), location="json")
@drafts_blp.response(200, responses.DraftEnvelope)
def draft_text(body: dict[str, Any]) -> Response:
    """Number a text's passages and mark the likely non-content ones; with a publication date
    (given, or read from a dateline) also draft its events and statements, each marked
    `review: draft`, with the stored records each may be (`same_as_candidates`). Writes
    nothing."""
    db = database()
    terms = known_terms.known(db)
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


@vocabulary_blp.route("/vocabulary")
@vocabulary_blp.response(200, responses.VocabularyEnvelope)
def get_vocabulary() -> Response:
    """List every term of every vocabulary, base and curated, with its PLOVER category."""
    return render.record(known_terms.listing(database()))


@upload_route(vocabulary_blp, "/vocabulary", WriteOptions(), "New terms were added")
def upsert_vocabulary(options: dict[str, Any]) -> Response:
    """Validate a vocabulary document (`kind: vocabulary`) and upsert its terms; sending it
    again changes nothing."""
    return write_document("vocabulary", options["dry_run"])


@upload_route(registry_blp, "/registry", WriteOptions(), "New entries were created")
def upsert_registry(options: dict[str, Any]) -> Response:
    """Validate a registry document (the registry.yaml format) and upsert its entries; sending
    it again changes nothing."""
    return write_document("registry", options["dry_run"])


@registry_blp.route("/registry/<string:entry_id>", methods=["DELETE"])
@registry_blp.doc(security=[{"bearer": []}])
@registry_blp.response(200, responses.ReportEnvelope)
def remove_entry(entry_id: str) -> Response:
    """Remove a registry entry that no source cites and no place lies within (409 otherwise)."""
    require_api_key()
    report = retraction.remove_entry(database(), entry_id, settings().neo4j_write_timeout)
    return render.json_response({"data": report.as_dict()})
