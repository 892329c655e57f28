"""/statements and /statements/{id}: who said what."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from flask import Response

from kb_service.api import columns, render, responses, web_annotations
from kb_service.api.params import ActorStatementQuery, RecordQuery, StatementQuery
from kb_service.api.request_context import Blueprint, database
from kb_service.read import statements
from kb_service.read.filters import Filters

blp = Blueprint("statements", __name__, url_prefix="/api/v1", description="Who said what")


def _render(filters: Filters, paging: dict[str, Any]) -> Response:
    db = database()
    one_page, whole = web_annotations.list_formats()
    return render.page(
        lambda cursor: statements.statements(db, filters, cursor, paging["limit"]),
        paging["cursor"],
        paging["format"],
        render.ListFormats(
            columns.STATEMENTS, columns.statement_row, documents=whole, page_documents=one_page
        ),
        bom=paging["bom"],
    )


@blp.route("/statements")
@blp.arguments(StatementQuery(), location="query", as_kwargs=True)
@blp.response(200, responses.StatementPage)
@blp.doc(**responses.ANNOTATION_EXPORTS)
def list_statements(filters: Filters, **paging: Any) -> Response:
    """List statements in time order, with speakers, reporting chain and evidence."""
    return _render(filters, paging)


@blp.route("/statements/<string:statement_id>")
@blp.arguments(RecordQuery(), location="query", as_kwargs=True)
@blp.response(200, responses.StatementEnvelope)
@blp.doc(**responses.annotation_documents(responses.StatementEnvelope))
def get_statement(
    statement_id: str, as_of_key: int | None, known_on: datetime | None, fmt: str
) -> Response:
    """Show one statement (format=jsonld or hypothesis: its evidence as annotations)."""
    found = statements.statement(database(), statement_id, as_of_key, known_on)
    if fmt != "json":
        return web_annotations.record_response(found, fmt)
    return render.record(found)


@blp.route("/actors/<string:actor_id>/statements")
@blp.arguments(ActorStatementQuery(), location="query", as_kwargs=True)
@blp.response(200, responses.StatementPage)
@blp.doc(**responses.ANNOTATION_EXPORTS)
def list_actor_statements(actor_id: str, filters: Filters, **paging: Any) -> Response:
    """List what one actor said (the same as /statements?speaker=)."""
    speaking = {**filters.statement_filters, "speakers": [actor_id]}
    return _render(dataclasses.replace(filters, statement_filters=speaking), paging)
