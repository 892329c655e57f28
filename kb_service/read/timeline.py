"""What happened when: the timeline of events (and, when asked, statements) and one event."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kb_service.curation import vocabulary
from kb_service.errors import NotFound
from kb_service.read import pages
from kb_service.read.filters import Filters
from kb_service.read.pages import keyset_params, page_rows, sort_key
from kb_service.read.records import held, known_ids, records
from kb_service.read.statements import statement_rows
from kb_service.read.text_filter import matching_ids
from kb_service.store.db import Database, Reader

# Sort orders come from this allowlist: each names its own query file.
EVENT_QUERIES = {
    "asc": pages.Queries("read/timeline_events_asc", "read/timeline_events_by_ids_asc"),
    "desc": pages.Queries("read/timeline_events_desc", "read/timeline_events_by_ids_desc"),
}


def event_rows(
    db: Reader, filters: Filters, cursor: str | None, limit: int
) -> list[dict[str, Any]]:
    """Return up to limit+1 (kind, id, keys) rows of events matching the filters."""
    params = keyset_params(filters, cursor, limit)  # a bad cursor is refused before any query
    ids = pages.narrowest(
        matching_ids(db, filters.text, ["Event"]),
        pages.linked_ids(db, "read/event_ids_of_actors", filters.actors),
    )
    extra = {"types": filters.types, "statuses": filters.statuses}
    return page_rows(db, EVENT_QUERIES, filters, params, ids, **extra)


def timeline(
    db: Database, filters: Filters, include: str, cursor: str | None, limit: int
) -> pages.Page:
    """Return one page of the timeline: events, statements or both, in time order."""
    vocabulary.require_known(db, ("event_types", "statement_kinds"), filters.types or (), "type")
    rows: list[dict[str, Any]] = []
    if include in ("events", "all"):
        rows += event_rows(db, filters, cursor, limit)
    if include in ("statements", "all"):
        rows += statement_rows(db, filters, cursor, limit)
    rows.sort(key=sort_key, reverse=filters.order == "desc")
    kept, next_cursor = pages.page_of(rows, limit, sort_key)
    return pages.Page(records(db, kept, filters.as_of_key, filters.known_on), next_cursor)


def event(
    db: Database, ident: str, as_of_key: int | None, known_on: datetime | None = None
) -> dict[str, Any]:
    """Return one event with its participants, places, evidence, related events and statements
    (as reported by `as_of` and as the knowledge base held it on `known_on`, when given)."""
    found = held(db, [{"kind": "event", "id": ident}], as_of_key, known_on)
    if not found:
        raise NotFound("event", ident)
    context = db.read("read/event_context", id=ident, as_of_key=as_of_key)[0]
    related = context["related"]
    known = known_ids(db, [link["id"] for link in related], known_on)
    statements = [{"kind": "statement", "id": sid} for sid in sorted(context["statements"])]
    return {
        **found[0],
        "related": [link for link in related if known is None or link["id"] in known],
        "statements": held(db, statements, as_of_key, known_on),
    }
