"""Military units named by their number (unknown_names.yaml `military_units`): an ordinal
and up to three words that end in a unit's noun (Russia's 102nd military base, 15-й отдельной
мотострелковой бригады, 102-й военной базы), proposed as armed forces."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.name_rules import RULES_FILE, at_phrase
from kb_service.model import names

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

MAX_WORDS = 3  # words after the number, at most
ENGLISH_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
RUSSIAN_ENDINGS = frozenset({"й", "я", "го", "ой", "ая", "ого", "ую"})  # 102-й, 15-ой


@cache
def _nouns(language: str) -> tuple[Phrase, ...]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return tuple(
        Phrase((names.fold(str(w)),), "") for w in data["military_units"].get(language) or []
    )


def find(reader: _Reader) -> None:
    """Propose the units of the passage named by their number."""
    tokens, nouns = reader.tokens, _nouns(reader.proposals.language)
    for at in range(len(tokens)):
        start = _after_ordinal(reader, at)
        if not nouns or start is None:
            continue
        for last in range(start, min(start + MAX_WORDS, len(tokens))):
            if last in reader.taken or not reader.joined(last):
                break
            if at_phrase(nouns, tokens, last):
                reader.add(at, last, "armed-force")
                break


def _after_ordinal(reader: _Reader, at: int) -> int | None:
    """Return the token after the ordinal at token `at` (102nd, 102-й), if one is there."""
    tokens = reader.tokens
    if at in reader.taken or not tokens[at].text[:1].isdigit():
        return None
    if reader.proposals.language == "en":
        return at + 1 if ENGLISH_ORDINAL.fullmatch(tokens[at].text) else None
    ending = at + 1 < len(tokens) and tokens[at + 1].folded in RUSSIAN_ENDINGS
    if reader.proposals.language != "ru" or not ending or not tokens[at].text.isdigit():
        return None
    return at + 2 if reader.text[tokens[at].end : tokens[at + 1].start] == "-" else None
