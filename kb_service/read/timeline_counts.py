"""How many events of the timeline fall in each day, week, month or year, and in each group.

Counted in Neo4j (cypher/read/timeline_counts_*.cypher), with the timeline's own filters, and
honest about imprecise dates: an event counts in a bucket only when its whole possible interval
(earliest to latest day) lies in that one bucket. A month-precision event counts in its month
and its year, never spread over days or weeks: for those it is counted as too imprecise, as is
an event with an open or unknown end.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from kb_service.curation import vocabulary
from kb_service.read import pages
from kb_service.read.filters import Filters
from kb_service.read.text_filter import matching_ids
from kb_service.store.db import Reader

BUCKETS = ("day", "week", "month", "year")
GROUPINGS = ("type", "actor", "place", "conflict")
_NOTHING_SEEN = [-1, -1, ""]  # the keyset position before the first row: every band whole


def counts(db: Reader, filters: Filters, bucket: str, by: str | None) -> dict[str, Any]:
    """Count the events that match the filters per bucket (and per group, when `by` is given),
    with the number too imprecise for the bucket."""
    if bucket not in BUCKETS or (by is not None and by not in GROUPINGS):
        raise ValueError(f"bucket {bucket!r} or by {by!r} is not one the counts know")
    vocabulary.require_known(db, ("event_types", "statement_kinds"), filters.types or (), "type")
    rows = count_rows(db, filters, bucket, by)
    found = {row["grp"] for row in rows if row["grp"] is not None}
    return assembled(rows, bucket, by, group_names(db, by, found))


def count_rows(db: Reader, filters: Filters, bucket: str, by: str | None) -> list[dict[str, Any]]:
    """Return Neo4j's (bucket, grp, count) rows: by id when the filters name few events, else
    band by band over the window, as the timeline's pages read them."""
    ids = pages.narrowest(
        matching_ids(db, filters.text, ["Event"]),
        pages.linked_ids(db, "read/event_ids_of_actors", filters.actors),
    )
    if ids == []:
        return []
    params = {
        "from_key": filters.from_key,
        "to_key": filters.to_key,
        "within": filters.within,
        "types": filters.types,
        "statuses": filters.statuses,
        "actors": filters.actors,
        "conflict": filters.conflict,
        "place": filters.place,
        "as_of_key": filters.as_of_key,
        "ids": ids,
        "unit": bucket,
        "by": by,
    }
    if ids is not None and len(ids) <= pages.ANCHOR_MOST:
        return db.read("read/timeline_counts_by_ids", **params)
    bands = pages.bands("asc", filters.from_key, filters.to_key, _NOTHING_SEEN)
    return db.read("read/timeline_counts_banded", bands=bands, **params)


def group_names(db: Reader, by: str | None, ids: set[str]) -> dict[str, str]:
    """Return the English name of each group: a type's vocabulary label, an entity's name."""
    if not ids:
        return {}
    if by == "type":
        known = vocabulary.stored(db)
        terms = {ident: known.get("event_types", ident) for ident in ids}
        return {ident: term.label.get("en", ident) for ident, term in terms.items() if term}
    rows = db.read("read/timeline_counts_group_names", ids=sorted(ids))
    return {row["id"]: row["name"] for row in rows if row["name"]}


def assembled(
    rows: list[dict[str, Any]], bucket: str, by: str | None, names: dict[str, str]
) -> dict[str, Any]:
    """Turn (bucket, grp, count) rows into the response: buckets in time order, each with its
    groups (most events first) when `by` is given, then the too imprecise, then the total."""
    totals: dict[dt.date | None, int] = {}
    groups: dict[dt.date | None, list[dict[str, Any]]] = {}
    for row in rows:
        start = _native(row["bucket"])
        if row["grp"] is None:
            totals[start] = row["count"]
        else:
            name = names.get(row["grp"], row["grp"])
            groups.setdefault(start, []).append(
                {"id": row["grp"], "name": name, "count": row["count"]}
            )

    def counted(start: dt.date | None) -> dict[str, Any]:
        found: dict[str, Any] = {"count": totals.get(start, 0)}
        if by is not None:
            found["groups"] = sorted(groups.get(start, []), key=lambda g: (-g["count"], g["id"]))
        return found

    dated = sorted(start for start in totals if start is not None)
    return {
        "bucket": bucket,
        "by": by,
        "buckets": [{**bucket_span(bucket, start), **counted(start)} for start in dated],
        "too_imprecise": counted(None),
        "total": sum(totals.values()),
    }


def bucket_span(bucket: str, start: dt.date) -> dict[str, Any]:
    """Return a bucket's key (2020-09-27, 2020-W39, 2020-09, 2020) and its first and last day."""
    if bucket == "day":
        key, end = start.isoformat(), start
    elif bucket == "week":
        year, week, _ = start.isocalendar()
        key = f"{year:04d}-W{week:02d}"
        end = dt.date.max if start > dt.date.max - dt.timedelta(days=6) else start + dt.timedelta(6)
    elif bucket == "month":
        key = f"{start.year:04d}-{start.month:02d}"
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    else:
        key, end = f"{start.year:04d}", start.replace(month=12, day=31)
    return {"key": key, "start": start.isoformat(), "end": end.isoformat()}


def _native(value: Any) -> dt.date | None:
    """Return a Neo4j date as Python's (None stays None: too imprecise)."""
    if value is None or isinstance(value, dt.date):
        return value
    native: dt.date = value.to_native()
    return native
