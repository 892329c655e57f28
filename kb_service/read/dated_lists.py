"""What the timeline and the statement list share: their filters, the keyset parameters of
a page, the page queries' runner, and the full records of the rows a page keeps."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from kb_service.model.dates import OPEN_END_KEY, OPEN_START_KEY
from kb_service.read import keyset, pages
from kb_service.store.db import Database, Reader

Order = Literal["asc", "desc"]
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
    after = pages.decode(cursor, CURSOR_SHAPE) or _FIRST[filters.order]
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


def page_rows(
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
