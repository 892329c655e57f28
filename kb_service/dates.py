"""EDTF dates in; earliest and latest possible days, day keys and precision out."""

from __future__ import annotations

import datetime as dt
import math
import time
from dataclasses import dataclass
from typing import Any

import edtf

# Day keys (proleptic Gregorian ordinals) let range indexes serve overlap queries; open ends
# get sentinels beyond any real day so that `start_key <= to AND end_key >= from` still holds.
OPEN_START_KEY = 0
OPEN_END_KEY = dt.date.max.toordinal() + 1
_PRECISION_ORDER = ["day", "month", "season", "year", "decade", "century", "millennium"]


class InvalidDate(ValueError):
    """The text is not a usable EDTF date; the message says why."""


@dataclass(frozen=True)
class DateSpan:
    """An EDTF expression with its earliest and latest possible days (None when open)."""

    edtf: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: str
    uncertain: bool
    approximate: bool

    @property
    def start_key(self) -> int:
        """Return the earliest day as an ordinal, or the open-start sentinel."""
        return self.earliest.toordinal() if self.earliest else OPEN_START_KEY

    @property
    def end_key(self) -> int:
        """Return the latest day as an ordinal, or the open-end sentinel."""
        return self.latest.toordinal() if self.latest else OPEN_END_KEY

    def properties(self) -> dict[str, Any]:
        """Return the node properties that store this date."""
        return {
            "date": self.edtf,
            "start": self.earliest,
            "end": self.latest,
            "start_key": self.start_key,
            "end_key": self.end_key,
            "precision": self.precision,
            "uncertain": self.uncertain,
            "approximate": self.approximate,
        }


def parse(text: str) -> DateSpan:
    """Parse an EDTF string such as `1988-02`, `1992/1994`, `1992/..` or `2020-09-27?`."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidDate("a date must be a non-empty EDTF string")
    try:
        parsed = edtf.parse_edtf(text.strip())
    except Exception as exc:  # the edtf parser raises several exception types
        raise InvalidDate(f"'{text}' is not a valid EDTF date") from exc
    earliest = _day(parsed.lower_strict(), text)
    latest = _day(parsed.upper_strict(), text)
    if earliest and latest and latest < earliest:
        raise InvalidDate(f"'{text}' ends before it starts")
    return DateSpan(
        edtf=text.strip(),
        earliest=earliest,
        latest=latest,
        precision=_precision(parsed),
        uncertain=bool(parsed.is_uncertain or parsed.is_uncertain_and_approximate),
        approximate=bool(parsed.is_approximate or parsed.is_uncertain_and_approximate),
    )


def _day(value: Any, text: str) -> dt.date | None:
    if isinstance(value, float) and math.isinf(value):
        return None
    if not isinstance(value, time.struct_time):
        raise InvalidDate(f"'{text}' has a bound that is not a day")
    if not dt.MINYEAR <= value.tm_year <= dt.MAXYEAR:
        raise InvalidDate(f"'{text}' lies outside the years 1 to 9999 that can be stored")
    try:
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    except ValueError as exc:  # the edtf parser accepts 29 February of common years
        raise InvalidDate(f"'{text}' names a day that does not exist") from exc


def _precision(parsed: Any) -> str:
    if isinstance(parsed, edtf.Interval):
        ends = [_precision(end) for end in (parsed.lower, parsed.upper) if _is_date(end)]
        return max(ends, key=_PRECISION_ORDER.index) if ends else "open"
    inner = getattr(parsed, "date", None)
    if type(parsed).__name__ == "UncertainOrApproximate" and inner is not None:
        return _precision(inner)
    if type(parsed).__name__ == "Season":
        return "season"
    explicit = getattr(parsed, "precision", None)
    if explicit in _PRECISION_ORDER:
        return str(explicit)
    return _precision_from_bounds(parsed)


def _is_date(end: Any) -> bool:
    return hasattr(end, "lower_strict") and not isinstance(end.lower_strict(), float)


def _precision_from_bounds(parsed: Any) -> str:
    low, high = parsed.lower_strict(), parsed.upper_strict()
    if (low.tm_year, low.tm_mon, low.tm_mday) == (high.tm_year, high.tm_mon, high.tm_mday):
        return "day"
    if (low.tm_year, low.tm_mon) == (high.tm_year, high.tm_mon):
        return "month"
    span = high.tm_year - low.tm_year + 1
    return {1: "year", 10: "decade", 100: "century"}.get(span, "year")


def parse_bound(text: str, *, upper: bool) -> int:
    """Turn a query bound (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or EDTF) into a day key."""
    span = parse(text)
    key = span.end_key if upper else span.start_key
    return key
