"""/sources: read the sources and their passages; add or retract one with an API key."""

from __future__ import annotations

from typing import Any

from flask import Response, request
from flask_smorest import Blueprint

from kb_service import entities, ingest
from kb_service.api import columns, render, schemas
from kb_service.api.auth import require_api_key
from kb_service.api.context import database, settings
from kb_service.api.params import NoParameters, Paging
from kb_service.curation import RawFile

blp = Blueprint("sources", __name__, url_prefix="/api/v1", description="Sources and their text")
BODY_NAME = "request body"


@blp.route("/sources")
@blp.arguments(Paging(), location="query")
@blp.response(200, schemas.SourcePage)
@blp.doc(**schemas.EXPORTS)
def list_sources(args: dict[str, Any]) -> Response:
    """List sources in id order."""
    db = database()
    return render.page(
        lambda after: entities.listing(db, "source", after, args["limit"]),
        args.get("cursor"),
        args.get("format"),
        columns.SOURCES,
        columns.plain_row,
    )


@blp.route("/sources/<string:source_id>")
@blp.arguments(NoParameters(), location="query")
@blp.response(200, schemas.SourceEnvelope)
def get_source(_: dict[str, Any], source_id: str) -> Response:
    """Show one source: metadata and numbered passages."""
    return render.record(entities.record(database(), "source", source_id))


@blp.route("/sources", methods=["POST"])
@blp.doc(
    security=[{"bearer": []}],
    requestBody={
        "required": True,
        "content": {
            "application/yaml": {"schema": {"type": "string"}},
            "application/json": {"schema": {"type": "object"}},
        },
    },
)
@blp.response(201, schemas.ReportEnvelope)
def add_source(**_: Any) -> Response:
    """Validate and ingest one curated source document (YAML or JSON) in one transaction."""
    require_api_key()
    report = ingest.ingest(
        database(),
        [RawFile(BODY_NAME, request.get_data(cache=False), is_json=request.is_json)],
        sources_only=True,
        timeout=settings().neo4j_write_timeout,
    )
    return render.json_response({"data": report.as_dict()}, status=201)


@blp.route("/sources/<string:source_id>", methods=["DELETE"])
@blp.doc(security=[{"bearer": []}])
@blp.response(200, schemas.ReportEnvelope)
def retract_source(source_id: str) -> Response:
    """Retract a source and everything that only it supported."""
    require_api_key()
    report = ingest.retract(database(), source_id, settings().neo4j_write_timeout)
    return render.json_response({"data": report.as_dict()})
