"""A registry conflict named by a word and its place (`the conflict in Nagorno-Karabakh`):
the conflict whose name holds the name of a place the passage names, when a conflict word of
conflict_names.yaml stands next to it. The conflict of a whole text: the one it names, else
the one of the places it names (a text on Nagorno-Karabakh is on its conflict); and the sides
of a conflict that conflict_names.yaml gives."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.tokens import Token
from kb_service.model import names

WORDS_FILE = Path(__file__).with_name("conflict_names.yaml")


@cache
def _words(language: str) -> tuple[tuple[Phrase, ...], int]:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    phrases = tuple(Phrase((names.fold(str(w)),), "") for w in data["words"].get(language) or [])
    return phrases, int(data["near"])


def conflicts_of_places(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Return, by place id, the conflict one of whose names holds a name of the place."""
    entities = list(entities)
    conflicts = [e for e in entities if e.label == "Conflict"]
    found: dict[str, Entity] = {}
    for place in (e for e in entities if e.label == "Place"):
        for conflict in conflicts:
            if any(_holds(c, p) for c in conflict.names for p in place.names):
                found.setdefault(place.id, conflict)
    return found


def _holds(name: str, part: str) -> bool:
    words, inner = names.words(name), names.words(part)
    return 0 < len(inner) < len(words) and any(
        words[k : k + len(inner)] == inner for k in range(len(words) - len(inner) + 1)
    )


def named(
    tokens: list[Token], mentions: list[Mention], by_place: dict[str, Entity], language: str
) -> list[Mention]:
    """Return a mention of the conflict at each conflict word near a place it is named after."""
    phrases, near = _words(language)
    found = []
    places = [m for m in mentions if m.entity.id in by_place]
    taken = {at for m in mentions for at in range(m.first, m.last + 1)}
    for at, token in enumerate(tokens):
        if at in taken or not any(p.match(tokens, at) for p in phrases):
            continue
        place = next((m for m in places if abs(m.first - at) <= near + 1), None)
        if place is not None:
            found.append(Mention(by_place[place.entity.id], at, at, token.start, token.end))
    return found


def of_text(named: Iterable[Sequence[Mention]], by_place: dict[str, Entity]) -> str | None:
    """Return the id of the text's conflict: the one conflict its passages name, else the one
    conflict of the places they name, else the one conflict a side of which (conflict_names.yaml)
    they name (None when none, or when they name several)."""
    conflicts: set[str] = set()
    of_places: set[str] = set()
    actors: set[str] = set()
    for mentions in named:
        for mention in mentions:
            if mention.entity.label == "Conflict":
                conflicts.add(mention.entity.id)
            elif mention.entity.id in by_place:
                of_places.add(by_place[mention.entity.id].id)
            actors.add(mention.entity.id)
    found = conflicts or of_places
    if not found:  # a text that names a side of a conflict is on it
        data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
        found = {c for c, ids in (data.get("sides") or {}).items() if set(ids) & actors}
    return next(iter(found)) if len(found) == 1 else None


@cache
def sides(conflict: str) -> tuple[str, ...]:
    """Return the ids of a conflict's sides that conflict_names.yaml gives (none if it gives
    none)."""
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    return tuple(str(i) for i in (data.get("sides") or {}).get(conflict) or [])
