"""The two sides accusing each other (reported_speech.yaml `reciprocal`: each blaming the
other, обвинили друг друга, تبادلا الاتهامات; in Arabic also its verb and object apart,
`reciprocal_pairs`): one accusation spoken by both. Its words run from the phrase to the end of
its sentence; its speakers are the last two states the sentence names before the phrase ends (in
Arabic, between its verb and its object), else the registry's first two warring sides
(statement_kinds.yaml `sides`, as authorities.sides_of finds them). A reporting verb inside
the phrase (each side said) drafts nothing else."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.cues import Cues, Pair, Phrase
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.ministry_names import STATE_KINDS
from kb_service.curation.drafting.speech import MAX_STATEMENTS
from kb_service.curation.drafting.speech_types import Speech
from kb_service.curation.drafting.speech_words import WORDS_FILE
from kb_service.curation.drafting.tokens import Token, phrase_words, sentence_of
from kb_service.curation.drafting.wording import Span, trimmed

if TYPE_CHECKING:
    from kb_service.curation.drafting.passage_reading import PassageReading

ACCUSATION = "accusation"


@cache
def _phrases(language: str) -> tuple[list[Phrase], list[Pair]]:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))

    def phrases(listed: list[str]) -> tuple[Phrase, ...]:
        return tuple(Phrase(phrase_words(p), ACCUSATION) for p in listed)

    pairs = data["reciprocal_pairs"]
    lists = pairs.get(language) or []
    found = []
    if lists:
        first, second = phrases(lists[0]), phrases(lists[1])
        found.append(Pair(ACCUSATION, first, second, int(pairs["near"]), ordered=True))
    return list(phrases(data["reciprocal"].get(language) or [])), found


def _found(cues: Cues, tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Return the (first, last) tokens of each phrase or pair found."""
    phrases, pairs = _phrases(cues.language)
    found = [(at, at + len(p.words) - 1) for at, p in cues.found(phrases, tokens)]
    found += [span for pair in pairs for span in pair.found(cues, tokens, text)]
    return sorted(found)


def with_accusations(
    reading: PassageReading, actors: list[Mention], cues: Cues, sides: list[Entity]
) -> list[Speech]:
    """Return the passage's statements with its mutual accusations (see the module's
    docstring), in place of what a verb inside one drafted; at most MAX_STATEMENTS, as
    speech.py drafts a passage."""
    text, tokens, spans, found = reading.passage.text, reading.tokens, reading.spans, reading.speech
    for first, last in _found(cues, tokens, text):
        start, cue_end = tokens[first].start, tokens[last].end
        sentence = sentence_of(spans, start)
        words = trimmed(text, start, sentence[1])
        speakers = _both(actors, sentence, cue_end, sides)
        if words is not None and speakers:
            mutual = Speech("accusation", start, cue_end, *words, speakers, ())
            kept = [s for s in found if not start <= s.cue_start < words[1]]
            found = sorted([*kept, mutual], key=lambda s: s.cue_start)[:MAX_STATEMENTS]
    return found


def _both(
    actors: list[Mention], sentence: Span, before: int, sides: list[Entity]
) -> tuple[Mention, ...]:
    states: dict[str, Mention] = {}  # by the place each state is named last, in order
    for m in actors:  # in the order of the passage
        if m.entity.kind in STATE_KINDS and sentence[0] <= m.start < before:
            states.pop(m.entity.id, None)
            states[m.entity.id] = m
    if len(states) >= 2:
        return tuple(states.values())[-2:]  # the two sides: the last two states named
    if len(sides) < 2:
        return ()
    return tuple(Mention(e, -1, -1, -1, -1) for e in sides)  # named nowhere in the passage
