"""EDTF dates in; earliest and latest possible days, day keys and precision out."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import edtf

# Day keys (proleptic Gregorian ordinals) let range indexes serve overlap queries; open ends
# get sentinels beyond any real day so that `start_key <= to AND end_key >= from` still holds.
OPEN_START_KEY = 0
OPEN_END_KEY = dt.date.max.toordinal() + 1
MAX_LENGTH = 64
# Span bands: every dated node is stored in the band of its length (in days), and a composite
# range index on (band, seek_key) lets an overlap query read, band by band, only the nodes whose
# start can still overlap: within [from - widest span of the band + 1, to]. Open starts all
# share start key 0, so they are sought (and ordered) by their end key instead.
BOUNDED_BANDS = (("day", 1), ("month", 31), ("year", 366), ("decade", 3660))
LONG_BAND = "long"  # longer than a decade, or open at the end
OPEN_START_BAND = "open_start"
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
            **band_keys(self.start_key, self.end_key),
        }


def band_keys(start_key: int, end_key: int) -> dict[str, Any]:
    """Return the span band a date with these day keys is stored in, and its seek key."""
    if start_key == OPEN_START_KEY:
        return {"band": OPEN_START_BAND, "seek_key": end_key}
    days = end_key - start_key + 1
    band = next((name for name, widest in BOUNDED_BANDS if days <= widest), LONG_BAND)
    return {"band": band, "seek_key": start_key}


def parse(text: str) -> DateSpan:
    """Parse an EDTF string such as `1988-02`, `1992/1994`, `1992/..` or `2020-09-27?`."""
    if not isinstance(text, str):
        raise InvalidDate("a date must be a non-empty EDTF string")
    return _parse(text)


# The edtf package's grammar takes milliseconds per string, and a corpus repeats the same few
# tens of thousands of dates: parsing each distinct string once keeps ingestion linear and fast.
@lru_cache(maxsize=262_144)
def _parse(text: str) -> DateSpan:
    if not text.strip():
        raise InvalidDate("a date must be a non-empty EDTF string")
    if len(text) > MAX_LENGTH:
        raise InvalidDate(f"a date is at most {MAX_LENGTH} characters")
    if not text.isascii():
        # EDTF is written in ASCII: digits of another script (٢٠٢٠) are not a date to store.
        digits = " with ASCII digits (0-9)" if any(c.isdigit() for c in text) else ""
        raise InvalidDate(f"'{text}' is not a valid EDTF date: write it in ASCII{digits}")
    if text.strip()[:1] in ("[", "{"):
        raise InvalidDate(f"'{text}' is an EDTF set or list; give one date or an interval")
    simple = _parse_simple(text.strip())
    if simple is not None:
        return simple
    try:
        return _parse_with_grammar(text)
    except InvalidDate:
        raise
    # Forms the grammar half-handles (2020-09-2X: a partly unspecified day).
    except (AttributeError, TypeError, OverflowError, ValueError) as exc:
        raise InvalidDate(f"'{text}' is not a date this service can store") from exc


def _parse_with_grammar(text: str) -> DateSpan:
    try:
        parsed: Any = edtf.parse_edtf(text.strip())  # the package has no type hints
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


_SIMPLE_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)
_QUALIFIERS = {"": (False, False), "?": (True, False), "~": (False, True), "%": (True, True)}


def _parse_simple(text: str) -> DateSpan | None:
    """Parse the common forms without the grammar: `YYYY[-MM[-DD]]` with an optional `?`, `~`
    or `%`, and intervals of unqualified such dates with `..` for an open end. Anything else
    (and anything this does not fully understand) returns None and goes to the edtf package;
    tests check that both agree."""
    qualifier = text[-1] if text[-1] in "?~%" else ""
    if "/" not in text:
        bounds = _simple_bounds(text[: len(text) - len(qualifier)], text)
        if bounds is None:
            return None
        uncertain, approximate = _QUALIFIERS[qualifier]
        return DateSpan(text, bounds[0], bounds[1], bounds[2], uncertain, approximate)
    start, _, end = text.partition("/")
    ends = [None if part == ".." else _simple_bounds(part, text) for part in (start, end)]
    if (
        qualifier
        or "/" in end
        or (start, end) == ("..", "..")
        or any(
            bound is None and part != ".." for bound, part in zip(ends, (start, end), strict=True)
        )
    ):
        return None
    low, high = ends
    earliest, latest = (low[0] if low else None), (high[1] if high else None)
    if earliest and latest and latest < earliest:
        raise InvalidDate(f"'{text}' ends before it starts")
    known = [bound[2] for bound in ends if bound]
    return DateSpan(text, earliest, latest, max(known, key=_PRECISION_ORDER.index), False, False)


def _simple_bounds(part: str, text: str) -> tuple[dt.date, dt.date, str] | None:
    match = _SIMPLE_DATE.match(part)
    if match is None:
        return None
    written_year, written_month, written_day = match.groups()
    year = int(written_year)  # the pattern requires the year
    month = int(written_month) if written_month else None
    day = int(written_day) if written_day else None
    if year == 0 or (month is not None and not 1 <= month <= 12):
        return None  # left to the grammar, which gives the precise error
    try:
        if day is not None and month is not None:
            one = dt.date(year, month, day)
            return one, one, "day"
        if month is not None:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last), "month"
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    except ValueError as exc:
        raise InvalidDate(f"'{text}' names a day that does not exist") from exc


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
    if type(parsed).__name__ == "Unspecified":  # 2020-09-XX is a month, 2020-XX a year
        return _precision_from_bounds(parsed)
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
