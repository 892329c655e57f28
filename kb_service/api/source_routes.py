"""/sources: read the sources and their passages; add or retract one with an API key."""

from __future__ import annotations

from typing import Any

from flask import Response, request

from kb_service.api import columns, render, responses
from kb_service.api.curation_params import SourceWriteOptions
from kb_service.api.params import NoParameters, Paging
from kb_service.api.request_context import Blueprint, database, require_api_key, settings
from kb_service.api.uploads import upload_route, write_document
from kb_service.read import entities, source_texts
from kb_service.write import retraction

blp = Blueprint("sources", __name__, url_prefix="/api/v1", description="Sources and their text")


@blp.route("/sources")
@blp.arguments(Paging(), location="query")
@blp.response(200, responses.SourcePage)
@blp.doc(**responses.EXPORTS)
def list_sources(args: dict[str, Any]) -> Response:
    """List sources in id order."""
    db = database()
    return render.page(
        lambda after: entities.listing(db, "source", after, args["limit"]),
        args.get("cursor"),
        args.get("format"),
        render.ListFormats(columns.SOURCES, columns.plain_row),
        bom=args["bom"],
    )


@blp.route("/sources/<string:source_id>")
@blp.arguments(NoParameters(), location="query")
@blp.response(200, responses.SourceEnvelope)
def get_source(_: dict[str, Any], source_id: str) -> Response:
    """Show one source: metadata and numbered passages."""
    return render.record(entities.record(database(), "source", source_id))


@blp.route("/sources/<string:source_id>/text")
@blp.arguments(NoParameters(), location="query")
@blp.response(200, {"type": "string"}, content_type="text/plain")
def get_source_text(_: dict[str, Any], source_id: str) -> Response:
    """Serve a source's stored text, the passages joined by "\n": what evidence positions
    (format=jsonld, hypothesis) count in, in Unicode code points."""
    body = source_texts.text(database(), source_id)
    response = Response(body, content_type="text/plain; charset=utf-8")
    response.headers["Cache-Control"] = render.CACHE_CONTROL
    response.add_etag()
    response.make_conditional(request)
    return response


@upload_route(blp, "/sources", SourceWriteOptions(), "The source was created")
def add_source(options: dict[str, Any]) -> Response:
    """Validate and ingest one curated source document (YAML, JSON or multipart) in one
    transaction; with dry_run=true, report what it would change and write nothing. A new
    record that looks like a stored one is a warning in the report (with strict=true, 422)."""
    return write_document("source", options["dry_run"], options["strict"])


@blp.route("/sources/<string:source_id>", methods=["DELETE"])
@blp.doc(security=[{"bearer": []}])
@blp.response(200, responses.ReportEnvelope)
def retract_source(source_id: str) -> Response:
    """Retract a source and everything that only it supported."""
    require_api_key()
    report = retraction.retract(database(), source_id, settings().neo4j_write_timeout)
    return render.json_response({"data": report.as_dict()})
