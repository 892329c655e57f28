"""Deadlines and the publication date.

A date that a deadline word of deadlines.yaml governs (`by 20 November`) is due: a day and
month without a year is then the first such day on or after the publication, not before it,
unless that day is more than half a year away (`before 10 November` in December is the day gone
by, no deadline).
The publication date is read from a dateline, else the first full date of the text's first
passages, never a deadline; a dateline without a year (`MOSCOW, Nov 10`) takes the year of
another date of the text that writes one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting import date_expressions
from kb_service.curation.drafting.date_expressions import DateExpression

WORDS_FILE = Path(__file__).with_name("deadlines.yaml")
FIRST_PASSAGES = 2  # a dateline or a publication date stands in the first passages
DATE_LINES = 4  # a short line of a full date among these first passages is the publication's
LINE_WORDS = 3  # words of such a line besides its date, at most
YEAR_WRITTEN = frozenset({"day", "month", "since-day", "since"})  # dates that write a year
DEADLINE_AHEAD = 183  # days after the publication a deadline without its year falls, at most


@cache
def _governing() -> re.Pattern[str]:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    words = {str(w) for by_language in data["before_date"].values() for w in by_language}
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    # Arabic writes `by` as a proclitic word or alone; a word ends the phrase on its left.
    return re.compile(rf"(?:^|(?<=[\s,،(]))(?:و)?(?:{alternatives})\s+$")


def governed(text: str, date: DateExpression) -> bool:
    """Return whether a deadline word stands right before the date."""
    return _governing().search(text[max(0, date.start - 40) : date.start].lower()) is not None


def with_deadlines(text: str, found: list[DateExpression], published: str) -> list[DateExpression]:
    """Return the dates of a passage, those a deadline word governs marked due (and a day
    without a year read forward from the publication)."""
    return [_due(d, published) if governed(text, d) else d for d in found]


def _due(date: DateExpression, published: str) -> DateExpression:
    if date.how != "day-of-year":
        return replace(date, due=True)
    base = dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    month_day = dt.date.fromisoformat(date.edtf).replace(year=2000) if base else None
    if base is None or month_day is None:
        return replace(date, due=True)
    for year in (base.year, base.year + 1):
        try:
            day = month_day.replace(year=year)
        except ValueError:
            continue
        if day >= base and (day - base).days > DEADLINE_AHEAD:
            return date  # قبل 10 نوفمبر in December: the day gone by, no deadline now
        if day >= base:
            return replace(date, edtf=day.isoformat(), due=True)
    return replace(date, due=True)


def publication_date(texts: Sequence[str]) -> str | None:
    """Return the publication date a text writes: a short line of its first passages that
    writes a full date (a date line); else a full date (day, month and year) of its
    first passages that no deadline word governs; else a day and month there (a dateline),
    when the text writes a year, in that year or the next (_nearest); else its first full date
    no deadline governs."""
    full = [
        (index, found, governed(text, found))
        for index, text in enumerate(texts)
        for found in date_expressions.find(text, None)
        if found.how == "day"
    ]
    free = [(index, found) for index, found, deadline in full if not deadline]
    line = next((f for i, f in free if i < DATE_LINES and _date_line(texts[i], f)), None)
    if line is not None:  # a date line: `Published 2 November 2020`, `17 ноября 2020 года, 09:40`
        return line.edtf
    if free and free[0][0] < FIRST_PASSAGES:
        return free[0][1].edtf
    year = _first_year(texts)
    if year:
        end_of_year = f"{year}-12-31"  # reads a day and month as of that year
        for text in texts[:FIRST_PASSAGES]:
            for found in date_expressions.find(text, end_of_year):
                if found.how == "day-of-year" and not governed(text, found):
                    return _nearest(f"{year}{found.edtf[4:]}", _written(texts))
    return free[0][1].edtf if free else None


def _nearest(day: str, written: list[str]) -> str:
    """Return a dateline's day and month (read in the year of the text's first date that writes
    one) in that year or the next, whichever puts it nearer the latest full date of those two
    years that the text writes and no deadline word governs (`ЕРЕВАН, 18 января.` over the
    autumn of 2020 is of 2021; `11 января` before a report due on 1 March 2021, of 2021; a
    deadline five years on counts for nothing)."""
    year = int(day[:4])
    near = [d for d in written if int(d[:4]) <= year + 1]
    if not near:
        return day
    latest = dt.date.fromisoformat(max(near))
    month, of_month = int(day[5:7]), int(day[8:10])
    days = [d for d in (_on(year, month, of_month), _on(year + 1, month, of_month)) if d]
    return min(days, key=lambda d: abs((d - latest).days)).isoformat()


def _on(year: int, month: int, day: int) -> dt.date | None:
    """Return the day, or None where the year has none (29 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_line(text: str, date: DateExpression) -> bool:
    """Return whether a passage is a date line: the date and at most LINE_WORDS other words
    (`Published`, a weekday, a time)."""
    return len((text[: date.start] + text[date.end :]).split()) <= LINE_WORDS


def _written(texts: Sequence[str]) -> list[str]:
    """Return the days the text writes with their year (a day, or the start of `since 10
    November 2020`) that no deadline word governs."""
    return [
        found.edtf[:10]
        for text in texts
        for found in date_expressions.find(text, None)
        if found.how in ("day", "since-day") and not governed(text, found)
    ]


def _first_year(texts: Sequence[str]) -> str | None:
    """Return the year of the text's first date that writes its year (a day, a month, or the
    start of `since 27 September 2020`)."""
    for text in texts:
        for found in date_expressions.find(text, None):
            if found.how in YEAR_WRITTEN:
                return found.edtf[:4]
    return None
