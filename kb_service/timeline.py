"""What happened when: the timeline of events (and, when asked, statements) and one event."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from kb_service import keyset, pagination
from kb_service.curation import vocabulary
from kb_service.dates import OPEN_END_KEY, OPEN_START_KEY
from kb_service.db import Database, Reader
from kb_service.errors import NotFound
from kb_service.keyset import sort_key
from kb_service.search import matching_ids

Order = Literal["asc", "desc"]
# Sort orders come from this allowlist: each names its own query file.
EVENT_QUERIES = {
    "asc": keyset.Queries("read/timeline_events_asc", "read/timeline_events_by_ids_asc"),
    "desc": keyset.Queries("read/timeline_events_desc", "read/timeline_events_by_ids_desc"),
}
STATEMENT_QUERIES = {
    "asc": keyset.Queries("read/statements_asc", "read/statements_by_ids_asc"),
    "desc": keyset.Queries("read/statements_desc", "read/statements_by_ids_desc"),
}
_FIRST = {"asc": [-1, -1, ""], "desc": [10**9, 10**9, "\uffff"]}
CURSOR_SHAPE = (int, int, str)


@dataclass(frozen=True)
class Filters:
    """Filters shared by the timeline and the statement list (None means no filter)."""

    from_key: int = OPEN_START_KEY
    to_key: int = OPEN_END_KEY
    conflict: str | None = None
    actors: list[str] | None = None
    place: str | None = None
    types: list[str] | None = None
    text: str | None = None
    as_of_key: int | None = None
    order: Order = "asc"
    within: bool = False  # only records certainly inside [from, to], not all that may overlap it
    statuses: list[str] | None = None  # events' reported status; a statement counts as occurred
    statement_filters: dict[str, Any] = field(default_factory=dict)


def keyset_params(filters: Filters, cursor: str | None, limit: int) -> dict[str, Any]:
    """Return the parameters every keyset list query takes."""
    after = pagination.decode(cursor, CURSOR_SHAPE) or _FIRST[filters.order]
    return {
        "from_key": filters.from_key,
        "to_key": filters.to_key,
        "after_seek": after[0],
        "after_end": after[1],
        "after_id": after[2],
        "conflict": filters.conflict,
        "place": filters.place,
        "as_of_key": filters.as_of_key,
        "within": filters.within,
        "bands": keyset.bands(filters.order, filters.from_key, filters.to_key, after),
        "limit": limit + 1,
    }


def event_rows(
    db: Reader, filters: Filters, cursor: str | None, limit: int
) -> list[dict[str, Any]]:
    """Return up to limit+1 (kind, id, keys) rows of events matching the filters."""
    params = keyset_params(filters, cursor, limit)  # a bad cursor is refused before any query
    ids = keyset.narrowest(
        matching_ids(db, filters.text, ["Event"]),
        keyset.linked_ids(db, "read/event_ids_of_actors", filters.actors),
    )
    extra = {"types": filters.types, "statuses": filters.statuses}
    return _page_rows(db, EVENT_QUERIES, filters, params, ids, **extra)


def statement_rows(
    db: Reader, filters: Filters, cursor: str | None, limit: int
) -> list[dict[str, Any]]:
    """Return up to limit+1 (kind, id, keys) rows of statements matching the filters."""
    params = keyset_params(filters, cursor, limit)  # a bad cursor is refused before any query
    if filters.statuses is not None and "occurred" not in filters.statuses:
        return []  # what was said was said: a statement's status is "occurred"
    extra = {
        "speakers": None,
        "addressees": None,
        "about": None,
        "contested": False,
        **filters.statement_filters,
    }
    ids = matching_ids(db, filters.text, ["Statement"])
    for actors in (extra["speakers"], extra["addressees"], filters.actors):
        ids = keyset.narrowest(ids, keyset.linked_ids(db, "read/statement_ids_of_actors", actors))
    return _page_rows(db, STATEMENT_QUERIES, filters, params, ids, kinds=filters.types, **extra)


def _page_rows(
    db: Reader,
    queries: dict[str, keyset.Queries],
    filters: Filters,
    params: dict[str, Any],
    ids: list[str] | None,
    **extra: Any,
) -> list[dict[str, Any]]:
    """Run one list's page queries with the shared keyset parameters and the list's own."""
    if ids == []:
        return []
    every = {**params, "actors": filters.actors, "ids": ids, **extra}
    return keyset.rows(db, queries[filters.order], filters.order, every)


def records(
    db: Database, rows: list[dict[str, Any]], as_of_key: int | None
) -> list[dict[str, Any]]:
    """Return the full records of (kind, id) rows, in the rows' order."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, query in (("event", "read/event_records"), ("statement", "read/statement_records")):
        ids = [row["id"] for row in rows if row["kind"] == kind]
        if ids:
            for result in db.read(query, ids=ids, as_of_key=as_of_key):
                record = result["record"]
                record["sources_disagree"] = sources_disagree(record)
                found[(kind, record["id"])] = record
    return [found[(row["kind"], row["id"])] for row in rows if (row["kind"], row["id"]) in found]


# What two sources must report alike for a record not to be disputed between them.
_COMPARED = {
    "event": ("date", "type", "status", "participants"),
    "statement": ("date", "statement_kind", "speakers"),
}


def sources_disagree(record: dict[str, Any]) -> bool:
    """Tell whether the sources asserting a record report its date, kind or roles differently."""
    fields = _COMPARED[record["kind"]]
    reports = {
        json.dumps([version[name] for name in fields], sort_keys=True, default=str)
        for version in record.get("versions", [])
    }
    return len(reports) > 1


def timeline(
    db: Database, filters: Filters, include: str, cursor: str | None, limit: int
) -> pagination.Page:
    """Return one page of the timeline: events, statements or both, in time order."""
    vocabulary.require_known(db, ("event_types", "statement_kinds"), filters.types or (), "type")
    rows: list[dict[str, Any]] = []
    if include in ("events", "all"):
        rows += event_rows(db, filters, cursor, limit)
    if include in ("statements", "all"):
        rows += statement_rows(db, filters, cursor, limit)
    rows.sort(key=sort_key, reverse=filters.order == "desc")
    kept, next_cursor = pagination.page_of(rows, limit, sort_key)
    return pagination.Page(records(db, kept, filters.as_of_key), next_cursor)


def event(db: Database, ident: str, as_of_key: int | None) -> dict[str, Any]:
    """Return one event with its participants, places, evidence, related events and statements."""
    found = records(db, [{"kind": "event", "id": ident}], as_of_key)
    if not found or _not_yet_reported(found[0], as_of_key):
        raise NotFound("event", ident)
    context = db.read("read/event_context", id=ident, as_of_key=as_of_key)[0]
    statements = [{"kind": "statement", "id": sid} for sid in sorted(context["statements"])]
    return {
        **found[0],
        "related": context["related"],
        "statements": records(db, statements, as_of_key),
    }


def _not_yet_reported(record: dict[str, Any], as_of_key: int | None) -> bool:
    return as_of_key is not None and not record["evidence"]
