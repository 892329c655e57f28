"""A record's summary from the versions of the sources that assert it: pure, no I/O.

Every source keeps its own version of an event or a statement. The record shows one summary:
- its date is where every version's date interval meets (the intersection); when the intervals
  do not all meet, the narrowest version's date (ties: the most recently published);
- its other fields are the most recently published version's (ties: the greatest source id).
`disagreements` names the fields on which the versions really differ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kb_service.model import dates

# The properties a date is stored as (dates.DateSpan.properties()); the summary derives them
# all from its one EDTF string, never mixes them from several versions.
DATE_PROPERTIES = frozenset(dates.parse("2000").properties())
# What must differ for versions to disagree: the claim property each compared field reads.
_KIND_FIELD = {"event": ("type", "type"), "statement": ("statement_kind", "kind")}
_ACTORS_FIELD = {"event": "participants", "statement": "speakers"}


@dataclass(frozen=True)
class Version:
    """One source's version of a record: the ASSERTS claim's properties (`date` is its EDTF
    text), when the source was published, and the actors it links (participants or speakers)."""

    source: str
    published_key: int
    props: Mapping[str, Any]
    actors: frozenset[str] = field(default_factory=frozenset)

    @property
    def span(self) -> dates.DateSpan:
        """Return the version's date as a parsed span."""
        return dates.parse(str(self.props["date"]))

    @property
    def recency(self) -> tuple[int, str]:
        """Return the order of publication (ties broken by the source id)."""
        return self.published_key, self.source


def summary(versions: Sequence[Version]) -> dict[str, Any]:
    """Return the record's properties: the latest version's, with the summary date's
    properties (None for an open end) in place of its own."""
    latest = max(versions, key=lambda version: version.recency)
    own = {k: v for k, v in latest.props.items() if k not in DATE_PROPERTIES | {"fingerprint"}}
    return {**own, **dates.parse(summary_date(versions)).properties()}


def summary_date(versions: Sequence[Version]) -> str:
    """Return the EDTF date of the summary: the intersection of the versions' intervals, or,
    when they do not all meet, the narrowest version's date (ties: the latest published)."""
    meet = intersection(versions)
    if meet is None:
        return max(versions, key=lambda v: (-_width(v.span), v.recency)).span.edtf
    same = [v for v in versions if (v.span.start_key, v.span.end_key) == meet]
    if same:  # keep a version's own text, with its `?` and `~`
        return max(same, key=lambda version: version.recency).span.edtf
    return _day_interval(*meet)


def intersection(versions: Sequence[Version]) -> tuple[int, int] | None:
    """Return the (start_key, end_key) where every version's interval meets, or None."""
    start = max(version.span.start_key for version in versions)
    end = min(version.span.end_key for version in versions)
    return (start, end) if start <= end else None


def disagreements(kind: str, versions: Sequence[Version]) -> list[str]:
    """Return the sorted names of the fields the versions disagree on: `date` (intervals that
    do not meet), the type (`type`, a statement's `statement_kind`) and the actors
    (`participants`, `speakers`: other actor ids; a version naming none is silent)."""
    if len(versions) < 2:
        return []
    found = []
    if intersection(versions) is None:
        found.append("date")
    name, prop = _KIND_FIELD[kind]
    if len({version.props.get(prop) for version in versions}) > 1:
        found.append(name)
    if len({version.actors for version in versions if version.actors}) > 1:
        found.append(_ACTORS_FIELD[kind])
    return sorted(found)


def _width(span: dates.DateSpan) -> int:
    return span.end_key - span.start_key


def _day_interval(start_key: int, end_key: int) -> str:
    """Write the days from start_key to end_key as EDTF (`..` for an open end)."""
    ends = [
        ".." if key in (dates.OPEN_START_KEY, dates.OPEN_END_KEY)
        else dt.date.fromordinal(key).isoformat()
        for key in (start_key, end_key)
    ]  # fmt: skip
    return ends[0] if ends[0] == ends[1] else f"{ends[0]}/{ends[1]}"
