"""What happened when: the timeline of events (and, when asked, statements) and one event."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from kb_service import pagination
from kb_service.dates import (
    BOUNDED_BANDS,
    LONG_BAND,
    OPEN_END_KEY,
    OPEN_START_BAND,
    OPEN_START_KEY,
)
from kb_service.db import Database
from kb_service.errors import NotFound
from kb_service.search import matching_ids

Order = Literal["asc", "desc"]
# Sort orders come from this allowlist: each names its own query file.
EVENT_QUERIES = {"asc": "read/timeline_events_asc", "desc": "read/timeline_events_desc"}
STATEMENT_QUERIES = {"asc": "read/statements_asc", "desc": "read/statements_desc"}
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
    statement_filters: dict[str, Any] = field(default_factory=dict)


def keyset_params(filters: Filters, cursor: str | None, limit: int) -> dict[str, Any]:
    """Return the parameters every keyset list query takes."""
    after = pagination.decode(cursor, CURSOR_SHAPE) or _FIRST[filters.order]
    return {
        "from_key": filters.from_key,
        "to_key": filters.to_key,
        "after_start": after[0],
        "after_end": after[1],
        "after_id": after[2],
        "conflict": filters.conflict,
        "place": filters.place,
        "as_of_key": filters.as_of_key,
        "bands": bands(filters, after),
        "limit": limit + 1,
    }


def bands(filters: Filters, after: list[Any]) -> list[dict[str, Any]]:
    """Return, per span band, the seek_key range that can hold the rest of the page.

    A node of a bounded band overlaps [from, to] only if it starts within [from - widest + 1,
    to]; the keyset position bounds the other side. Open starts (start key 0) are sought by
    their end key, which is how they are ordered among themselves.
    """
    lowest, highest = filters.from_key, filters.to_key
    start, end = after[0], after[1]
    found: list[dict[str, Any]] = []
    if filters.order == "asc":
        for name, widest in BOUNDED_BANDS:
            found.append({"name": name, "low": max(start, lowest - widest + 1), "high": highest})
        found.append({"name": LONG_BAND, "low": max(start, OPEN_START_KEY + 1), "high": highest})
        if start <= OPEN_START_KEY:
            low = max(lowest, end) if start == OPEN_START_KEY else lowest
            found.append({"name": OPEN_START_BAND, "low": low, "high": OPEN_END_KEY})
    else:
        for name, widest in BOUNDED_BANDS:
            found.append({"name": name, "low": lowest - widest + 1, "high": min(start, highest)})
        found.append({"name": LONG_BAND, "low": OPEN_START_KEY + 1, "high": min(start, highest)})
        if start >= OPEN_START_KEY:
            high = min(end, OPEN_END_KEY) if start == OPEN_START_KEY else OPEN_END_KEY
            found.append({"name": OPEN_START_BAND, "low": lowest, "high": high})
    return [band for band in found if band["low"] <= band["high"]]


def sort_key(row: dict[str, Any]) -> list[Any]:
    """Return a row's position in time order: earliest day, latest day, id."""
    return [row["start_key"], row["end_key"], row["id"]]


def event_rows(
    db: Database, filters: Filters, cursor: str | None, limit: int
) -> list[dict[str, Any]]:
    """Return up to limit+1 (kind, id, keys) rows of events matching the filters."""
    ids = matching_ids(db, filters.text, ["Event"])
    if ids == []:
        return []
    return db.read(
        EVENT_QUERIES[filters.order],
        **keyset_params(filters, cursor, limit),
        types=filters.types,
        actors=filters.actors,
        ids=ids,
    )


def statement_rows(
    db: Database, filters: Filters, cursor: str | None, limit: int
) -> list[dict[str, Any]]:
    """Return up to limit+1 (kind, id, keys) rows of statements matching the filters."""
    ids = matching_ids(db, filters.text, ["Statement"])
    if ids == []:
        return []
    extra = {
        "speakers": None,
        "addressees": None,
        "about": None,
        "contested": False,
        **filters.statement_filters,
    }
    return db.read(
        STATEMENT_QUERIES[filters.order],
        **keyset_params(filters, cursor, limit),
        kinds=filters.types,
        actors=filters.actors,
        ids=ids,
        **extra,
    )


def records(
    db: Database, rows: list[dict[str, Any]], as_of_key: int | None
) -> list[dict[str, Any]]:
    """Return the full records of (kind, id) rows, in the rows' order."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, query in (("event", "read/event_records"), ("statement", "read/statement_records")):
        ids = [row["id"] for row in rows if row["kind"] == kind]
        if ids:
            for result in db.read(query, ids=ids, as_of_key=as_of_key):
                found[(kind, result["record"]["id"])] = result["record"]
    return [found[(row["kind"], row["id"])] for row in rows if (row["kind"], row["id"]) in found]


def timeline(
    db: Database, filters: Filters, include: str, cursor: str | None, limit: int
) -> pagination.Page:
    """Return one page of the timeline: events, statements or both, in time order."""
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
