"""Relays: the outlets through which words reach the text (`reported_via`), never their
speaker. An actor is a relay when its kind is an outlet's, or when a relay phrase of
relays.yaml stands right before its name (`according to X`, как сообщает X, نقلا عن X)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.tokens import Token
from kb_service.model import names

RULES_FILE = Path(__file__).with_name("relays.yaml")


@cache
def _rules(language: str) -> tuple[frozenset[str], tuple[Phrase, ...], int]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    phrases = [
        Phrase(tuple(names.fold(w) for w in str(p).split()), "")
        for p in data["phrases"].get(language) or []
    ]
    return frozenset(data["kinds"]), tuple(phrases), int(data["after"])


def outlet(entity: Entity) -> bool:
    """Return whether an entry is an outlet by its kind (a relay, never a party)."""
    return entity.kind in _rules("en")[0]


def relays(tokens: list[Token], mentions: list[Mention], language: str) -> set[int]:
    """Return the indexes (in `mentions`) of the actors a passage names as relays."""
    kinds, phrases, after = _rules(language)
    ends = sorted(
        at + n for at in range(len(tokens)) for p in phrases if (n := p.match(tokens, at))
    )
    found = set()
    for index, mention in enumerate(mentions):
        if mention.entity.label != "Actor":
            continue
        if mention.entity.kind in kinds or any(0 <= mention.first - end <= after for end in ends):
            found.add(index)
    return found
