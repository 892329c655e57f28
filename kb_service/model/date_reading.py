"""An EDTF date read back in words ("Feb 1988, month precision"; "by 27 Sep 2020, start
unknown"), in English or Arabic: what the curation workbench shows beside a date field."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kb_service.model.dates import DateSpan, parse

LANGUAGES = ("en", "ar")
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
}
_WORDS = {
    "en": {
        "precision": "{} precision",
        "day": "day",
        "month": "month",
        "season": "season",
        "year": "year",
        "decade": "decade",
        "century": "century",
        "millennium": "millennium",
        "unspecified": "unspecified",
        "range": "{} to {}",
        "by": "by {}",
        "from": "from {}",
        "start unknown": "start unknown",
        "end unknown": "end unknown",
        "end open": "end open",
        "uncertain": "uncertain",
        "approximate": "approximate",
        "between": "some time between {} and {}",
        "sep": ", ",
    },
    "ar": {
        "precision": "بدقة {}",
        "day": "اليوم",
        "month": "الشهر",
        "season": "الفصل",
        "year": "السنة",
        "decade": "العقد",
        "century": "القرن",
        "millennium": "الألفية",
        "unspecified": "غير محددة",
        "range": "من {} إلى {}",
        "by": "حتى {}",
        "from": "منذ {}",
        "start unknown": "البداية غير معروفة",
        "end unknown": "النهاية غير معروفة",
        "end open": "النهاية مفتوحة",
        "uncertain": "غير مؤكد",
        "approximate": "تقريبي",
        "between": "في وقت ما بين {} و{}",
        "sep": "، ",
    },
}


# Why dates.parse refuses a text, as a stable code and its parameters, so that a client shows the
# refusal in its own language (the workbench's labels.js has a string per code). The patterns
# follow the messages of dates.InvalidDate; tests/test_problem_codes.py holds one of each.
REFUSALS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern, re.DOTALL))
    for code, pattern in (
        ("date_empty", r"^a date must be a non-empty EDTF string$"),
        ("date_too_long", r"^a date is at most (?P<max>\d+) characters$"),
        ("date_not_ascii", r"^'(?P<value>.*)' is not a valid EDTF date: write it in ASCII"),
        ("date_set", r"^'(?P<value>.*)' is an EDTF set or list"),
        ("date_not_storable", r"^'(?P<value>.*)' is not a date this service can store$"),
        ("date_not_edtf", r"^'(?P<value>.*)' is not a valid EDTF date$"),
        ("date_reversed", r"^'(?P<value>.*)' ends before it starts$"),
        ("date_no_such_day", r"^'(?P<value>.*)' names a day that does not exist$"),
        ("date_bound_not_day", r"^'(?P<value>.*)' has a bound that is not a day$"),
        ("date_out_of_range", r"^'(?P<value>.*)' lies outside the years 1 to 9999"),
    )
)


def refusal(message: str) -> tuple[str, dict[str, str]] | None:
    """Return the code and parameters of a date refusal's message, or None for another
    message."""
    for code, pattern in REFUSALS:
        if found := pattern.search(message):
            return code, found.groupdict()
    return None


def read(text: str, lang: str = "en") -> dict[str, Any]:
    """Parse `text` as EDTF and return its bounds, precision, qualifiers and its reading in
    words; an invalid date raises dates.InvalidDate with the reason."""
    span = parse(text)
    return {
        "edtf": span.edtf,
        "earliest": span.earliest.isoformat() if span.earliest else None,
        "latest": span.latest.isoformat() if span.latest else None,
        "precision": span.precision,
        "uncertain": span.uncertain,
        "approximate": span.approximate,
        "reading": words(span, lang),
    }


def words(span: DateSpan, lang: str = "en") -> str:
    """Return the span in words: its bounds at their precision, then the precision (of a span
    with both ends known) and the qualifiers; an open or unknown end is named as such."""
    say = _WORDS[lang]
    interval = "/" in span.edtf
    start_text, _, end_text = span.edtf.partition("/")
    if span.earliest is None and span.latest is None:
        when = say["range"].format("..", "..")
    elif span.earliest is None:
        # `..` and an empty start both say "no earlier than we know": curators write
        # `../2020-09-27` for "by the 27th", as the seed does for "earlier".
        when = say["by"].format(_day(span.latest, span, lang)) + say["sep"] + say["start unknown"]
    elif span.latest is None:
        when = say["from"].format(_day(span.earliest, span, lang)) + say["sep"] + say["end open"]
    else:
        first = _day(span.earliest, span, lang)
        last = _day(span.latest, span, lang)
        if first == last:
            when = first
        elif interval:
            when = say["range"].format(first, last)
        else:
            when = say["between"].format(first, last)
    parts = [when]
    if span.earliest is not None and span.latest is not None:
        parts.append(say["precision"].format(say.get(span.precision, span.precision)))
    if interval and span.earliest is not None and span.latest is not None:
        # An empty end is unknown: the edtf package stores it as ten years from the other.
        if not start_text.strip():
            parts.append(say["start unknown"])
        if not end_text.strip():
            parts.append(say["end unknown"])
    if span.uncertain:
        parts.append(say["uncertain"])
    if span.approximate:
        parts.append(say["approximate"])
    return say["sep"].join(parts)


def _day(day: dt.date | None, span: DateSpan, lang: str) -> str:
    """Write a bound at the span's precision: a day, a month or a year."""
    assert day is not None
    months = _MONTHS[lang]
    if span.precision == "day":
        return f"{day.day} {months[day.month - 1]} {day.year}"
    if span.precision == "month":
        return f"{months[day.month - 1]} {day.year}"
    return str(day.year)
