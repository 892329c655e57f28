"""Landmarks named by a noun of a place within a city (unknown_names.yaml `landmarks`): the
Alley of Martyrs, Freedom Square, Аллея шехидов. Such a name is no actor's and is not proposed;
unknown_names.py skips its words."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.name_rules import RULES_FILE, at_phrase, phrases

if TYPE_CHECKING:
    from kb_service.curation.drafting.cues import Phrase
    from kb_service.curation.drafting.unknown_names import _Reader

GENITIVE_WORDS = 1  # words after a Russian landmark's noun (Аллея шехидов, Площадь Свободы)


@cache
def _nouns(language: str) -> tuple[Phrase, ...]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return phrases(data["landmarks"], language)


def landmark(reader: _Reader, at: int) -> int:
    """Return how many tokens the landmark's name at token `at` holds (0: none): its noun,
    capitalised, and the words of its name after it."""
    tokens = reader.tokens
    length = at_phrase(_nouns(reader.proposals.language), tokens, at)
    if not length or at in reader.taken or not tokens[at].text[0].isupper():
        return 0
    end = at + length
    if reader.proposals.language == "ru":
        named = end < len(tokens) and reader.joined(end) and end not in reader.taken
        return length + (GENITIVE_WORDS if named else 0)
    while end + 1 < len(tokens) and tokens[end].folded in reader.rule.connectors:
        if not (reader.joined(end) and reader.joined(end + 1) and reader.capital(end + 1)):
            break
        end += 2
    return end - at


def ends_run(reader: _Reader, last: int) -> bool:
    """Return whether a capitalised run ends in a landmark's noun (Freedom Square)."""
    tokens = reader.tokens
    return any(
        at_phrase(_nouns(reader.proposals.language), tokens, k) == last - k + 1
        for k in range(max(0, last - 1), last + 1)
    )
