"""Whether a headline is a document's title, whose body then speaks for its issuers
(statement_context.py): it opens with the document's noun (Statement of the Ministry ...,
Заявление Министерства ..., بيان وزارة ...), or has it right after a topic of a few words
and a colon (Nagorno-Karabakh: Statement by the Spokesperson ...) or a name of any length and a
colon (الأمانة العامة لمنظمة التعاون الإسلامي: بيان بشأن ...), or right after its issuer
and a dash (وزارة الخارجية القطرية - بيان صحفي: ..., whose issuer alone speaks). Not a
rubric, the noun alone before the colon (Statement: Azerbaijan rejects ...), nor a speaker's
words on another's document (Ереван: Заявление Минобороны Азербайджана — ложь). A banner
before the body may name the document and its issuer instead (Amnesty International | Public
statement | London, 5 October 2020)."""

from __future__ import annotations

import re

from kb_service.curation.drafting.mentions import Mention, a_person
from kb_service.curation.drafting.passage_reading import PassageReading
from kb_service.curation.drafting.relays import outlet
from kb_service.curation.drafting.speech_words import SpeechWords
from kb_service.model import names

TITLE_NOUN = 4  # words of a document's noun, at most (Совместное заявление)
TOPIC_WORDS = 3  # words of a topic before a title's colon (Nagorno-Karabakh: Statement by ...)
SPEAKING_PLACES = frozenset({"city", "capital"})  # Ереван: ... (its state speaks)
OWNER_GAP = 2  # words between a document's noun and its issuer (Statement by the Ministry)
BANNER_REACH = 3  # passages of a text that may hold its banner (a headline's, the first)
# a banner's document nouns, whole (folded)
BANNER_NOUNS = frozenset(
    names.fold(n)
    for n in (
        *("statement", "public statement", "press statement", "joint statement", "press release"),
        "news release",
        *("заявление", "совместное заявление", "пресс-релиз"),
        *("بيان", "بيان صحفي", "بيان مشترك", "بيان رسمي"),
    )
)
NOT_ISSUERS = frozenset({"state"})  # an actor of these kinds is a channel's rubric in a banner
_DASH = re.compile(r"\s[-–—]\s")  # a dash between words, not a hyphen (Secretary-General)


def titled(reading: PassageReading, words: SpeechWords) -> bool:
    """Tell whether a passage is a document's title (see the module's docstring)."""
    colon = reading.passage.text.find(":")
    topic = sum(t.start < colon for t in reading.tokens)
    opening = _noun_at(reading, words, 0)
    if opening and opening != topic:  # not `Statement: Azerbaijan rejects ...`, a rubric
        return True
    topical = 0 < topic <= TOPIC_WORDS or _issuer_before(reading, topic)
    noun = _noun_at(reading, words, topic) if topical else 0
    if noun and not _spoken(reading, topic, topic + noun):
        return True
    return bool(dash_issuer(reading, words))


def _issuer_before(reading: PassageReading, colon: int) -> bool:
    """Tell whether the words before a headline's colon (tokens up to `colon`) are one name,
    however long (الأمانة العامة لمنظمة التعاون الإسلامي: بيان بشأن ...); the heading then takes
    its issuers among actors (statement_context.py)."""
    return any(m.first == 0 and m.last == colon - 1 for m in reading.named)


def _noun_at(reading: PassageReading, words: SpeechWords, at: int) -> int:
    """Return how many words the document's noun has that opens at token `at` (0: none)."""
    found = words.cues.found(words.documents, reading.tokens[at : at + TITLE_NOUN])
    return next((len(p.words) for k, p in found if k == 0), 0)


def _spoken(reading: PassageReading, topic: int, owner: int) -> bool:
    """Tell whether the words before a headline's colon name one who speaks of a document
    another issued (Ереван: Заявление Минобороны Азербайджана — ложь; Минобороны Армении:
    Заявление Баку — ложь): an actor, or a city that stands for its state, and one right after
    the document's noun (token `owner` on) that it is not (not `МИД России: Заявление о ...`,
    the issuer itself)."""
    named = [m for m in reading.named if _speaks(m)]
    before = {m.entity.id for m in named if m.first < topic}
    after = {m.entity.id for m in named if topic <= m.first <= owner + OWNER_GAP}
    return bool(before) and bool(after - before)


def _speaks(mention: Mention) -> bool:
    """Tell whether a name may speak: an actor, or a city that stands for its state (Ереван)."""
    return mention.entity.label == "Actor" or mention.entity.kind in SPEAKING_PLACES


def dash_issuer(reading: PassageReading, words: SpeechWords) -> Mention | None:
    """Return the issuer a headline names before a dash and its document's noun and a colon
    (وزارة الخارجية القطرية - بيان صحفي: ...): one actor, and no other word, before the dash;
    the noun's words, and no name, between it and the colon (not `X - Statement by Y: ...`)."""
    dash = _DASH.search(reading.passage.text)
    issuer = sum(t.start < dash.start() for t in reading.tokens) if dash else 0
    noun = _noun_at(reading, words, issuer)
    named = [m for m in reading.named if m.first < issuer]
    one = bool(named) and named[0].first == 0 and named[0].last == issuer - 1
    if not one or named[0].entity.label != "Actor" or not noun:
        return None
    colon = reading.passage.text.find(":")  # right after the noun's words, no name between:
    title = sum(colon > t.start >= reading.tokens[issuer].start for t in reading.tokens)
    another = any(issuer <= m.first and m.start < colon for m in reading.named)  # by Y: Y's
    return named[0] if noun <= title <= TITLE_NOUN and not another else None


def banner_issuer(readings: list[PassageReading]) -> tuple[Mention, str | None] | None:
    """Return the issuer a banner names, and the day it gives (Amnesty International | Public
    statement | London, 5 October 2020): a line of segments between bars among the text's
    first, not content, whose first two segments are the whole name of an institution the
    text's content names (not a state, a person or an outlet: a channel's rubric, a relay) and a
    document's noun alone (Заявление, بيان صحفي, News release | International Committee of the
    Red Cross; not Сообщения, Lavrov statement), in either order; its body then speaks for that
    institution."""
    institutions = {
        names.fold(r.passage.text[m.start : m.end]): m
        for r in readings
        if r.passage.not_content is None
        for m in r.named
        if m.entity.label == "Actor"
        and m.entity.kind not in NOT_ISSUERS
        and not a_person(m.entity)
        and not outlet(m.entity)
    }
    for reading in readings[:BANNER_REACH]:
        if reading.passage.not_content is None:
            continue
        segments = [names.fold(s.strip()) for s in reading.passage.text.split("|")]
        named = [institutions[s] for s in segments[:2] if s in institutions]
        if named and BANNER_NOUNS.intersection(segments[:2]):
            days = {str(d.edtf) for d in reading.dates}
            return named[0], next(iter(days)) if len(days) == 1 else None
    return None
