"""Dates written against the last date a text wrote before them (anchored_dates.yaml): `the
same day`, в тот же день, في اليوم نفسه, `a day earlier`, `the next day`, and the clause of
`a day after <event>` (غداة, на следующий день после).

The anchor is the last date of day precision before the phrase, in its passage or an earlier
one (a deadline is none): `the same day` after `on 27 October` is 27 October. A phrase with
no such date before it is no date. A date read so takes the place of a date read inside its
words (مساء اليوم نفسه is no `today`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb_service.curation.drafting.date_expressions import DateExpression, searchable

WORDS_FILE = Path(__file__).with_name("anchored_dates.yaml")
DAY = len("2020-10-27")


@dataclass(frozen=True)
class _Offset:
    pattern: re.Pattern[str]
    days: int
    how: str


@cache
def _offsets(language: str) -> tuple[_Offset, ...]:
    data: dict[str, Any] = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    found = []
    for how, section in (
        ("anchored", data["offsets"]),
        ("anchored-clause", data["clause_offsets"]),
    ):
        for rule in section:
            words = [searchable(str(w)) for w in rule.get(language) or []]
            if words:
                phrase = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                pattern = re.compile(rf"(?<!\w)(?:[وف](?=\w))?(?:{phrase})(?!\w)")
                found.append(_Offset(pattern, int(rule["days"]), how))
    return tuple(found)


class Anchors:
    """Reads the anchored dates of a text's passages, in order, keeping the last day written."""

    def __init__(self, language: str) -> None:
        self.offsets = _offsets(language)
        self.last: str | None = None  # the last day written so far (EDTF)

    def read(self, text: str, found: Sequence[DateExpression]) -> list[DateExpression]:
        """Return the dates of a passage with its anchored ones, in order (one pass over both)."""
        searched = searchable(text)
        matches = sorted(  # the longest phrase at a place (بعد يومين من over بعد يومين)
            (m.start(), -m.end(), offset.days, offset.how)
            for offset in self.offsets
            for m in offset.pattern.finditer(searched)
        )
        pending = sorted(found, key=lambda d: d.start)
        dates: list[DateExpression] = []
        k, taken = 0, 0  # the next date written; where the last phrase read ends
        for start, negative_end, days, how in matches:
            end = -negative_end
            if start < taken:
                continue  # inside a phrase read already
            taken = end
            while k < len(pending) and pending[k].start < start:
                if pending[k].end <= start:  # else read inside the phrase: not a date
                    dates.append(pending[k])
                    self._note([pending[k]])
                k += 1
            while k < len(pending) and pending[k].start < end:
                k += 1  # read inside the phrase: not a date
            day = _shifted(self.last, days)
            if day is not None:
                dates.append(DateExpression(start, end, text[start:end], day, how))
                self.last = day
        dates += pending[k:]
        self._note(pending[k:])
        return dates

    def _note(self, found: Sequence[DateExpression]) -> None:
        for date in found:
            if len(date.edtf) == DAY and not date.due:
                self.last = date.edtf


def _shifted(day: str | None, days: int) -> str | None:
    if day is None:
        return None
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None
