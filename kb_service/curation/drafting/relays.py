"""Relays: the outlets through which words reach the text (`reported_via`), never their
speaker. An actor is a relay when its kind is an outlet's, or when a relay phrase of
relays.yaml stands right before its name, in its clause (`according to X`, как сообщает X,
نقلا عن X)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.tokens import Token, phrase_words

RULES_FILE = Path(__file__).with_name("relays.yaml")
_CLAUSE_MARK = re.compile(r"[,;:.،؛]")


@cache
def _rules(language: str) -> tuple[frozenset[str], tuple[Phrase, ...], int]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    phrases = [Phrase(phrase_words(p), "") for p in data["phrases"].get(language) or []]
    return frozenset(data["kinds"]), tuple(phrases), int(data["after"])


def outlet(entity: Entity) -> bool:
    """Return whether an entry is an outlet by its kind (a relay, never a party)."""
    return entity.kind in _rules("en")[0]


def relays(text: str, tokens: list[Token], mentions: list[Mention], language: str) -> set[int]:
    """Return the indexes (in `mentions`) of the actors a passage names as relays: of an
    outlet's kind, or the first actor named after a relay phrase, within `after` words and
    its clause (Как сообщает ТАСС, Лавров заявил: ТАСС relays, Лавров speaks)."""
    kinds, phrases, after = _rules(language)
    ends = sorted(
        at + n for at in range(len(tokens)) for p in phrases if (n := p.match(tokens, at))
    )
    actors = [i for i, m in enumerate(mentions) if m.entity.label == "Actor"]
    found = {i for i in actors if mentions[i].entity.kind in kinds}
    for end in ends:
        index = bisect_left(actors, end, key=lambda i: mentions[i].first)
        if index == len(actors) or end == 0:
            continue
        first = mentions[actors[index]]
        between = text[tokens[end - 1].end : first.start]
        if first.first - end <= after and not _CLAUSE_MARK.search(between):
            found.add(actors[index])
    return found
