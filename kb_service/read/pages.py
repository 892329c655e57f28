"""Paging, the one job every list shares: opaque keyset cursors, the span bands a page seeks,
the page queries' runner, and the cut of rows fetched one over the page into a page and its
next cursor. Page 1,000 costs what page 1 does.

Every dated node is stored in a span band (kb_service.model.dates), and the page queries read each
band through its (band, seek_key, end_key, id) index in page order, stopping at the page size.
Two refinements keep a page's cost near the page size however large the graph grows:

- The densest band (single days) is read first. Once it fills a page, no row of another band
  that sorts after its last row can be on the page, so the other bands are read only up to it.
- Every band's index yields rows in page order, since the page order is the index's own
  (seek_key, end_key, id), open starts included (they are sought by their end).
- When the filters name few records (a full-text match, or actors with few links), the page
  starts from those ids instead of reading the bands.

This module imports no question module: questions call it, it calls the store, never back up.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from kb_service.errors import InvalidParameter
from kb_service.model.dates import (
    BOUNDED_BANDS,
    LONG_BAND,
    OPEN_END_KEY,
    OPEN_START_BAND,
    OPEN_START_KEY,
)
from kb_service.read.filters import Filters
from kb_service.store.db import Reader

INT64 = (-(2**63), 2**63 - 1)  # what Neo4j's integers hold: a cursor's numbers must fit

_FIRST = {"asc": [-1, -1, ""], "desc": [10**9, 10**9, "\uffff"]}
CURSOR_SHAPE = (int, int, str)
# Up to this many candidate ids, a page is read by id and sorted; above it, band by band.
ANCHOR_MOST = 2000
DENSE_BAND = BOUNDED_BANDS[0][0]


@dataclass(frozen=True)
class Page:
    """One page of records and the cursor of the next page (None on the last page)."""

    items: list[dict[str, Any]]
    next_cursor: str | None


def encode(values: list[Any]) -> str:
    """Return the opaque cursor for a record's sort key."""
    raw = json.dumps(values, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None, shape: tuple[type, ...]) -> list[Any] | None:
    """Return the sort key inside a cursor, checking it has the expected shape."""
    if cursor is None:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error) as exc:
        raise InvalidParameter("cursor", "is not a cursor this API issued") from exc
    valid = isinstance(values, list) and len(values) == len(shape)
    if (
        not valid
        or not all(
            isinstance(value, kind) and not isinstance(value, bool)
            for value, kind in zip(values, shape, strict=True)
        )
        or not all(INT64[0] <= value <= INT64[1] for value in values if isinstance(value, int))
    ):
        raise InvalidParameter("cursor", "is not a cursor this API issued")
    return list(values)


def page_of(
    rows: list[dict[str, Any]], limit: int, sort_key: Callable[[dict[str, Any]], list[Any]]
) -> tuple[list[dict[str, Any]], str | None]:
    """Cut rows fetched with LIMIT limit+1 to a page, and make the next cursor if any."""
    if len(rows) <= limit:
        return rows, None
    kept = rows[:limit]
    return kept, encode(sort_key(kept[-1]))


class Queries(NamedTuple):
    """The two query files of one list and order: band by band, and by candidate ids."""

    banded: str
    by_ids: str


def bands(order: str, lowest: int, highest: int, after: list[Any]) -> list[dict[str, Any]]:
    """Return, per span band, the seek_key range that can hold the rest of the page.

    Pages are in (seek_key, end_key, id) order: a record's seek key is its earliest day, or its
    latest day when the start is unknown (`../2020-09-27` sorts on 27 September 2020, not before
    every known date). A node of a bounded band overlaps [lowest, highest] only if it starts
    within [lowest - widest + 1, highest]; an open start overlaps when its end is at or after
    lowest. The keyset position `after` (seek, end, id) bounds the other side.
    """
    seek = after[0]
    ranges = [(name, lowest - widest + 1, highest) for name, widest in BOUNDED_BANDS]
    ranges.append((LONG_BAND, OPEN_START_KEY + 1, highest))
    ranges.append((OPEN_START_BAND, lowest, OPEN_END_KEY))
    found = [
        {"name": name, "low": max(low, seek), "high": high}
        if order == "asc"
        else {"name": name, "low": low, "high": min(high, seek)}
        for name, low, high in ranges
    ]
    return [band for band in found if band["low"] <= band["high"]]


def capped(found: list[dict[str, Any]], cap: int, order: str) -> list[dict[str, Any]]:
    """Return the bands cut to seek keys no later (asc) or no earlier (desc) than `cap`."""
    kept = [
        {**band, "high": min(band["high"], cap)}
        if order == "asc"
        else {**band, "low": max(band["low"], cap)}
        for band in found
    ]
    return [band for band in kept if band["low"] <= band["high"]]


def sort_key(row: dict[str, Any]) -> list[Any]:
    """Return a row's position in time order: seek day (the earliest day, or the latest when the
    start is unknown), latest day, id."""
    return [row["seek_key"], row["end_key"], row["id"]]


def rows(db: Reader, queries: Queries, order: str, params: dict[str, Any]) -> list[Any]:
    """Return the page's rows (params["limit"] at most) in order: by id or band by band."""
    ids = params["ids"]
    if ids is not None and len(ids) <= ANCHOR_MOST:
        return db.read(queries.by_ids, **params)
    limit = params["limit"]
    dense = [band for band in params["bands"] if band["name"] == DENSE_BAND]
    rest = [band for band in params["bands"] if band["name"] != DENSE_BAND]
    found = db.read(queries.banded, **{**params, "bands": dense}) if dense else []
    if len(found) >= limit:
        rest = capped(rest, found[limit - 1]["seek_key"], order)
    if rest:
        found += db.read(queries.banded, **{**params, "bands": rest})
    found.sort(key=sort_key, reverse=order == "desc")
    return found[:limit]


def linked_ids(db: Reader, name: str, actors: list[str] | None) -> list[str] | None:
    """Return the ids of the records linked to these actors, if few (else None: no anchor)."""
    if not actors:
        return None
    found = db.read(name, actors=actors, most=ANCHOR_MOST)
    return list(found[0]["ids"]) if found else None


def narrowest(first: list[str] | None, second: list[str] | None) -> list[str] | None:
    """Return the ids in both lists (None stands for "any id")."""
    if first is None:
        return second
    if second is None:
        return first
    wanted = set(second)
    return [ident for ident in first if ident in wanted]


def keyset_params(filters: Filters, cursor: str | None, limit: int) -> dict[str, Any]:
    """Return the parameters every keyset list query takes."""
    after = decode(cursor, CURSOR_SHAPE) or _FIRST[filters.order]
    return {
        "from_key": filters.from_key,
        "to_key": filters.to_key,
        "after_seek": after[0],
        "after_end": after[1],
        "after_id": after[2],
        "conflict": filters.conflict,
        "place": filters.place,
        "as_of_key": filters.as_of_key,
        "known_on": filters.known_on,
        "within": filters.within,
        "bands": bands(filters.order, filters.from_key, filters.to_key, after),
        "limit": limit + 1,
    }


def page_rows(
    db: Reader,
    queries: dict[str, Queries],
    filters: Filters,
    params: dict[str, Any],
    ids: list[str] | None,
    **extra: Any,
) -> list[dict[str, Any]]:
    """Run one list's page queries with the shared keyset parameters and the list's own."""
    if ids == []:
        return []
    every = {**params, "actors": filters.actors, "ids": ids, **extra}
    return rows(db, queries[filters.order], filters.order, every)
