"""/timeline and /events/{id}: what happened when."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Response

from kb_service.api import columns, geojson, render, responses, timelinejs, web_annotations
from kb_service.api.params import RecordQuery, TimelineQuery
from kb_service.api.request_context import Blueprint, database
from kb_service.read import timeline
from kb_service.read.filters import Filters

blp = Blueprint("timeline", __name__, url_prefix="/api/v1", description="What happened when")


@blp.route("/timeline")
@blp.arguments(TimelineQuery(), location="query", as_kwargs=True)
@blp.response(200, responses.TimelinePage)
@blp.doc(**responses.TIMELINE_EXPORTS)
def get_timeline(filters: Filters, include: str, lang: str, **paging: Any) -> Response:
    """List events (and, with include, statements) in time order."""
    db = database()

    def timelinejs_document(records: list[dict[str, Any]], truncated: bool) -> dict[str, Any]:
        return timelinejs.document(records, truncated=truncated, lang=lang)

    one_page, whole = web_annotations.list_formats()
    return render.page(
        lambda cursor: timeline.timeline(db, filters, include, cursor, paging["limit"]),
        paging["cursor"],
        paging["format"],
        render.ListFormats(
            columns.TIMELINE,
            columns.timeline_row,
            documents={"timelinejs": timelinejs_document, **whole},
            feature=geojson.record_feature,
            page_documents=one_page,
        ),
        bom=paging["bom"],
    )


@blp.route("/events/<string:event_id>")
@blp.arguments(RecordQuery(), location="query", as_kwargs=True)
@blp.response(200, responses.EventEnvelope)
@blp.doc(**responses.annotation_documents(responses.EventEnvelope))
def get_event(
    event_id: str, as_of_key: int | None, known_on: datetime | None, fmt: str
) -> Response:
    """Show one event: participants, places, related events, statements and evidence
    (format=jsonld or hypothesis: its evidence as annotations)."""
    found = timeline.event(database(), event_id, as_of_key, known_on)
    if fmt != "json":
        return web_annotations.record_response(found, fmt)
    return render.record(found)
