"""A side's authorities named by its nationality word (the Azerbaijani authorities, армянские
власти, السلطات الأذربيجانية; capitals.yaml `authorities`, statement_kinds.yaml `sides`): for
reading speech only, a mention of that side's registry actor, in the words' place (the text
names no actor there)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import yaml

from kb_service.curation.drafting import statement_kinds
from kb_service.curation.drafting.capitals import CAPITALS_FILE
from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.tokens import Token, phrase_words

NOUN_FIRST = frozenset({"ar"})  # languages that put the nationality word after the noun


@cache
def _words(language: str) -> list[Phrase]:
    data = yaml.safe_load(CAPITALS_FILE.read_text(encoding="utf-8"))
    return [Phrase(phrase_words(p), "authorities") for p in data["authorities"].get(language) or []]


def sides_of(entities: Mapping[str, Entity], language: str) -> dict[str, Entity]:
    """Return the registry actor of each side (statement_kinds.yaml `sides`), by its id."""
    return {
        side: entities[side]
        for side in statement_kinds.load(language).side_names
        if side in entities and entities[side].label == "Actor"
    }


def with_authorities(
    tokens: Sequence[Token], mentions: list[Mention], cues: Cues, sides: Mapping[str, Entity]
) -> list[Mention]:
    """Return the mentions with a mention of a side's actor for each of its authorities (see
    the module's docstring), in order."""
    if not sides:
        return mentions
    listed = list(tokens)
    nouns = {at: len(p.words) for at, p in cues.found(_words(cues.language), listed)}
    ending = {at + n: at for at, n in nouns.items()}  # where the token after a noun is
    named = {k for m in mentions for k in range(m.first, m.last + 1)}
    found = []
    for at, phrase in cues.found(statement_kinds.load(cues.language).sides, listed):
        last = at + len(phrase.words) - 1
        noun = ending.get(at)
        if cues.language not in NOUN_FIRST:
            noun = last + 1 if last + 1 in nouns else None
        if noun is None or phrase.term not in sides or named & {at, last, noun}:
            continue
        first, end = min(at, noun), max(last, noun + nouns[noun] - 1)
        found.append(Mention(sides[phrase.term], first, end, listed[first].start, listed[end].end))
    return sorted([*mentions, *found], key=lambda m: m.first) if found else mentions
