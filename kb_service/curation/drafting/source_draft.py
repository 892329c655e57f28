"""`kb draft`: a first curated file for a text, from its own words and the registry.

The draft numbers the passages as ingest does and marks the likely non-content ones; lists
the registry entries each passage names and the dates it writes; drafts a statement wherever
a reporting verb introduces speech, and an event wherever a cue word of an event type meets a
dated passage that names actors. Every drafted item carries `review: draft`, which ingestion
refuses until a curator has checked the item and removed the mark. No model or data is
downloaded: the cues are in cues.yaml, the names in the registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Required, TypedDict, Unpack

from kb_service.curation.drafting import (
    conflict_names,
    deadlines,
    event_drafting,
    known_names,
    spellings,
    statement_context,
)
from kb_service.curation.drafting import cues as cue_words
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.passage_reading import PassageReading, TextReader
from kb_service.curation.drafting.passages import passages
from kb_service.curation.drafting.tokens import bounded, sentence_of
from kb_service.curation.vocabulary import Vocabulary

REVIEW = "draft"  # the mark every drafted item carries
MAX_ID = 120


class NoPublicationDate(ValueError):
    """No publication date was given, and the text writes none to read it from."""


@dataclass
class Draft:
    """A drafted source: what was read in each passage, and the curated document."""

    readings: list[PassageReading]
    document: dict[str, Any]
    proposals: list[spellings.Proposal] = field(default_factory=list)  # aliases to add

    @property
    def non_content(self) -> list[int]:
        """Return the numbers of the likely non-content passages."""
        return [r.passage.number for r in self.readings if r.passage.not_content]


def guess_language(text: str) -> str:
    """Return ar, ru or en: the script most of the text's letters are written in."""
    counts = {"ar": 0, "ru": 0, "en": 0}
    for char in text:
        if "\u0600" <= char <= "\u06ff":
            counts["ar"] += 1
        elif "\u0400" <= char <= "\u04ff":
            counts["ru"] += 1
        elif char.isascii() and char.isalpha():
            counts["en"] += 1
    return max(counts, key=lambda k: counts[k])


class SourceFields(TypedDict, total=False):
    """What a draft is told about its source, besides the text: as keywords of `draft`."""

    source_id: Required[str]
    publisher: Required[str]
    language: str | None  # else read from the text's script
    published: str | None  # else read from the text's first full date
    text_file: str | None  # the text's file name, written instead of the text


@dataclass(frozen=True)
class SourceFacts:
    """The source's metadata a draft writes: its id, publisher, language, date, text file."""

    source_id: str
    publisher: str
    language: str | None = None
    published: str | None = None
    text_file: str | None = None


def draft(
    text: str, *, entities: Iterable[Entity], vocabulary: Vocabulary, **source: Unpack[SourceFields]
) -> Draft:
    """Draft the curated source of `text`. Without `language` or `published`, they are read
    from the text (its script; its first full date, a dateline)."""
    facts = SourceFacts(**source)
    language = facts.language or guess_language(text)
    cues = cue_words.load(language)
    numbered = passages(text, cues)
    published = facts.published
    if published is None:
        published = deadlines.publication_date([p.text for p in numbered])
    if published is None:
        raise NoPublicationDate(
            "no publication date: give one (the text has no full date to read it from)"
        )
    reader = TextReader(list(entities), cues, published)
    readings = [reader.read(passage) for passage in numbered]
    known_names.again(readings, reader.unknown)  # a name proposed later, in earlier passages
    statement_context.settle(readings, cues.language, published)  # and documents' points
    builder = _Builder(facts.source_id, language, published, readings, cues, vocabulary)
    builder.only_conflict = conflict_names.of_text((r.mentions for r in readings), reader.by_place)
    found = replace(facts, language=language, published=published)
    return _drafted(text, found, readings, builder, reader)


def _drafted(
    text: str,
    facts: SourceFacts,
    readings: list[PassageReading],
    builder: _Builder,
    reader: TextReader,
) -> Draft:
    document: dict[str, Any] = {
        "kind": "source",
        "id": facts.source_id,
        "title": _title(readings),
        "publisher": facts.publisher,
        "published": facts.published,
        "language": facts.language,
    }
    document["text_file" if facts.text_file else "text"] = facts.text_file or text
    document["non_content"] = [r.passage.number for r in readings if r.passage.not_content]
    document["events"] = event_drafting.drafted(builder, reader.gazetteer.entities)
    document["statements"] = builder.statements()
    if reader.unknown.entities:  # ingest refuses the key until they are moved into the registry
        document["proposed_entries"] = reader.unknown.entries()
    proposals = spellings.unique(reader.aliases)
    if proposals:  # ingest refuses the key until they are moved into the registry
        document["proposed_aliases"] = [proposal.item() for proposal in proposals]
    return Draft(readings, document, proposals)


def _title(readings: list[PassageReading]) -> str:
    for reading in readings:
        if reading.passage.not_content is None:
            return reading.passage.text[:1000]
    return "untitled"


class _Builder:
    def __init__(
        self,
        source_id: str,
        language: str,
        published: str,
        readings: list[PassageReading],
        cues: cue_words.Cues,
        vocabulary: Vocabulary,
    ) -> None:
        self.source_id = source_id
        self.language = language
        self.published = published
        self.readings = [r for r in readings if r.passage.not_content is None]
        self.cues = cues
        self.vocabulary = vocabulary
        self.ids: set[str] = set()
        conflicts = {
            m.entity.id for r in self.readings for m in r.mentions if m.entity.label == "Conflict"
        }
        self.only_conflict = next(iter(conflicts)) if len(conflicts) == 1 else None

    def new_id(self, *parts: str) -> str:
        base = "-".join([self.source_id, *parts])[: MAX_ID - 4].strip("-")
        ident, n = base, 2
        while ident in self.ids:
            ident, n = f"{base}-{n}", n + 1
        self.ids.add(ident)
        return ident

    def undated(self) -> str:
        return self.published if self.published.endswith(("?", "~", "%")) else f"{self.published}?"

    def conflict(self, mentions: list[Mention]) -> str | None:
        named = [m.entity.id for m in mentions if m.entity.label == "Conflict"]
        return named[0] if named else self.only_conflict

    def evidence(self, reading: PassageReading, at: int) -> dict[str, Any]:
        # The sentence that holds character `at`; of a long one, the clauses around it.
        text = reading.passage.text
        start, end = bounded(text, sentence_of(reading.spans, at), at)
        return {"passage": reading.passage.number, "quote": text[start:end]}

    def statements(self) -> list[dict[str, Any]]:
        known = set(self.vocabulary.terms["statement_kinds"])
        items = []
        for reading in self.readings:
            text = reading.passage.text
            for found in reading.speech:
                if found.kind not in known:
                    continue
                quote = text[found.start : found.end]
                sentence = sentence_of(reading.spans, found.cue_start)
                dated = reading.spoken_on(sentence)
                item: dict[str, Any] = {
                    "id": self.new_id(f"p{reading.passage.number}", found.kind),
                    "review": "draft",
                    "kind": found.kind,
                    "speakers": _ids(m.entity for m in found.speakers),
                }
                if found.via:
                    item["reported_via"] = _ids(m.entity for m in found.via)
                if found.about:
                    item["about"] = _ids(m.entity for m in found.about)
                conflict = self.conflict(reading.mentions)
                if conflict:
                    item["conflict"] = conflict
                item["date"] = found.date or (dated[0].edtf if dated else self.undated())
                item["language"] = self.language
                item["quote"] = quote
                item["text_en"] = quote if self.language == "en" else f"(to translate) {quote}"
                item["evidence"] = [self.evidence(reading, found.cue_start)]
                items.append(item)
        return items


def _unique(entities: Iterable[Entity]) -> list[Entity]:
    found: dict[str, Entity] = {}
    for entity in entities:
        found.setdefault(entity.id, entity)
    return list(found.values())


def _ids(entities: Iterable[Entity]) -> list[str]:
    return [e.id for e in _unique(entities)]


def slug(text: str) -> str:
    """Return a kebab-case id made from a file name."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "source"
