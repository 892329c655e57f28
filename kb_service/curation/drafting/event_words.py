"""Words and entities of a passage that the drafted events look at (event_drafting.py)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.speech_types import Speech
from kb_service.curation.drafting.tokens import COORDINATORS, QUOTE_PAIRS, Token, tokenize

if TYPE_CHECKING:
    from kb_service.curation.drafting.passage_reading import PassageReading

SAYING = frozenset({"claim", "report"})  # statement kinds whose verb only reports words
SOURCE_REACH = 2  # tokens after a source phrase where the source's name may start
COORDINATED_WORDS = 6  # words from one cue's start to the next they are coordinated with, at most
CLAUSE_MARKS = frozenset(",;:،؛")  # marks that end a clause within a sentence
HANDED_NEAR = 3  # words from a verb of handing over to the place it hands over, at most


def token_range(reading: PassageReading, sentence: tuple[int, int]) -> range:
    tokens = reading.tokens
    first = bisect_left(tokens, sentence[0], key=lambda t: t.start)
    return range(first, bisect_left(tokens, sentence[1], key=lambda t: t.start))


def words_of(reading: PassageReading, span: tuple[int, int]) -> list[Token]:
    words = token_range(reading, span)
    return list(reading.tokens[words.start : words.stop])


def unique(entities: Iterable[Entity]) -> list[Entity]:
    found: dict[str, Entity] = {}
    for entity in entities:
        found.setdefault(entity.id, entity)
    return list(found.values())


def after_sources(cues: Cues, sources: Sequence[Phrase], tokens: Sequence[Token]) -> set[int]:
    """Return the tokens where a name right after a source phrase may start (`according to
    the Kremlin`, по информации МИД России, بحسب): a source is no participant."""
    found = cues.found(list(sources), tokens)
    return {at + len(p.words) + k for at, p in found for k in range(SOURCE_REACH)}


def reported(reading: PassageReading, speech: Speech, cues: Cues) -> bool:
    """Return whether a speech reports words, not an act: a verb of saying (`said`), or
    words before the verb, or words that open with a complementiser or a quotation mark
    (`announced that`). `Armenia declared martial law` is an act of Armenia."""
    text = reading.passage.text
    if speech.kind in SAYING or speech.document or speech.end <= speech.cue_start:
        return True
    opening = text[speech.start : speech.start + 12].lstrip()
    first = next(iter(tokenize(opening)), None)
    return opening[:1] in QUOTE_PAIRS or (
        first is not None and first.folded in cues.complementisers
    )


def coordinated(text: str, cue: tuple[int, int], other: int) -> bool:
    """Return whether the cue at characters `cue` and another cue starting at character
    `other` are coordinated (`martial law and a general mobilisation on Sunday`, الأحكام
    العرفية والتعبئة, `военное положение и мобилизация`): they then share a date."""
    span = text[other : cue[0]] if other < cue[0] else text[cue[1] : other]
    words = span.split()
    if len(words) > COORDINATED_WORDS or (CLAUSE_MARKS | {"."}) & set(span):
        return False
    joined = any(w.lower() in COORDINATORS for w in words)  # и провести всеобщую мобилизацию
    if other < cue[0]:
        return joined or text[cue[0]] == "و"
    return joined or (not words and text[other] == "و")


def hands_a_place(
    reading: PassageReading,
    at: int,
    phrase: Phrase,
    handing: Sequence[Phrase],
    place: Callable[[Mention], bool],
) -> bool:
    """Tell whether a cue is no verb that hands over people as well as places (event_rules.yaml
    `handing`: передал Армении 44 человека), or a place is named within HANDED_NEAR words after
    it (передала Шушу Азербайджану)."""
    if phrase.clause or not any(h.match(reading.tokens, at) for h in handing):
        return True
    return any(place(m) and at < m.first <= at + HANDED_NEAR for m in reading.named)
