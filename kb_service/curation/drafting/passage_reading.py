"""What the drafter reads in each passage of a text: the registry entries it names (not as a
time zone), the names the registry lacks (proposed), a conflict named by a word and its place,
its dates and, in passages of content, its candidate statements (for which a capital may speak
for its side: capitals.py, as may its authorities: authorities.py; and the sides' mutual
accusations: reciprocal.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kb_service.curation.drafting import (
    authorities,
    capitals,
    conflict_names,
    date_expressions,
    deadlines,
    event_dates,
    other_names,
    reciprocal,
    speech,
    speech_words,
    spellings,
    unknown_names,
)
from kb_service.curation.drafting.cues import Cues
from kb_service.curation.drafting.date_expressions import DateExpression
from kb_service.curation.drafting.document_dates import names_document
from kb_service.curation.drafting.mentions import Entity, Gazetteer, Mention
from kb_service.curation.drafting.passages import Passage
from kb_service.curation.drafting.proposed_entries import Proposals
from kb_service.curation.drafting.speech_types import Speech
from kb_service.curation.drafting.tokens import (
    Token,
    clause_ends,
    sentence_of,
    sentences,
    tokenize,
)
from kb_service.model import dates

DATES_CACHED = 4096  # (date, publication) pairs whose order is remembered: texts repeat them
_ONE_WORD = re.compile(r"\s*(?:\w+\s+)?")  # between a document's date and its verb (also said)


@dataclass
class PassageReading:
    """What the drafter read in one passage."""

    passage: Passage
    tokens: list[Token]
    mentions: list[Mention]  # the registry's entries
    dates: list[DateExpression]
    spans: list[tuple[int, int]]  # the passage's sentences
    speech: list[Speech] = field(default_factory=list)
    proposed: list[Mention] = field(default_factory=list)  # names the registry lacks
    published: str = ""  # the text's day: no words reported in it are spoken after it
    documents: frozenset[int] = frozenset()  # where the dates that name a document start

    # the lists `named` was sorted from, and the result (they may be replaced, not changed)
    _named: tuple[list[Mention], list[Mention], list[Mention]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def named(self) -> list[Mention]:
        """Return the registry's and the proposed mentions, in order (sorted once for the
        lists the reading holds: a later step may replace them)."""
        if not self.proposed:
            return self.mentions
        cached = self._named
        if cached is None or cached[0] is not self.mentions or cached[1] is not self.proposed:
            ordered = sorted([*self.mentions, *self.proposed], key=lambda m: m.first)
            cached = self._named = (self.mentions, self.proposed, ordered)
        return cached[2]

    def written(self, span: tuple[int, int]) -> list[DateExpression]:
        """Return the dates within a span (a sentence) but those that name a document the words
        recall (напомнив о заявлении от 9 ноября: the words are not of that day)."""
        return [
            d for d in self.dates if span[0] <= d.start < span[1] and d.start not in self.documents
        ]

    def spoken_on(self, span: tuple[int, int]) -> list[DateExpression]:
        """Return the dates within a span (a sentence) that words can be spoken on (written):
        not one open from a day on (rallies held since 11 November), nor a year alone (the year
        2020 the words look back on, a pledge of 2003), nor one after the publication
        (after_publication: a day ahead, a plan for 2021-2022, `this year`)."""
        return [
            d
            for d in self.written(span)
            if not d.since
            and len(d.edtf) != len("2020")
            and not after_publication(d.edtf, self.published)
        ]


class TextReader:
    """Reads the passages of one text in order, keeping what earlier passages named."""

    def __init__(self, entities: list[Entity], cues: Cues, published: str) -> None:
        self.cues = cues
        self.published = published
        by_id = {e.id: e for e in entities}
        self.gazetteer = Gazetteer(entities)
        self.near_names = spellings.Spellings(entities, other_names.OtherNames(by_id))
        self.by_place = conflict_names.conflicts_of_places(entities)
        self.unknown = Proposals(cues.language, by_id)
        self.aliases: list[spellings.Proposal] = []
        self.named: list[Entity] = []  # the actors named so far, in order
        self.capitals = capitals.actors_of(by_id)
        self.side_actors = authorities.sides_of(by_id, cues.language)
        self.sides = list(self.side_actors.values())[:2]  # who accuses each other, unnamed
        self.reporting = speech_words.load(cues).cues

    def read(self, passage: Passage) -> PassageReading:
        """Return what one passage names, dates and says."""
        tokens = tokenize(passage.text)
        language = self.cues.language
        mentions = unknown_names.outside_time_zones(self.gazetteer.find(tokens), tokens, language)
        proposed: list[Mention] = []
        if passage.not_content is None:  # names spelled otherwise than the registry has them
            mentions, near = self.near_names.find(tokens, mentions)  # and Artsakh, another name
            self.aliases += spellings.proposals(passage.text, passage.number, tokens, near)
            proposed = unknown_names.find(
                self.unknown, passage.number, passage.text, tokens, mentions
            )
            implied = conflict_names.named(tokens, mentions, self.by_place, language)
            mentions = sorted([*mentions, *implied], key=lambda m: m.first)
        found = date_expressions.find(passage.text, self.published)
        found = deadlines.with_deadlines(passage.text, found, self.published)
        spans = sentences(passage.text)
        reading = PassageReading(
            passage, tokens, mentions, found, spans, proposed=proposed, published=self.published
        )
        if passage.not_content is None:
            named = reading.named
            verbs = self.reporting.found(self.reporting.reporting, tokens)
            ends = clause_ends(passage.text, tokens)
            speaking = capitals.standing_in(tokens, named, self.cues, verbs, self.capitals, ends)
            speaking = authorities.with_authorities(tokens, speaking, self.cues, self.side_actors)
            spans = reading.spans
            reading.speech = speech.find(
                passage.text, tokens, speaking, spans, self.cues, self.named
            )
            actors = [m for m in speaking if m.entity.label == "Actor"]
            reading.speech = reciprocal.with_accusations(reading, actors, self.cues, self.sides)
            reading.documents = _recalled(reading, language)
            self.named += [m.entity for m in named if m.entity.label == "Actor"]
        return reading


def _recalled(reading: PassageReading, language: str) -> frozenset[int]:
    """Return where the dates start that name a document the words recall (document_dates.py),
    but not one its reporting verb follows right after (the statement of 8 December said,
    заявлением от 8 декабря сообщило): that document speaks, on its day."""
    rules, text = event_dates.rules(language), reading.passage.text
    return frozenset(
        d.start
        for d in reading.dates
        if names_document(rules.document_name, text, d, rules.document_frames)
        and not _subject_of(reading, d)
    )


def _subject_of(reading: PassageReading, date: DateExpression) -> bool:
    """Tell whether a reporting verb follows a date right after it, past one word at most, in
    its sentence (the statement of 8 December also said): the dated document is its subject."""
    text, sentence = reading.passage.text, sentence_of(reading.spans, date.start)
    return any(
        date.end <= s.cue_start < sentence[1]
        and _ONE_WORD.fullmatch(text[date.end : s.cue_start]) is not None
        for s in reading.speech
    )


@lru_cache(maxsize=DATES_CACHED)
def after_publication(date: str, published: str) -> bool:
    """Return whether a date starts after the publication's day, or is a year or a span that
    ends after it (`2021` in a text of 5 January 2021, a plan for 2021-2022; not `this month`,
    whose words may be of any day of it so far), when both are known."""
    try:
        found, day = dates.parse(date), dates.parse(published.rstrip("?~%")).earliest
    except dates.InvalidDate:
        return False
    if found.earliest is None or found.latest is None or day is None:
        return False
    long = len(date) == len("2021") or "/" in date
    return found.earliest > day or (long and found.latest > day)
