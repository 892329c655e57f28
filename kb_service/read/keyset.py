"""Keyset pages in time order: which span bands to read, and how to read few or many rows.

Every dated node is stored in a span band (kb_service.model.dates), and the page queries read each
band through its (band, seek_key, end_key, id) index in page order, stopping at the page size.
Two refinements keep a page's cost near the page size however large the graph grows:

- The densest band (single days) is read first. Once it fills a page, no row of another band
  that sorts after its last row can be on the page, so the other bands are read only up to it.
- Every band's index yields rows in page order, since the page order is the index's own
  (seek_key, end_key, id), open starts included (they are sought by their end).
- When the filters name few records (a full-text match, or actors with few links), the page
  starts from those ids instead of reading the bands.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from kb_service.model.dates import (
    BOUNDED_BANDS,
    LONG_BAND,
    OPEN_END_KEY,
    OPEN_START_BAND,
    OPEN_START_KEY,
)
from kb_service.store.db import Reader

# Up to this many candidate ids, a page is read by id and sorted; above it, band by band.
ANCHOR_MOST = 2000
DENSE_BAND = BOUNDED_BANDS[0][0]


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
