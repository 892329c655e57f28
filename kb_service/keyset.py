"""Keyset pages in time order: which span bands to read, and how to read few or many rows.

Every dated node is stored in a span band (kb_service.dates), and the page queries read each
band through its (band, seek_key, end_key, id) index in page order, stopping at the page size.
Two refinements keep a page's cost near the page size however large the graph grows:

- The densest band (single days) is read first. Once it fills a page, no row of another band
  that sorts after its last row can be on the page, so the other bands are read only up to it.
- When the filters name few records (a full-text match, or actors with few links), the page
  starts from those ids instead of reading the bands.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from kb_service.dates import (
    BOUNDED_BANDS,
    LONG_BAND,
    OPEN_END_KEY,
    OPEN_START_BAND,
    OPEN_START_KEY,
)
from kb_service.db import Reader

# Up to this many candidate ids, a page is read by id and sorted; above it, band by band.
ANCHOR_MOST = 2000
DENSE_BAND = BOUNDED_BANDS[0][0]


class Queries(NamedTuple):
    """The two query files of one list and order: band by band, and by candidate ids."""

    banded: str
    by_ids: str


def bands(order: str, lowest: int, highest: int, after: list[Any]) -> list[dict[str, Any]]:
    """Return, per span band, the seek_key range that can hold the rest of the page.

    A node of a bounded band overlaps [lowest, highest] only if it starts within [lowest -
    widest + 1, highest]; the keyset position `after` (start, end, id) bounds the other side.
    Open starts (start key 0) are sought by their end key, which orders them among themselves.
    """
    start, end = after[0], after[1]
    found: list[dict[str, Any]] = []
    if order == "asc":
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


def capped(found: list[dict[str, Any]], cap: int, order: str) -> list[dict[str, Any]]:
    """Return the bands cut to start keys no later (asc) or no earlier (desc) than `cap`."""
    kept = []
    for band in found:
        if band["name"] == OPEN_START_BAND:  # start key 0: first in asc, last in desc
            if order == "asc" or cap <= OPEN_START_KEY:
                kept.append(band)
        elif order == "asc":
            kept.append({**band, "high": min(band["high"], cap)})
        else:
            kept.append({**band, "low": max(band["low"], cap)})
    return [band for band in kept if band["low"] <= band["high"]]


def sort_key(row: dict[str, Any]) -> list[Any]:
    """Return a row's position in time order: earliest day, latest day, id."""
    return [row["start_key"], row["end_key"], row["id"]]


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
        rest = capped(rest, found[limit - 1]["start_key"], order)
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
