"""/timeline and /events/{id}: what happened when."""

from __future__ import annotations

from typing import Any

from flask import Response

from kb_service.api import columns, geojson, render, responses, timelinejs
from kb_service.api.blueprint import Blueprint
from kb_service.api.context import database
from kb_service.api.params import AsOfQuery, TimelineQuery
from kb_service.read import timeline
from kb_service.read.dated_lists import Filters

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

    return render.page(
        lambda cursor: timeline.timeline(db, filters, include, cursor, paging["limit"]),
        paging["cursor"],
        paging["format"],
        columns.TIMELINE,
        columns.timeline_row,
        documents={"timelinejs": timelinejs_document},
        bom=paging["bom"],
        feature=geojson.record_feature,
    )


@blp.route("/events/<string:event_id>")
@blp.arguments(AsOfQuery(), location="query", as_kwargs=True)
@blp.response(200, responses.EventEnvelope)
def get_event(event_id: str, as_of_key: int | None) -> Response:
    """Show one event: participants, places, related events, statements and evidence."""
    return render.record(timeline.event(database(), event_id, as_of_key))
