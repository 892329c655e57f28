"""Dates written against the last date a text wrote before them (anchored_dates.yaml): `the
same day`, в тот же день, في اليوم نفسه, `a day earlier`, `the next day`, and the clause of
`a day after <event>` (غداة, на следующий день после); a day of the same month (`the 10th of that
month`, العاشر من الشهر نفسه).

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
from kb_service.curation.drafting.date_patterns import ORDINAL_OF

WORDS_FILE = Path(__file__).with_name("anchored_dates.yaml")
DAY = len("2020-10-27")


@dataclass(frozen=True)
class _Offset:
    pattern: re.Pattern[str]
    days: int
    how: str


@cache
def _words() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    return data


@cache
def _offsets(language: str) -> tuple[_Offset, ...]:
    data = _words()
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


@cache
def _same_month(language: str) -> re.Pattern[str] | None:
    """Return the pattern of a day of the month of the date before it (anchored_dates.yaml
    `same_month`), the day a number `d` or an ordinal (`o` after `the`, `o2`), maybe after
    `since`."""
    words = [searchable(str(w)) for w in _words()["same_month"].get(language) or []]
    if not words:
        return None
    phrase = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    ordinals = sorted(ORDINAL_OF, key=len, reverse=True)
    english = "|".join(re.escape(w) for w in ordinals if w.isascii())  # after `the` only
    other = "|".join(re.escape(w) for w in ordinals if not w.isascii())
    number = r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th|-го)?"
    day = rf"(?:{number}|the\s+(?P<o>{english})|(?P<o2>{other}))"
    return re.compile(
        rf"(?<!\w)(?:[وف](?=\w))?(?:(?P<since>since|منذ|с)\s+)?{day}\s+(?:{phrase})(?!\w)"
    )


class Anchors:
    """Reads the anchored dates of a text's passages, in order, keeping the last day written."""

    def __init__(self, language: str) -> None:
        self.offsets = _offsets(language)
        self.same_month = _same_month(language)
        self.last: str | None = None  # the last day written so far (EDTF)

    def read(self, text: str, found: Sequence[DateExpression]) -> list[DateExpression]:
        """Return the dates of a passage with its anchored ones, in order (one pass over both)."""
        searched = searchable(text)
        matches = sorted(  # the longest phrase at a place (بعد يومين من over بعد يومين)
            [
                *(
                    (m.start(), -m.end(), offset.days, offset.how, None)
                    for offset in self.offsets
                    for m in offset.pattern.finditer(searched)
                ),
                *(
                    (m.start(), -m.end(), 0, "anchored-month", m)
                    for m in (self.same_month.finditer(searched) if self.same_month else ())
                ),
            ],
            key=lambda match: match[:2],
        )
        pending = sorted(found, key=lambda d: d.start)
        dates: list[DateExpression] = []
        k, taken = 0, 0  # the next date written; where the last phrase read ends
        for start, negative_end, days, how, in_month in matches:
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
            day = _shifted(self.last, days) if in_month is None else _of_month(self.last, in_month)
            if day is not None:
                dates.append(DateExpression(start, end, text[start:end], day, how))
                self._note(dates[-1:])  # a day of it, not a span open from it
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


def _of_month(day: str | None, match: re.Match[str]) -> str | None:
    """Return the day a same-month phrase names in the month of `day` (open from it after
    `since`)."""
    number = int(match["d"]) if match["d"] else ORDINAL_OF[match["o"] or match["o2"]]
    if day is None:
        return None
    try:
        found = dt.date.fromisoformat(day).replace(day=number).isoformat()
    except ValueError:
        return None
    return f"{found}/.." if match["since"] else found
