"""Times of day a text writes without a date (times_of_day.yaml): `at 12:05`, после полудня.

A text whose lead (its first passage that writes a date) writes the publication day reports
that day's news: a time of day in a sentence without a date is of that day, and dates the
events of its sentence like a date written there (`Azerbaijani units attacked at 12:05`).
A time in a sentence that writes a date, or near one, is that date's; a text whose lead writes
another day (a summary, an analysis) gives its times no day."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from kb_service.curation.drafting.date_expressions import DateExpression, searchable
from kb_service.curation.drafting.tokens import sentence_of

WORDS_FILE = Path(__file__).with_name("times_of_day.yaml")
CLOCK = r"(?<![\d.:/])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|(?<!\d)\d{1,2}(?::\d\d)? ?[ap]\.m\."
DAY = len("2020-10-10")
NEAR = 40  # characters between a time and a date that make it the date's (`8 a.m. on Monday`)


class Dated(Protocol):
    """A passage read: its dates."""

    dates: list[DateExpression]


@cache
def _pattern(language: str) -> re.Pattern[str]:
    data: dict[str, Any] = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    words = [searchable(str(w)) for w in data["words"].get(language) or []]
    phrase = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    worded = rf"(?<!\w)(?:[وف](?=\w))?(?:{phrase})(?!\w)" if words else ""
    return re.compile("|".join(p for p in (CLOCK, worded) if p))


def text_day(readings: Sequence[Dated], published: str) -> str | None:
    """Return the publication day when the text's lead (its first passage that writes a date)
    writes it, else None."""
    day = published[:DAY]
    lead = next((r.dates for r in readings if r.dates), [])
    return day if len(day) == DAY and any(d.edtf == day for d in lead) else None


class TimesOfDay:
    """Reads the times of day of a text's passages as dates of the text's day."""

    def __init__(self, language: str, day: str | None) -> None:
        self.pattern = _pattern(language)
        self.day = day

    def read(
        self, text: str, spans: list[tuple[int, int]], found: list[DateExpression]
    ) -> list[DateExpression]:
        """Return a passage's dates with its times of day in sentences without a date."""
        if self.day is None:
            return found
        dated = {sentence_of(spans, d.start) for d in found}
        times = [
            DateExpression(m.start(), m.end(), m.group(), self.day, "time")
            for m in self.pattern.finditer(searchable(text))
            if sentence_of(spans, m.start()) not in dated
            and not any(d.start - NEAR < m.end() and m.start() < d.end + NEAR for d in found)
        ]
        if not times:
            return found
        merged = list(found)
        for time in times:
            merged.insert(bisect_left(merged, time.start, key=lambda d: d.start), time)
        return merged
