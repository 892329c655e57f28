"""A capital that speaks for its side's authorities (capitals.yaml): `Officials in Stepanakert
say`, `официальный Баку`, `السلطات في يريفان` (an officials' word right before it, or in English
right after it: `Karabakh officials`; `سلطات الإقليم`, the region's, names no city); `Baku
said`, `أعلنت باكو`, `Баку заявил` (a reporting verb right next to it, the city not after a
preposition); `Ереван свою причастность отрицает.` (the city opens a clause that a reporting
verb ends); `в Баку заявили`, `В Ереване заявили`, `وفي يريفان، قالوا` (a subjectless
plural past next to the city and its preposition, or past a comma after it). For reading
speech only, such a capital is a mention of the actor it stands for, in its place; the passage
still names the city."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.tokens import Token, phrase_words
from kb_service.model import names

CAPITALS_FILE = Path(__file__).with_name("capitals.yaml")
SUBJECTLESS = {"ru": ("ли",), "ar": ("وا",)}  # a verb without a subject (в Баку заявили, قالوا)


@dataclass(frozen=True)
class CapitalWords:
    """One language's officials' words and prepositions, and the capitals' actors."""

    officials: list[Phrase]
    prepositions: frozenset[str]
    capitals: Mapping[str, str]  # a capital's id, the actor's it stands for
    officials_after: list[Phrase]  # Karabakh officials, Stepanakert's authorities
    regions: list[Phrase]  # the term: the region's id (سلطات الإقليم: the region's authorities)


@cache
def _load(language: str) -> CapitalWords:
    data = yaml.safe_load(CAPITALS_FILE.read_text(encoding="utf-8"))

    def phrases(key: str, term: str) -> list[Phrase]:
        written = data[key].get(language) or []
        return [Phrase(phrase_words(p), term) for p in written]

    prepositions = frozenset(names.fold(w) for w in data["prepositions"].get(language) or [])
    region = str(data["region_words"]["region"])
    return CapitalWords(
        phrases("officials", "officials"),
        prepositions,
        dict(data["capitals"]),
        phrases("officials_after", "officials"),
        phrases("region_words", region),
    )


@cache
def capital_ids() -> frozenset[str]:
    """Return the ids of the capitals capitals.yaml lists."""
    return frozenset(_load("en").capitals)


def actors_of(entities: Mapping[str, Entity]) -> dict[str, Entity]:
    """Return, by capital id, the registry actor each capital stands for: a capital of the
    registry, or one proposed under that id (Moscow said, where the registry lacks Moscow)."""
    by_id = _load("en").capitals
    return {
        city: entities[actor]
        for city, actor in by_id.items()
        if actor in entities and entities[actor].label == "Actor"
    }


def standing_in(
    tokens: Sequence[Token],
    mentions: list[Mention],
    cues: Cues,
    verbs: Sequence[tuple[int, Phrase]],
    actors: Mapping[str, Entity],
    clause_ends: Sequence[int] = (),
) -> list[Mention]:
    """Return the mentions with each capital that speaks (see the module's docstring) as the
    actor it stands for. `clause_ends` are the tokens a clause ends with, in order."""
    if not actors:
        return mentions
    words = _load(cues.language)
    officials = _officials(tokens, cues, words)
    verb_starts = {at for at, _ in verbs}
    verb_ends = {at + len(p.words) - 1: at for at, p in verbs}
    endings = SUBJECTLESS.get(cues.language, ())

    def subjectless(verb: int | None) -> bool:
        return verb is not None and bool(endings) and tokens[verb].folded.endswith(endings)

    def speaks(m: Mention) -> bool:
        opening = _opens_clause_a_verb_ends(m, clause_ends, verb_ends)
        if opening or _of_officials(m, tokens, officials):
            return True
        after = m.last + 1 if m.last + 1 in verb_starts else None
        if after is not None and tokens[after].start - tokens[m.last].end > 1:
            # past a comma, a verb without a subject (وفي يريفان، قالوا), no participle (saying)
            after = after if subjectless(after) else None
        if m.first > 0 and tokens[m.first - 1].folded in words.prepositions:
            # `в Ереване заявили`, `заявили в Баку`; not `In Yerevan, X said`
            return subjectless(after) or subjectless(verb_ends.get(m.first - 2))
        return after is not None or m.first - 1 in verb_ends  # `Baku said`, `أعلنت باكو`

    speaking = [
        replace(m, entity=actors[m.entity.id]) if m.entity.id in actors and speaks(m) else m
        for m in mentions
    ]
    found = [*speaking, *_regions(tokens, cues, words, officials[0], actors)]
    return sorted(found, key=lambda m: m.first)


def _officials(
    tokens: Sequence[Token], cues: Cues, words: CapitalWords
) -> tuple[set[int], set[int]]:
    """Return where the officials' words before a name end, and where those after one begin."""
    before = {at + len(p.words) for at, p in cues.found(words.officials, list(tokens))}
    return before, {at for at, _ in cues.found(words.officials_after, list(tokens))}


def _of_officials(
    mention: Mention, tokens: Sequence[Token], officials: tuple[set[int], set[int]]
) -> bool:
    """Tell whether an officials' word stands right before a name, or right after it, past a
    possessive (Karabakh officials, Stepanakert's authorities)."""
    possessive = mention.last + 1 < len(tokens) and tokens[mention.last + 1].text == "s"
    return mention.first in officials[0] or mention.last + 1 + possessive in officials[1]


def _regions(
    tokens: Sequence[Token],
    cues: Cues,
    words: CapitalWords,
    officials_end: set[int],
    actors: Mapping[str, Entity],
) -> list[Mention]:
    """Return each word for the region after an officials' word (سلطات الإقليم, the region's
    authorities) as a mention of the actor the region stands for."""
    found = []
    for at, phrase in cues.found(words.regions, list(tokens)):
        last = at + len(phrase.words) - 1
        if at in officials_end and phrase.term in actors:
            entity = actors[phrase.term]
            found.append(Mention(entity, at, last, tokens[at].start, tokens[last].end))
    return found


def _opens_clause_a_verb_ends(
    mention: Mention, clause_ends: Sequence[int], verb_ends: Mapping[int, int]
) -> bool:
    """Tell whether a name opens a clause whose last word ends a reporting verb (`Ереван свою
    причастность отрицает.`). The clause ends are looked up by bisection."""
    before = bisect_left(clause_ends, mention.first - 1)
    opens = before < len(clause_ends) and clause_ends[before] == mention.first - 1
    if mention.first > 0 and not opens:
        return False
    index = bisect_left(clause_ends, mention.last)
    return index < len(clause_ends) and clause_ends[index] in verb_ends
