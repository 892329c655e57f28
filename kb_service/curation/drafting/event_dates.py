"""Which dates a drafted event takes, and its status (event_rules.yaml).

- The dates of the cue's clause, else sentence, else passage; of them, the nearest to the cue
  (passage_dates.py).
- An event of a deadline type (a handover) takes every deadline of its sentence (else of its
  passage): a date a deadline word governs, or one after the publication. Each is one event.
- Status: `due` for a deadline; for a date after the publication, `due` (a deadline type) or
  `scheduled`; `ongoing` for `since X` (the text gives no end: a span it ends is closed,
  event_rules.yaml `ended`); `scheduled` for a start word after the cue (`begins at noon`) on
  the publication day or later; else `occurred`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb_service.curation.drafting.cues import Cues, Phrase, _phrases
from kb_service.curation.drafting.date_expressions import DateExpression
from kb_service.curation.drafting.document_dates import document_date, frames, names_document
from kb_service.curation.drafting.passage_dates import PassageDates
from kb_service.curation.drafting.tokens import Token
from kb_service.model import dates

RULES_FILE = Path(__file__).with_name("event_rules.yaml")
BACKDROP_NEAR = 4  # words from `since` to the cue it makes a backdrop, at most


@dataclass(frozen=True)
class Rules:
    """One language's rules of event_rules.yaml."""

    deadline_types: frozenset[str]
    between_sides: frozenset[str]
    led_by_persons: frozenset[str]
    scheduled: tuple[Phrase, ...]
    scheduled_near: int
    lasting_types: frozenset[str] = frozenset()
    spans_only: frozenset[str] = frozenset()  # types dated by a span only (a war)
    once: frozenset[str] = frozenset()  # types of a day, never of an open span (a signing)
    began: tuple[Phrase, ...] = ()
    ended: tuple[Phrase, ...] = ()  # a lasting event's end after its first day (прекратились)
    stops: frozenset[str] = frozenset()  # types of an end of fighting (a ceasefire)
    planned: tuple[Phrase, ...] = ()  # words of a plan before a cue: a weekday after is to come
    sources: tuple[Phrase, ...] = ()  # `according to`: the name after it is a source
    backdrop: tuple[Phrase, ...] = ()  # `since` before a cue: an event the text looks back to
    document_types: frozenset[str] = frozenset()  # a document's date dates these (its signing)
    absorbed: tuple[tuple[str, tuple[str, ...]], ...] = ()  # general type: the precise types
    nouns: tuple[str, ...] = ()  # the nouns of documents (event_rules.yaml `document_dates`)
    document_date: re.Pattern[str] | None = None  # the end of a document's name before its date
    document_name: re.Pattern[str] | None = None  # the same, as words recall it (`recalled`)
    document_frames: re.Pattern[str] | None = None  # a word that makes it the words' frame
    handing: tuple[Phrase, ...] = ()  # verbs that hand over people too: a place must follow
    fought: frozenset[str] = frozenset()  # between the sides when no one is named (a war)
    when: tuple[Phrase, ...] = ()  # since X, when <event>: the event is of day X
    both_sides: tuple[Phrase, ...] = ()  # the sides: talks between them are negotiations
    fought_out: tuple[str, str, int, tuple[Phrase, ...]] = ("", "", 0, ())  # weeks of it: war


@cache
def rules(language: str) -> Rules:
    """Return the event rules of one language."""
    data: dict[str, Any] = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return Rules(
        deadline_types=frozenset(data["deadline_types"]),
        between_sides=frozenset(data["between_sides"]),
        fought=frozenset(data["fought"]),
        led_by_persons=frozenset(data["led_by_persons"]),
        scheduled=tuple(_phrases({"scheduled": data["scheduled"]}, language)),
        scheduled_near=int(data["scheduled_near"]),
        lasting_types=frozenset(data["lasting_types"]),
        spans_only=frozenset(data["spans_only"]),
        once=frozenset(data["once"]),
        began=tuple(_phrases({"began": data["began"]}, language)),
        ended=tuple(_phrases({"ended": data["ended"]}, language)),
        stops=frozenset(data["stops"]),
        document_types=frozenset(data["document_dates"]["types"]),
        planned=tuple(_phrases({"planned": data["planned"]}, language)),
        backdrop=tuple(_phrases({"backdrop": data["backdrop"]}, language)),
        sources=tuple(_phrases({"sources": data["sources"]}, language)),
        absorbed=tuple((k, tuple(v)) for k, v in data["absorbed"].items()),
        document_date=document_date(data["document_dates"], language),
        document_name=document_date(data["document_dates"], language, recalled=True),
        document_frames=frames(data["document_dates"], language),
        nouns=tuple(data["document_dates"]["nouns"].get(language) or ()),
        handing=tuple(_phrases({"territory-handover": data["handing"]}, language)),
        when=tuple(_phrases({"when": data["when"]}, language)),
        both_sides=tuple(_phrases({"both_sides": data["both_sides"]}, language)),
        fought_out=_fought_out(data["fought_out"], language),
    )


def _fought_out(data: dict[str, Any], language: str) -> tuple[str, str, int, tuple[Phrase, ...]]:
    """Return the fought_out rule of one language: its type, the type it makes, days, words."""
    words = tuple(_phrases({"fought_out": data["words"]}, language))
    return str(data["type"]), str(data["as"]), int(data["days"]), words


def start_of(edtf: str, *, end: bool = False) -> dt.date | None:
    """Return the earliest (`end`: the latest) day of a date (None when open there or not a
    date)."""
    try:
        parsed = dates.parse(edtf)
    except dates.InvalidDate:
        return None
    return parsed.latest if end else parsed.earliest


class EventDates:
    """Dates and status of the events of one text, and the type weeks of fighting make."""

    def __init__(self, published: str, rules: Rules, cues: Cues) -> None:
        self.published = start_of(published.rstrip("?~%")) if len(published) >= 10 else None
        self.rules = rules
        self.cues = cues

    def typed(self, term: str, edtf: str, cue: Token) -> str:
        """Return the type of an event cued as `term` by the word `cue`, dated `edtf`:
        the fighting as a whole dated from the day it began to the day it ended, weeks apart
        (event_rules.yaml `fought_out`), is a war."""
        fighting, war, days, words = self.rules.fought_out
        if term != fighting or not self.cues.found(list(words), [cue]):
            return term
        bounds = edtf.split("/")
        if len(bounds) != 2 or any(len(b) != len("2020-09-27") for b in bounds):
            return term  # a day to a day only: not a span of months or years, nor an open one
        first, last = start_of(bounds[0]), start_of(bounds[1])
        return war if first and last and (last - first).days >= days else term

    def ahead(self, date: DateExpression) -> bool:
        """Return whether a date is a deadline or starts after the publication."""
        if date.due:
            return True
        start = start_of(date.edtf)
        return self.published is not None and start is not None and start > self.published

    def of_passage(
        self, text: str, spans: list[tuple[int, int]], found: Sequence[DateExpression]
    ) -> PassageDates:
        """Return the dates of a passage (and its sentences), ready for its cues' events: but
        a date that names a document (заявление от 10 ноября), but for the document's own
        event (its signing)."""
        every, pattern = list(found), self.rules.document_date
        found = [d for d in found if not names_document(pattern, text, d)]
        ahead = [d for d in found if self.ahead(d)]
        passage = PassageDates((text, spans), list(found), ahead, self.rules)
        passage.every = every
        return passage

    def lasting(
        self,
        date: DateExpression,
        clause: Sequence[Token],
        sentence: tuple[Sequence[Token], Sequence[DateExpression]],
    ) -> DateExpression:
        """Return the date of an event of a lasting type from the day its clause says it began
        on (`fighting erupted on 27 September`: `2020-09-27/..`) to the day its sentence (its
        words and dates) says it ended on (прекратились 10 ноября: `2020-09-27/2020-11-10`),
        else the date as is (a war that `began in late September` is of that month)."""
        if len(date.edtf) != len("2020-09-27"):
            return date
        if not self.cues.found(list(self.rules.began), list(clause)):
            return date
        return replace(date, edtf=f"{date.edtf}/{self.end(date, *sentence) or '..'}")

    def spans(self, term: str) -> bool:
        """Return whether an event of type `term` takes its dates from where fighting began
        and ended (spanned): a lasting one, or a stop."""
        return term in self.rules.lasting_types or term in self.rules.stops

    def spanned(
        self,
        found: list[DateExpression],
        term: str,
        within: Sequence[Token],
        clauses: Sequence[Sequence[Token]],
        ends: tuple[Sequence[Token], Sequence[DateExpression]],
    ) -> list[DateExpression]:
        """Return the dates of a cue of a type that spans, with the words of its clause
        (`within`) and of each date's, and its sentence's words and dates (`ends`): a lasting
        event's from the day it began (lasting); a stop's (a ceasefire) the day a sentence says
        the fighting ended, not the day it began (اندلعت المعارك في 27 سبتمبر وتوقفت في 10
        نوفمبر)."""
        if term in self.rules.lasting_types:
            pairs = zip(found, clauses, strict=True)
            return [self.lasting(d, [*within, *c], ends) for d, c in pairs]
        begun = [self.begun(c) for c in clauses]
        dated = zip(found, begun, strict=True)
        return [replace(d, edtf=self.end(d, *ends) or d.edtf) if b else d for d, b in dated]

    def end(
        self, date: DateExpression, words: Sequence[Token], found: Sequence[DateExpression]
    ) -> str | None:
        """Return the first date a sentence writes after a word of an end (ended, прекратились,
        توقفت) that follows `date`, if it is later (a day, or a month: stopped in November)."""
        stops = [k for k, _ in self.cues.found(list(self.rules.ended), list(words))]
        stops = [k for k in stops if words[k].start >= date.end]
        if not stops:
            return None
        at, stop = words[stops[0]].start, words[-1].end
        after = [d for d in found if at < d.start < stop]
        if not after or after[0].edtf <= date.edtf:  # `../X` (earlier) sorts first: none
            return None
        return after[0].edtf.split("/")[0]  # a span's first day

    def fitting(
        self, found: list[DateExpression], term: str, words: Sequence[Token]
    ) -> list[DateExpression]:
        """Return the dates a cue's type may take: of a type dated by a span only (a war), its
        spans, or any date when the words of its clause tell its outbreak (the war that began
        ...); of a type that happens once (a signing), no open span (`since 10 November`: what
        goes on since)."""
        if term in self.rules.once:
            found = [d for d in found if not d.edtf.endswith("/..")]
        if term not in self.rules.spans_only or self.begun(words):
            return found
        return [d for d in found if "/" in d.edtf]

    def begun(self, words: Sequence[Token]) -> bool:
        """Return whether a word of beginning is among the words (erupted, начавш*, اندلعت)."""
        return bool(self.cues.found(list(self.rules.began), list(words)))

    def backdrop(self, before: Sequence[Token]) -> bool:
        """Return whether a word of a backdrop stands right before a cue in its clause (`since
        the fighting stopped`: at most BACKDROP_NEAR words before)."""
        return bool(self.cues.found(list(self.rules.backdrop), list(before[-BACKDROP_NEAR:])))

    def as_told(self, date: DateExpression, term: str, before: Sequence[Token]) -> DateExpression:
        """Return the date of a cue with the words before it in its clause: a weekday after
        a plan's word (planned), and the day X of `since X, when <cue>` (с 10 ноября, когда
        вступило в силу заявление: the statement took effect on 10 November, no open span) or
        the last day Y of `from X to Y, when <cue>` (с 27 сентября по 10 ноября, когда ...),
        but for a lasting event (since X, when the fighting began: it goes on)."""
        date = self.planned(date, before)
        if term in self.rules.lasting_types or not before:
            return date
        opens = bool(self.cues.found(list(self.rules.when), list(before[:1])))
        if not opens or date.end > before[0].start:
            return date
        if date.edtf.endswith("/.."):
            return replace(date, edtf=date.edtf.removesuffix("/.."))
        first, _, last = date.edtf.partition("/")
        return replace(date, edtf=last) if first and last else date  # from X to Y, when: Y

    def planned(self, date: DateExpression, before: Sequence[Token]) -> DateExpression:
        """Return a weekday after a word of a plan that stands before the cue in its clause
        (`are to meet in Geneva on Friday`, من المقرر أن يلتقي ... يوم الجمعة) as the next such
        day from the publication on, else the date as is (the last such day up to it)."""
        if date.how != "weekday" or self.published is None or date.edtf >= str(self.published):
            return date
        plans = self.cues.found(list(self.rules.planned), list(before))
        if not any(before[k].start < date.start for k, _ in plans):
            return date
        day = dt.date.fromisoformat(date.edtf) + dt.timedelta(days=7)
        return replace(date, edtf=day.isoformat())

    def status(
        self, date: DateExpression, term: str, tokens: Sequence[Token], cue: int, sentence: range
    ) -> str:
        """Return the status of an event of type `term` on `date`, its cue at token `cue` of
        a sentence of tokens `sentence`."""
        if self.ahead(date):
            later = date.due or term in self.rules.deadline_types
            return "due" if later else "scheduled"
        if date.edtf.endswith("/.."):
            return "ongoing"  # from a day on, and no end the text gives
        end = start_of(
            date.edtf, end=True
        )  # a date that reaches the publication: this month, today
        if end is not None and self.published is not None and end >= self.published:
            after = tokens[cue : min(sentence.stop, cue + self.rules.scheduled_near + 1)]
            if self.cues.found(list(self.rules.scheduled), after):
                return "scheduled"
        return "occurred"
