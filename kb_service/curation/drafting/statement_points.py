"""The numbered points of a document as statements (rules in statement_points.yaml): after a
passage that names a joint statement and actors, or one whose actors issue a document
(`X declares the following:`, وتعلن ما يلي, сообщает следующее), each passage that opens with
a point (`1. `, أولا:, Во-первых,) is a statement of those actors, its words the passage
after the point (its first sentence, when a later sentence drafts a statement of its own: `The
Prosecutor General's Office reports ...`), unless the point is itself a statement the passage
drafts (`2. The Ministry calls on ...`); and what a later passage says `the statement says`
they say. Read passage by passage as statement_context.py settles the text's statements."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.passage_reading import PassageReading
from kb_service.curation.drafting.relays import outlet
from kb_service.curation.drafting.speech import Speech
from kb_service.curation.drafting.tokens import phrase_words, sentence_of
from kb_service.curation.drafting.wording import trimmed
from kb_service.model import names

RULES_FILE = Path(__file__).with_name("statement_points.yaml")


@cache
def _rules(language: str) -> tuple[tuple[Phrase, ...], re.Pattern[str], str]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    headings = tuple(Phrase(phrase_words(h), "") for h in data["headings"].get(language) or [])
    return headings, re.compile(str(data["point"])), str(data["kind"])


def opens_point(text: str, language: str) -> bool:
    """Return whether a passage opens with a numbered point (`1. `, أولا:, Во-первых,)."""
    return _rules(language)[1].match(text) is not None


@dataclass
class Points:
    """Whose points the passages read so far open: a joint statement's actors, or the
    issuers of a document (its points are then the document's words, settled as such)."""

    issuers: tuple[Mention, ...] = ()
    document: bool = False


def read(
    reading: PassageReading,
    points: Points,
    issuers: tuple[Mention, ...],
    language: str,
    *,
    declared: bool = False,
) -> None:
    """Add a statement to a point that follows a joint statement's passage, or a passage
    that issues a document; of another passage, give its document's words (`the statement
    says`) to the joint statement's signers, and learn whose points follow (`issuers`: those
    of the last document the passage issues; `declared`: it says `the following`, so its
    points are its issuers' even where it names a joint statement as their ground: على أثر
    البيان المشترك ..., تعلن الوزارة ما يلي)."""
    headings, point, kind = _rules(language)
    text = reading.passage.text
    opened = point.match(text)
    if opened is None:
        _learn(reading, points, issuers, headings, declared=declared)
        return
    start = opened.end()
    first = sentence_of(reading.spans, start)[1]
    if points.document:  # `5. Azerbaijan calls on ...` in its ministry's document: the issuers
        reading.speech = [_for_issuers(s, points.issuers, text) for s in reading.speech]
    if any(s.start <= start < s.end or s.cue_start < first for s in reading.speech):
        return  # the point is itself a statement the passage drafts (the ministry calls ...)
    end = first if reading.speech else len(text)  # a later sentence speaks for another
    words = trimmed(text, start, end)
    if points.issuers and words is not None:
        said = Speech(kind, start, start, *words, points.issuers, (), document=points.document)
        reading.speech = sorted([*reading.speech, said], key=lambda s: s.cue_start)


def _learn(
    reading: PassageReading,
    points: Points,
    issuers: tuple[Mention, ...],
    headings: tuple[Phrase, ...],
    *,
    declared: bool,
) -> None:
    """Of a passage that is no point: give its document's words to the joint statement's
    signers, and learn whose points follow it (see `read`)."""
    tokens = reading.tokens
    if points.issuers:  # `the statement says`: the joint statement's signers speak
        reading.speech = [
            replace(s, speakers=points.issuers) if s.document else s for s in reading.speech
        ]
    if declared and issuers:
        points.issuers, points.document = issuers, True
    elif any(p.match(tokens, at) for at in range(len(tokens)) for p in headings):
        points.issuers = tuple(
            m for m in reading.named if m.entity.label == "Actor" and not outlet(m.entity)
        )
        points.document = False
    elif issuers:
        points.issuers, points.document = issuers, True


def _for_issuers(speech: Speech, issuers: tuple[Mention, ...], text: str) -> Speech:
    """Return a point's statement spoken by the issuers where its speakers are the state
    an issuer belongs to (a name of the issuer holds one of theirs: Azerbaijan, for the
    Ministry of Foreign Affairs of Azerbaijan; أذربيجان, for إدارة رئيس جمهورية أذربيجان), or
    are designated by a word of an issuer's kind (يدعو المجلس, the ministry calls: the
    issuer, not the body of that kind the text named last)."""
    owners = [f" {names.fold(n)} " for m in issuers for n in (m.entity.name_en, *m.entity.names)]
    ids, kinds = {m.entity.id for m in issuers}, {m.entity.kind for m in issuers}

    def owned(speaker: Mention) -> bool:
        spelled = {names.fold(n) for n in (speaker.entity.name_en, *speaker.entity.names)}
        if speaker.entity.id in ids:
            return False
        written = names.fold(text[speaker.start : speaker.end])
        designated = written not in spelled and speaker.entity.kind in kinds
        return designated or any(f" {s} " in o for s in spelled for o in owners)

    if speech.speakers and all(owned(s) for s in speech.speakers):
        return replace(speech, speakers=issuers)
    return speech
