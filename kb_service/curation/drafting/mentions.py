"""Which registry entries a passage names: every name, alias and other name, matched word by
word as search matches them (folded, and in Arabic also without a proclitic, the article or
an enclitic), the longest name first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from kb_service.curation.drafting.tokens import Token
from kb_service.model import names

LABELS = {"actors": "Actor", "places": "Place", "conflicts": "Conflict"}


@dataclass(frozen=True)
class Entity:
    """A registry entry as the drafter knows it: id, label, English name, every name, and
    its kind (an actor's or a place's)."""

    id: str
    label: str
    name_en: str
    names: tuple[str, ...]
    kind: str | None = None


@dataclass(frozen=True)
class Mention:
    """A registry entry named in a passage: which words (token indexes) and which characters."""

    entity: Entity
    first: int
    last: int  # the index of the last token, inclusive
    start: int
    end: int


def entities_of_registry(data: Mapping[str, Any]) -> list[Entity]:
    """Return the entries of a schema-valid registry document."""
    found = []
    for section, label in LABELS.items():
        for item in data.get(section) or []:
            every = tuple(name for name, _ in names.of_entity(item))
            found.append(Entity(item["id"], label, item["names"]["en"], every, item.get("kind")))
    return found


def entities_of_rows(rows: Iterable[Mapping[str, Any]]) -> list[Entity]:
    """Return the entries the database holds (read.entities.registry_entries)."""
    return [
        Entity(
            row["id"],
            row["label"],
            (row["names"] or [row["id"]])[0],
            tuple(row["names"]),
            row["kind"],
        )
        for row in rows
    ]


class Gazetteer:
    """Every name of the registry, indexed by its first folded word."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: dict[str, Entity] = {}
        self._by_first: dict[str, list[tuple[tuple[str, ...], Entity]]] = defaultdict(list)
        for entity in entities:
            self.entities[entity.id] = entity
            for name in {tuple(names.words(n)) for n in entity.names}:
                if name:
                    for first in _forms(name[0]):
                        self._by_first[first].append((name, entity))

    def find(self, tokens: list[Token]) -> list[Mention]:
        """Return the mentions in a passage's tokens: where names overlap, the longest wins
        (جمهورية ناغورني قره باغ is the republic, not the region it contains)."""
        found: list[Mention] = []
        for at, token in enumerate(tokens):
            for form in token.forms:
                for words, entity in self._by_first.get(form, ()):
                    if _follows(words, tokens, at) and all(
                        m.entity.id != entity.id or m.first != at for m in found
                    ):
                        last = at + len(words) - 1
                        found.append(Mention(entity, at, last, token.start, tokens[last].end))
        found.sort(key=lambda m: (-(m.last - m.first), m.first))
        kept: list[Mention] = []
        for mention in found:
            clash = any(
                k.first <= mention.last
                and mention.first <= k.last
                and (k.last - k.first > mention.last - mention.first)
                for k in kept
            )
            same = any(k.entity.id == mention.entity.id and k.first == mention.first for k in kept)
            if not clash and not same:
                kept.append(mention)
        return sorted(kept, key=lambda m: m.first)


@cache
def _forms(word: str) -> frozenset[str]:
    """Return a name's word and, in Russian, its stems without a case ending (Россия and
    Россией meet at росси)."""
    if names.script(word) != "cyrillic":
        return frozenset((word,))
    return frozenset((word, *names.Forms.of(word).variants))


def _follows(words: tuple[str, ...], tokens: list[Token], at: int) -> bool:
    if at + len(words) > len(tokens):
        return False
    return all(_forms(word) & tokens[at + k].forms for k, word in enumerate(words[1:], start=1))
