"""Which registry entries a passage names: every name, alias and other name, matched word by
word as search matches them (folded, and in Arabic also without a proclitic, the article or
an enclitic), the longest name first. An Arabic name of three definite words is also named
without its middle one (القوات الأرمينية)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any

from kb_service.curation.drafting import budget
from kb_service.curation.drafting.cues import Cues
from kb_service.curation.drafting.tokens import Token
from kb_service.model import names

LABELS = {"actors": "Actor", "places": "Place", "conflicts": "Conflict"}
SURNAME_MIN = 4  # letters of a surname that names a person alone, at least
# Russian adjectives' endings in a name's nominative (Минская группа, Нагорный Карабах)
ADJECTIVE_ENDINGS = ("ая", "ый", "ий", "ой", "ое", "ее", "ые", "ие")
ADJECTIVE_STEM_MIN = 4  # letters of an adjective's stem, at least
LOOKBACK = 1000  # actors named in earlier passages that a designator may stand for, at most


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
            found.append(
                Entity(
                    item["id"], label, item["names"].get("en", item["id"]), every, item.get("kind")
                )
            )
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
        entities = list(entities)
        surnames = _surnames(entities)
        for entity in entities:
            self.entities[entity.id] = entity
            every = {tuple(names.words(n)) for n in entity.names} | _short(entity.names)
            for name in every | surnames.get(entity.id, set()):
                if name:
                    for first in _forms(name[0]):
                        self._by_first[first].append((name, entity))

    def find(self, tokens: list[Token]) -> list[Mention]:
        """Return the mentions in a passage's tokens: where names overlap, the longest wins
        (جمهورية ناغورني قره باغ is the republic, not the region it contains)."""
        budget.check()
        # One mention of an entry per first word: its longest name there. (The forms of a
        # word are a set, whose order changes from one process to the next.)
        found: dict[tuple[str, int], Mention] = {}
        for at, token in enumerate(tokens):
            for form in token.forms:
                for words, entity in self._by_first.get(form, ()):
                    last = at + len(words) - 1
                    known = found.get((entity.id, at))
                    if (known is None or known.last < last) and _follows(words, tokens, at):
                        found[entity.id, at] = Mention(
                            entity, at, last, token.start, tokens[last].end
                        )
        return _longest(list(found.values()), len(tokens))


def _surnames(entities: list[Entity]) -> dict[str, set[tuple[str, ...]]]:
    """Return each person's surnames (the last word of a name of two words or more, in every
    language the registry writes it): news name a person so (Мнацаканян for Зограб
    Мнацаканян). A surname that two entries share, or that is another entry's name or one of
    its words, names no one alone."""
    found: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for name in entity.names:
            words = names.words(name)
            for word in words[:-1] if entity.kind == "person" else words:
                owners[word].add(entity.id)  # a word of another entry's name
            if entity.kind == "person" and len(words) > 1 and len(words[-1]) >= SURNAME_MIN:
                found[entity.id].add((words[-1],))
                owners[words[-1]].add(entity.id)
    return {
        ident: {s for s in surnames if owners[s[0]] == {ident}} for ident, surnames in found.items()
    }


def _short(written: Iterable[str]) -> set[tuple[str, ...]]:
    """Return the Arabic names of three words without the definite adjective in the middle
    (القوات الأرمينية for القوات المسلحة الأرمينية): news write them so."""
    found: set[tuple[str, ...]] = set()
    for name in written:
        words = tuple(names.words(name))
        arabic = len(words) == 3 and names.script(words[0]) == "arabic"
        if arabic and all(w.startswith("ال") for w in words):
            found.add((words[0], words[2]))
    return found


def _longest(found: list[Mention], length: int) -> list[Mention]:
    """Return the mentions that no longer mention overlaps, in order. Mentions are taken by
    length, longest first; a token a kept mention covers is marked, so that a shorter one
    is checked against its own tokens only (names are a few words: linear in the passage)."""
    kept: list[Mention] = []
    covered = bytearray(length)  # 1: a kept mention longer than the ones being taken covers it
    found.sort(key=lambda m: (-(m.last - m.first), m.first))
    group: list[Mention] = []  # the kept mentions of the length being taken
    for mention in found:
        if group and group[0].last - group[0].first != mention.last - mention.first:
            for taken in group:
                covered[taken.first : taken.last + 1] = b"\x01" * (taken.last - taken.first + 1)
            group = []
        if not any(covered[mention.first : mention.last + 1]):
            kept.append(mention)
            group.append(mention)
    return sorted(kept, key=lambda m: m.first)


def overlap(one: Mention, other: Mention) -> bool:
    """Tell whether two mentions share a word."""
    return one.first <= other.last and other.first <= one.last


def by_its_name(mention: Mention, token: Token) -> bool:
    """Tell whether a mention's first word (`token`) is one of its entry's own names' first
    words, not a word that stands in for it (Baku, officials in Baku for Azerbaijan)."""
    firsts = (names.words(n)[:1] for n in mention.entity.names)
    return any(token.forms & _forms(first[0]) for first in firsts if first)


@cache
def _forms(word: str) -> frozenset[str]:
    """Return a name's word and, in Russian, its stems without a case ending (Россия and
    Россией meet at росси), an adjective's without its ending too (Минская and Минской meet
    at минск)."""
    if names.script(word) != "cyrillic":
        return frozenset((word,))
    adjective = next((word[: -len(e)] for e in ADJECTIVE_ENDINGS if word.endswith(e)), None)
    stem = (adjective,) if adjective and len(adjective) >= ADJECTIVE_STEM_MIN else ()
    return frozenset((word, *names.Forms.of(word).variants, *stem))


def _follows(words: tuple[str, ...], tokens: list[Token], at: int) -> bool:
    if at + len(words) > len(tokens):
        return False
    return all(_forms(word) & tokens[at + k].forms for k, word in enumerate(words[1:], start=1))


def designated(
    tokens: list[Token],
    mentions: list[Mention],
    cues: Cues,
    named_before: Sequence[Entity],
    in_names: set[int],
    oblique: tuple[str, ...] = (),
) -> list[Mention]:
    """Return each designator of the passage as a mention of the actor it stands for: the
    last actor of its kind named before it (in this passage, else in the text before), but
    not one whose name ends in an `oblique` ending (с Владимиром Путиным: no subject)."""
    found = []
    last_of_kind: dict[str | None, Entity] = {}  # of the names that end before the designator
    ahead = 0
    for at, phrase in cues.found(cues.designators, tokens):
        if at in in_names:
            continue  # part of a name (وزارة الخارجية الروسية)
        while ahead < len(mentions) and mentions[ahead].last < at:
            mention = mentions[ahead]
            subject = not (oblique and tokens[mention.last].folded.endswith(oblique))
            if mention.entity.label == "Actor" and subject:
                last_of_kind[_kind_of(mention.entity)] = mention.entity
            ahead += 1
        actor = last_of_kind.get(phrase.term) or next(
            (
                e
                for e in islice(reversed(named_before), LOOKBACK)
                if e.label == "Actor" and _kind_of(e) == phrase.term
            ),
            None,
        )
        if actor is not None:
            last = at + len(phrase.words) - 1
            found.append(Mention(actor, at, last, tokens[at].start, tokens[last].end))
    return found


def a_person(entity: Entity) -> bool:
    """Tell whether an entry is a person, or a name of two words or more proposed without a
    title (Ilham Aliyev, Recep Tayyip Erdogan: `he`, `the president` stand for it too)."""
    return entity.kind == "person" or (entity.kind == "actor" and " " in entity.name_en)


def _kind_of(entity: Entity) -> str | None:
    """Return the kind a designator finds an actor by: a person's for one a_person tells."""
    return "person" if a_person(entity) else entity.kind


def last_before(
    mentions: list[Mention], first: int, keep: Callable[[Mention], bool], floor: int
) -> Mention | None:
    """Return the last of `mentions` (in order) that `keep` keeps, ending before token
    `first` and beginning at or after character `floor`."""
    for index in range(bisect_left(mentions, first, key=lambda m: m.first) - 1, -1, -1):
        mention = mentions[index]
        if mention.start < floor:
            break
        if mention.last < first and keep(mention):
            return mention
    return None


def first_after(
    mentions: list[Mention],
    last: int,
    keep: Callable[[Mention], bool],
    ceiling: int,
    floor: int = 0,
) -> Mention | None:
    """Return the first mention that `keep` keeps, beginning after token `last` and at or
    after character `floor`, before character `ceiling`."""
    start = bisect_right(mentions, last, key=lambda m: m.first)
    start = max(start, bisect_left(mentions, floor, key=lambda m: m.start))
    for mention in islice(mentions, start, None):
        if mention.start >= ceiling:
            break
        if keep(mention):
            return mention
    return None
