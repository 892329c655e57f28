"""The dates of one passage, looked up by bisection, and the clause and cue each date
belongs to (event_dates.py chooses an event's dates with them):

- a cue takes the nearest date of its clause, else of its sentence, else (a sentence without
  dates) of its passage; a deadline type every deadline of its sentence, but one whose
  clause writes only days past (troops moved in on Friday) that day;
- not a date past a cue of another type (`attacks came after the ceasefire took effect on 26
  October`), unless the two are coordinated (martial law and mobilisation on Sunday) or, in
  another clause of the sentence, the other is a backdrop (`since the fighting stopped, on 14
  December`); nor one whose clause another type's cue holds."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from itertools import pairwise
from typing import TYPE_CHECKING

from kb_service.curation.drafting.date_expressions import DateExpression
from kb_service.curation.drafting.event_words import CLAUSE_MARKS, coordinated
from kb_service.curation.drafting.tokens import sentence_of

if TYPE_CHECKING:
    from kb_service.curation.drafting.event_dates import Rules

CLAUSE_REACH = 400  # characters looked at on each side of a cue for its clause's marks
MAX_DEADLINES = 6  # deadlines one cue of a deadline type takes from its passage, at most
_LISTED = re.compile(r"\s*(?:and|и|و)\s*")  # between two listed dates
_PAIR_LINK = re.compile(r"^[,،]|^\s+(?:and|и|و)\s|^\s*و")  # a place and its day listed next
_PAIR_GAP = 40  # characters between two days of a list of places and days, at most


class PassageDates:
    """The dates of one passage (in order), and those ahead of the publication, looked up
    by bisection: a passage with many cues and many dates is read in linear time."""

    def __init__(
        self,
        text: tuple[str, list[tuple[int, int]]],
        found: list[DateExpression],
        ahead: list[DateExpression],
        rules: Rules,
    ) -> None:
        self.text, self.spans = text  # the passage and its sentences
        self.found = found
        self.every = found  # with the dates that name a document
        self.kept = {id(d) for d in found}  # those that do not
        self.ahead = ahead
        self.rules = rules
        self.claims: dict[tuple[int, int], str] = {}  # the first cue's type, by clause
        self.cues: list[tuple[int, str, bool]] = []  # each cue's start, type, backdrop; in order

    def clause(self, at: int) -> tuple[int, int]:
        """Return the clause that holds character `at` (clause_of)."""
        return clause_of(self.text, self.spans, at)

    def chosen(
        self, sentence: tuple[int, int], clause: tuple[int, int], term: str, cue: tuple[int, int]
    ) -> list[DateExpression]:
        """Return the dates of an event whose cue spans characters `cue`: for a deadline
        type, the deadlines of its sentence (but those in a clause of another type's cue),
        else the nearest of its passage, unless its clause writes only days past (troops
        that moved in on Friday); else the nearest date of its clause, else of its
        sentence (but those in a clause of another type's cue), else (a sentence without
        dates) of its passage."""
        at, cue_end = cue
        if term in self.rules.deadline_types and self.ahead and not self.past(clause, term):
            own = [d for d in _within(self.ahead, sentence) if self.free(d, term)]
            return own[:MAX_DEADLINES] or _nearest(self.ahead, at, MAX_DEADLINES)
        if term in self.rules.document_types and not self.noun(cue):  # the document signed
            named = [d for d in _within(self.every, sentence) if id(d) not in self.kept]
            if named:
                return [min(named, key=lambda d: _distance(d, at, cue_end))]
        own = _within(self.found, clause)
        in_sentence = _within(self.found, sentence)
        if own:
            own = [d for d in own[: 2 * MAX_DEADLINES] if not self.between(d, cue, term)]
            if not own:
                return []  # the clause's dates are another cue's (`attacks came after the
                # ceasefire took effect on 26 October`)
        else:  # not past another type's cue (обстрел ... перемирия, которое ... с 26 октября)
            own = [
                d
                for d in in_sentence
                if self.free(d, term) and not self.between(d, cue, term, backdrops=False)
            ]
        if own:
            best = min(own[: 2 * MAX_DEADLINES], key=lambda d: _distance(d, at, cue_end))
            if term in self.rules.deadline_types:
                return self.paired(best, sentence, term)
            return self.listed(best)
        # a sentence that writes a date (if only a document's) gives its cues no other
        return [] if _within(self.every, sentence) else _nearest(self.found, at, 1)

    def past(self, clause: tuple[int, int], term: str) -> bool:
        """Return whether a clause that only cues `term` writes dates, none of them ahead of
        the publication."""
        ahead = {id(d) for d in self.ahead}
        own = [d for d in _within(self.found, clause) if self.free(d, term)]
        return bool(own) and not any(id(d) in ahead for d in own)

    def listed(self, date: DateExpression) -> list[DateExpression]:
        """Return a date with the dates listed with it, joined by `and`: the truces
        of 10 and 18 October (10 и 18 октября, 10 و18 أكتوبر) are two, one cue of each day;
        days that follow each other (talks on 12 and 13 December) are one span of them."""
        index = bisect_left(self.found, date.start, key=lambda d: d.start)
        low = high = index
        while low > 0 and index - low < MAX_DEADLINES and self.joined(low - 1, low):
            low -= 1
        while (
            high + 1 < len(self.found)
            and high - index < MAX_DEADLINES
            and self.joined(high, high + 1)
        ):
            high += 1
        return _spanned(self.found[low : high + 1], self.text)

    def paired(
        self, date: DateExpression, sentence: tuple[int, int], term: str
    ) -> list[DateExpression]:
        """Return a date with the dates that follow it in a list of places and days (Aghdam
        came back on 20 November, Kalbajar on 25 November and Lachin on 1 December)."""
        dates = [date]
        for later in _within(self.found, sentence):
            if later.start <= date.start:
                continue
            gap = self.text[dates[-1].end : later.start]
            listed = len(gap) <= _PAIR_GAP and _PAIR_LINK.search(gap) is not None
            if not listed or not self.free(later, term) or len(dates) == MAX_DEADLINES:
                break
            dates.append(later)
        return dates

    def joined(self, first: int, second: int) -> bool:
        """Return whether two dates of the passage are listed together (`10 and 18 October`,
        `10 October and 26 October`)."""
        between = self.text[self.found[first].end : self.found[second].start]
        between += "و" if self.found[second].text.startswith("و") else ""  # و20 أكتوبر
        return _LISTED.fullmatch(between) is not None

    def noun(self, cue: tuple[int, int]) -> bool:
        """Return whether a cue is a document's noun (`the Moscow agreement of 10.10.2020`
        names a document: its date is no event's), not a word of signing."""
        word = self.text[cue[0] : cue[1]].lower()
        return any(word.startswith(n) or word[1:].startswith(n) for n in self.rules.nouns)

    def between(
        self, date: DateExpression, cue: tuple[int, int], term: str, *, backdrops: bool = True
    ) -> bool:
        """Return whether a cue of another type (a backdrop too, unless not `backdrops`)
        stands between a cue and a date. A deal's signing and the ceasefire it declares share
        a date, as coordinated cues do (martial law and mobilisation on Sunday)."""
        kinds = self.rules.document_types
        if term in kinds:
            return False
        low, high = (cue[1], date.start) if date.start >= cue[1] else (date.end, cue[0])
        first = bisect_left(self.cues, low, key=lambda c: c[0])
        last = bisect_left(self.cues, high, key=lambda c: c[0])
        others = self.cues[first : min(last, first + MAX_DEADLINES)]
        return any(
            t != term and t not in kinds and not coordinated(self.text, cue, at)
            for at, t, back in others
            if backdrops or not back
        )

    def free(self, date: DateExpression, term: str) -> bool:
        """Return whether no cue of another type than `term` stands in the date's clause."""
        return self.claims.get(self.clause(date.start)) in (None, term)

    def claim(self, clause: tuple[int, int], term: str, at: int, *, backdrop: bool) -> None:
        """Note that an event cue of type `term` stands in a clause: another type's event
        takes no date from it (`a truce that took effect on 26 October collapsed, the third
        failure since the war began`: the date is the truce's, not the war's)."""
        self.claims[clause] = term if self.claims.get(clause, term) == term else ""  # "": mixed
        self.cues.append((at, term, backdrop))  # the cues come in order


def _spanned(listed: list[DateExpression], text: str) -> list[DateExpression]:
    """Return listed days that follow each other as one span (12 and 13 December), else as
    they are."""
    try:
        days = [dt.date.fromisoformat(d.edtf) for d in listed]
    except ValueError:
        return listed
    if len(days) < 2 or any((b - a).days != 1 for a, b in pairwise(days)):
        return listed
    first, last = listed[0], listed[-1]
    edtf = f"{first.edtf}/{last.edtf}"
    return [DateExpression(first.start, last.end, text[first.start : last.end], edtf, "span")]


def clause_of(text: str, spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """Return the clause that holds character `at`: the characters between clause marks
    (not one between digits, 1,960 or 00:00), within its sentence and CLAUSE_REACH."""
    low, high = sentence_of(spans, at)
    start = at
    while start > max(low, at - CLAUSE_REACH) and not _mark(text, start - 1):
        start -= 1
    end = at
    while end < min(high, at + CLAUSE_REACH) and not _mark(text, end):
        end += 1
    return start, end


def _mark(text: str, k: int) -> bool:
    """Return whether character `k` ends a clause: a clause mark not between two digits."""
    if text[k] not in CLAUSE_MARKS:
        return False
    return not (0 < k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1].isdigit())


def _within(found: list[DateExpression], span: tuple[int, int]) -> list[DateExpression]:
    low = bisect_left(found, span[0], key=lambda d: d.start)
    return found[low : bisect_left(found, span[1], key=lambda d: d.start)]


def _distance(date: DateExpression, start: int, end: int) -> int:
    """Return how far a date is from a cue's words (0 inside them)."""
    return max(start - date.start, date.start - end, 0)


def _nearest(found: list[DateExpression], at: int, count: int) -> list[DateExpression]:
    """Return the `count` dates nearest to character `at`, in order of the text."""
    middle = bisect_left(found, at, key=lambda d: d.start)
    window = found[max(0, middle - count) : middle + count]
    return sorted(sorted(window, key=lambda d: abs(d.start - at))[:count], key=lambda d: d.start)
