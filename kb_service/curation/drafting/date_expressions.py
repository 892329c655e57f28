"""Date expressions in a passage, as EDTF with only the precision written.

- Month names in Arabic (the Levantine and the Egyptian name, alone or paired as in
  `شباط/ فبراير`), English and Russian (nominative, genitive and prepositional); Arabic-Indic
  digits.
- A day and month without a year: the publication's year, or the one before when the date
  would fall more than FUTURE_DAYS after the publication; a month alone after `in` (в
  октябре, في أكتوبر): the last such month up to the publication's.
- Years, and ranges of years (`1992 - 1994`, `between 1992 and 1994`).
- `since 1992`, `since 27 September`, `in its sixth day` (five days before): open at the end.
- `earlier`: open at the start, ending on the publication day.
- `this month`, `last month` (в прошлом месяце, الشهر الماضي), `this year`, `last year`: the
  publication's month or year, or the one before.
- A weekday (`on Sunday`, `в ночь на вторник`, Arabic `الاثنين` alone, `said Monday`): the
  last such day on or before the publication; one to come (`next Monday`, `غدا الثلاثاء`,
  `завтра, во вторник`): the first such day after it; a weekday next to the day it names (в
  пятницу, 15 января) is none of its own; `yesterday`, `the day before yesterday` (أول أمس);
  `today` (сегодня).

Relative expressions need a publication date of day precision. The text is searched through a
copy of the same length (digits made ASCII, letters lower case, Arabic alef, hamza and taa
marbuta forms made one), so every match is a span of the passage itself.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting import budget
from kb_service.curation.drafting.date_names import MONTHS as MONTHS
from kb_service.curation.drafting.date_names import WEEKDAYS as WEEKDAYS
from kb_service.curation.drafting.date_patterns import MONTH_OF, ORDINAL_OF, PATTERNS, WEEKDAY_OF
from kb_service.model import dates

WORDS_FILE = Path(__file__).with_name("date_words.yaml")
_SAME_LENGTH = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ё": "е",
    }
)

FUTURE_DAYS = 60  # a day and month without a year may be this many days after the publication


@dataclass(frozen=True)
class DateExpression:
    """A date written in a passage: its characters, and its EDTF form."""

    start: int
    end: int
    text: str
    edtf: str
    how: str
    due: bool = False  # a deadline word governs it (deadlines.py)

    @property
    def since(self) -> bool:
        """Tell whether it is open from a day on (since 11 November): no day words are
        spoken on."""
        return self.edtf.endswith("/..")


def find(text: str, published: str | None) -> list[DateExpression]:
    """Return the date expressions of `text`, in order; `published` (EDTF) reads the relative
    ones and the day-and-month ones."""
    budget.check()
    searched = searchable(text)
    base = _publication_day(published)
    taken: list[DateExpression] = []  # in order, none overlapping another
    for how, pattern in PATTERNS:
        budget.check()
        added = []
        ahead = 0  # the first taken expression that does not end before the match (both in order)
        for match in pattern.finditer(searched):
            while ahead < len(taken) and taken[ahead].end <= match.start():
                ahead += 1
            if ahead < len(taken) and taken[ahead].start < match.end():
                continue  # an earlier pattern read these characters
            if how == "bare-year" and _counts(searched, match.end()):
                continue  # 1960 servicemen: a number, not a year
            edtf = _edtf(how, match, base, published)
            if edtf is None or not _valid(edtf):
                continue
            start, end = match.span()
            added.append(DateExpression(start, end, text[start:end], edtf, how))
        if added:
            taken = list(heapq.merge(taken, added, key=lambda d: d.start))
    return _apposed(taken, text)


_WEEKDAYS = frozenset({"weekday", "next-weekday"})
_WRITTEN_DAYS = frozenset({"day", "day-of-year"})  # a day written with its month
_APPOSED = re.compile(r"[\s,،]*")  # between a weekday and the day it names (Friday, 15 January)


def _apposed(taken: list[DateExpression], text: str) -> list[DateExpression]:
    """Return the dates but a weekday written next to the day it names (в пятницу, 15 января;
    on Friday, Jan. 15; الجمعة 15 يناير): that day is the date, not the last such weekday."""
    kept = []
    for k, date in enumerate(taken):
        near = [taken[i] for i in (k - 1, k + 1) if 0 <= i < len(taken)]
        named = any(
            other.how in _WRITTEN_DAYS
            and _APPOSED.fullmatch(text[min(date.end, other.end) : max(date.start, other.start)])
            for other in near
        )
        if date.how not in _WEEKDAYS or not named:
            kept.append(date)
    return kept


def searchable(text: str) -> str:
    """Return the copy of `text` that date patterns search: of the same length, digits made
    ASCII, letters lower case, Arabic alef, hamza and taa marbuta forms made one."""
    return _same_length_lower(text).translate(_SAME_LENGTH)


def _same_length_lower(text: str) -> str:
    """Return `text` in lower case, but for the letters whose lower case is longer (İ)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered  # no letter grew, so each one was lowered in place
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _publication_day(published: str | None) -> dt.date | None:
    if published is None:
        return None
    try:
        span = dates.parse(published)
    except dates.InvalidDate:
        return None
    if span.precision != "day" or span.earliest is None:
        return None
    return span.earliest


def _edtf(
    how: str, match: re.Match[str], base: dt.date | None, published: str | None
) -> str | None:
    found = match.groupdict()
    if how == "day":
        return f"{found['y']}-{_month(found):02d}-{_day(found):02d}"
    if how == "month":
        return f"{found['y']}-{_month(found):02d}"
    if how == "range":
        first, last = found["y1"], found["y2"]
        return f"{first}/{last}" if first < last else None
    if how == "since":
        start = f"{found['y']}-{_month(found):02d}" if found.get("m") else found["y"]
        return f"{start}/.."
    if how in ("year", "bare-year"):
        return found["y"]
    if how == "day-range":
        return _day_range(found, base)
    if how == "since-day" and found.get("y"):
        return f"{found['y']}-{_month(found):02d}-{_day(found):02d}/.."
    return _relative(how, found, base)


def _day_range(found: dict[str, str | None], base: dt.date | None) -> str | None:
    """Return `from 27 September to 10 November` as an interval of days: of the year written,
    else of the publication's year (or the one before), when it runs forward."""
    end = {"d": found["d2"], "m": found["mb"]}
    if found.get("y"):
        year = int(found["y"] or 0)
        days = [f"{year}-{_month(f):02d}-{_day(f):02d}" for f in (found, end)]
    elif base is not None:
        days = [_day_of_year(base, _month(f), _day(f), ahead=0) or "" for f in (found, end)]
    else:
        return None
    return f"{days[0]}/{days[1]}" if "" not in days and days[0] < days[1] else None


def _relative(how: str, found: dict[str, str | None], base: dt.date | None) -> str | None:
    """Return the EDTF of an expression read against the publication day `base`."""
    if base is None:
        return None
    if how == "earlier":
        return f"../{base.isoformat()}"
    if how == "since-day":  # since 27 September: of the publication's year, or the one before
        day = _day_of_year(base, _month(found), _day(found), ahead=0)
        return f"{day}/.." if day else None
    if how == "day-of-year":
        return _day_of_year(base, _month(found), _day(found))
    if how == "day-count":  # in its sixth day: the first was five days before
        return f"{(base - dt.timedelta(days=_day(found) - 1)).isoformat()}/.."
    if how == "since-month":
        month = _month(found)
        return f"{base.year if month <= base.month else base.year - 1}-{month:02d}/.."
    if how == "month-of-year":
        month = _month(found)
        year = base.year if month <= base.month else base.year - 1
        return f"{year}-{month:02d}"
    if how == "weekday":
        days = (base.weekday() - _weekday(found, "w")) % 7
        return (base - dt.timedelta(days=days)).isoformat()
    if how == "next-weekday":  # the first such day after the publication
        days = (_weekday(found, "x") - base.weekday() - 1) % 7 + 1
        return (base + dt.timedelta(days=days)).isoformat()
    if how == "yesterday":
        return (base - dt.timedelta(days=1)).isoformat()
    if how == "day-before-yesterday":  # أول أمس, позавчера
        return (base - dt.timedelta(days=2)).isoformat()
    if how == "today":
        return base.isoformat()
    return _of_publication(how, base)


def _weekday(found: dict[str, str | None], groups: str) -> int:
    """Return the number of the weekday that the pattern's groups `groups`1, 2... matched."""
    return WEEKDAY_OF[next(v for k, v in found.items() if k.startswith(groups) and v)]


def _of_publication(how: str, base: dt.date) -> str | None:
    """Return the month or year of the publication (`this month`) or the one before it."""
    last_month = base.replace(day=1) - dt.timedelta(days=1)
    return {
        "this-month": f"{base.year}-{base.month:02d}",
        "last-month": f"{last_month.year}-{last_month.month:02d}",
        "this-year": str(base.year),
        "last-year": str(base.year - 1),
    }.get(how)


_WORD_AFTER = re.compile(r" ([^\W\d_]+)")


@cache
def _may_follow() -> frozenset[str]:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))["may_follow"]
    return frozenset(str(w).translate(_SAME_LENGTH) for by_lang in data.values() for w in by_lang)


def _counts(searched: str, end: int) -> bool:
    """Return whether a word follows a number right away, as a counted noun does (see
    date_words.yaml), in the lower-cased copy of the text."""
    word = _WORD_AFTER.match(searched, end)
    # An Arabic word that begins with و (and) begins a clause, not a counted noun.
    return word is not None and word.group(1) not in _may_follow() and word.group(1)[0] != "و"


def _day(found: dict[str, str | None]) -> int:
    """Return the day of a match: its digits, or its ordinal (الأول: 1)."""
    if found.get("d"):
        return int(found["d"] or 0)
    return ORDINAL_OF.get(found.get("o") or "", 0)


def _month(found: dict[str, str | None]) -> int:
    if found.get("mn"):
        return int(found["mn"] or 0)
    name = found.get("m")
    return MONTH_OF[name] if name else 0


def _day_of_year(base: dt.date, month: int, day: int, ahead: int = FUTURE_DAYS) -> str | None:
    """Return a day and month as of the publication's year, or of the year before when it
    would fall more than `ahead` days after the publication (a text writes a day without its
    year for a day near it: 25 November in a text of 17 November is to come)."""
    for year in (base.year, base.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= base + dt.timedelta(days=ahead):
            return candidate.isoformat()
    return None


def _valid(edtf: str) -> bool:
    try:
        dates.parse(edtf)
    except dates.InvalidDate:
        return False
    return True


def first_full_date(texts: Iterator[str]) -> str | None:
    """Return the first date of day precision with its year written (a dateline), if any."""
    for text in texts:
        for expression in find(text, None):
            if expression.how == "day":
                return expression.edtf
    return None
