"""Spellings of registry names that the registry does not have yet, found in a draft's passages.

The gazetteer (mentions.py) finds a name only as the registry writes it (folded, without a
clitic or a case ending), so زوراب مناتساكانيان and Zohrab Mnatsakanian are missed where the
registry has زهراب مناتساكانيان and Zohrab Mnatsakanyan. This module finds the near misses:

- a name of two or more words whose words all match but one, that one a word of at least
  MIN_LENGTH letters one edit away (a substitution, an insertion, a deletion or two letters
  swapped) from the name's word, after folding, without an Arabic proclitic or article and, in
  Russian, without the case endings (Российской Федерации for Российская Федерация). An Arabic
  word keeps its ending: وزير (minister) is not a spelling of وزارة (ministry);
- a one-word name (a person's surname too) of at least MIN_LENGTH letters one edit away, but
  not at the word's end, nor in a word in lower case (фракция is no Франция):
  an edit there makes another word of the same root (Russian from Russia, روسية from روسيا).

A word that is itself a word of some registry name is never a near miss. The names one side
uses for an entry (other_names.py: Artsakh) are found here too, where no mention is. Each find
becomes a mention of the entry, and a proposal: the spelling as the text writes it, its language
(by its script), its passage, and the registry document that adds it as an alias.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import OSA

from kb_service.curation.drafting.mentions import Entity, Mention, overlap
from kb_service.curation.drafting.other_names import OtherNames
from kb_service.curation.drafting.tokens import Token
from kb_service.model import names

MIN_LENGTH = 5  # letters of a word near a name's: one edit changes a shorter word too much
# Letters of a name's word that a passage's word must match to have the name tried there: the
# shortest words (of, في, в) are everywhere, and most names hold longer ones.
ANCHOR_MIN = 3
LANGUAGES = {"arabic": "ar", "cyrillic": "ru", "latin": "en"}
SECTIONS = {"Actor": "actors", "Place": "places", "Conflict": "conflicts"}


@dataclass(frozen=True)
class Proposal:
    """A spelling of a registry entry's name that the registry lacks, and where it was read."""

    entity: Entity
    language: str
    spelling: str
    passage: int

    def item(self) -> dict[str, Any]:
        """Return the proposal as the drafted document lists it."""
        return {
            "entity": self.entity.id,
            "language": self.language,
            "spelling": self.spelling,
            "passage": self.passage,
        }

    def record(self) -> dict[str, Any]:
        """Return the proposal with the registry document that adds it as an alias."""
        return {**self.item(), "registry": registry_fragment(self.entity, self.language, [self])}


def registry_fragment(entity: Entity, language: str, found: Iterable[Proposal]) -> dict[str, Any]:
    """Return the registry document that adds these spellings to the entry's aliases."""
    entry: dict[str, Any] = {"id": entity.id}
    if entity.kind is not None:  # required of an actor or a place; merged, it is unchanged
        entry["kind"] = entity.kind
    entry["names"] = {"en": entity.name_en}
    entry["aliases"] = {language: [p.spelling for p in found]}
    return {"kind": "registry", SECTIONS[entity.label]: [entry]}


def _forms(word: str) -> frozenset[str]:
    """Return a folded word and its variants (without a clitic, the article or a case ending)."""
    return frozenset((word, *names.Forms.of(word).variants))


def _spelled(forms: Iterable[str], word: str) -> list[str]:
    """Return the forms of a word that a spelling is compared by: long enough, and in Arabic
    only those without a clitic or the article before it (an ending stays: ه may be a
    pronoun, but it is also taa marbuta)."""
    arabic = names.script(word) == "arabic"
    return [f for f in forms if len(f) >= MIN_LENGTH and not (arabic and not word.endswith(f))]


def near(word: str, name_word: str, *, at_end: bool) -> bool:
    """Tell whether a word is one edit from a name's word (long enough not to be a short word
    one edit from another), the edit away from the last letter unless `at_end`."""
    if word == name_word or OSA.distance(word, name_word) != 1:
        return False
    return at_end or word[-1] == name_word[-1]


@dataclass(frozen=True)
class _Name:
    entity: Entity
    words: tuple[frozenset[str], ...]  # the forms of each word


class Spellings:
    """The registry's names, indexed to find the near misses of a passage's words."""

    def __init__(self, entities: Iterable[Entity], other: OtherNames) -> None:
        self._other = other  # the names one side uses (Artsakh): found where no mention is
        self._names: list[_Name] = []
        self._known: set[str] = set()  # every form of every word of every name
        self._by_word: dict[str, list[tuple[int, int]]] = defaultdict(list)
        # one-word names by each of their forms with a letter deleted, and as they are: a word
        # one edit away shares one such key with the name (looked up, never compared to all)
        self._single: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
        # (surname, entry) of the one-word names that are persons' surnames: one spelled
        # otherwise after a capitalised word is a full name spelled otherwise (Zorab
        # Mnatsakanian), which names no entry surely
        self._surnames: set[tuple[str, str]] = set()
        for entity in entities:
            spelled = {tuple(names.words(n)) for n in entity.names}
            if entity.kind == "person":  # a surname alone: ميناتساكانيان for Mnatsakanyan
                surnames = {name[-1:] for name in spelled if len(name) > 1} - spelled
                self._surnames.update((s[0], entity.id) for s in surnames)
                spelled |= surnames
            for name in spelled:
                self._add(entity, name)

    def _add(self, entity: Entity, name: tuple[str, ...]) -> None:
        words = tuple(_forms(word) for word in name)
        for forms in words:
            self._known.update(forms)
        if len(words) == 1:
            for form in _spelled(words[0], name[0]):
                for key in deletions(form):
                    self._single[key].append((form, entity))
            return
        index = len(self._names)
        self._names.append(_Name(entity, words))
        for at, forms in enumerate(words):
            for form in forms:
                if len(form) >= ANCHOR_MIN:
                    self._by_word[form].append((index, at))

    def find(
        self, tokens: list[Token], mentions: list[Mention]
    ) -> tuple[list[Mention], list[Mention]]:
        """Return the passage's mentions with the near misses and other names added, and those
        (a near miss never overlaps a mention of another entry or a longer one; another name
        overlaps no mention)."""
        found = self._windows(tokens) + self._singles(tokens)
        kept = list(mentions)
        added: list[Mention] = []
        for mention in sorted(found, key=lambda m: (m.first, m.first - m.last)):
            overlaps = [k for k in kept if overlap(k, mention)]
            if all(_yields(k, mention) for k in overlaps):
                kept = [k for k in kept if k not in overlaps] + [mention]
                added.append(mention)
        other = self._other.find(tokens, sorted(kept, key=lambda m: m.first))
        return sorted([*kept, *other], key=lambda m: m.first), [*added, *other]

    def _windows(self, tokens: list[Token]) -> list[Mention]:
        """Return the names of two or more words that all match but one word, one edit away."""
        found: list[Mention] = []
        seen: set[tuple[int, int]] = set()
        for at, token in enumerate(tokens):
            for form in token.forms:
                for index, position in self._by_word.get(form, ()):
                    start = at - position
                    if (index, start) in seen:
                        continue
                    seen.add((index, start))
                    mention = self._window(self._names[index], tokens, start)
                    if mention is not None:
                        found.append(mention)
        return found

    def _window(self, name: _Name, tokens: list[Token], start: int) -> Mention | None:
        end = start + len(name.words)
        if start < 0 or end > len(tokens):
            return None
        odd = [k for k, forms in enumerate(name.words) if not forms & tokens[start + k].forms]
        if len(odd) != 1:
            return None
        token = tokens[start + odd[0]]
        name_forms = name.words[odd[0]]
        name_word = max(name_forms, key=len)  # the word itself: its forms are its parts
        if token.forms & self._known or not any(
            near(word, form, at_end=True)
            for word in _spelled(token.forms, token.folded)
            for form in _spelled(name_forms, name_word)
        ):
            return None
        begins = _begins(tokens[start], name.words[0])
        return Mention(name.entity, start, end - 1, begins, tokens[end - 1].end)

    def _singles(self, tokens: list[Token]) -> list[Mention]:
        """Return the one-word names a word is one edit away from (not at its end)."""
        found: list[Mention] = []
        for at, token in enumerate(tokens):
            if token.forms & self._known or token.text[:1].islower():
                continue  # a lower-case word is no name (фракция is no Франция)
            entities: dict[str, tuple[Entity, set[str]]] = {}
            for word in _spelled(token.forms, token.folded):
                for key in deletions(word):
                    for form, entity in self._single.get(key, ()):
                        if near(word, form, at_end=False):
                            entities.setdefault(entity.id, (entity, set()))[1].add(form)
            if len(entities) == 1:  # a word near two entries' names names neither surely
                [(entity, forms)] = entities.values()
                if self._after_first_name(tokens, at, entity, forms):
                    continue
                found.append(Mention(entity, at, at, _begins(token, forms), token.end))
        return found

    def _after_first_name(
        self, tokens: list[Token], at: int, entity: Entity, forms: set[str]
    ) -> bool:
        """Tell whether a near miss of a surname follows a capitalised word."""
        if not all((form, entity.id) in self._surnames for form in forms) or at == 0:
            return False
        return tokens[at - 1].text[:1].isupper()


def deletions(word: str) -> set[str]:
    """Return the word and the words it makes with one letter deleted."""
    return {word, *(word[:at] + word[at + 1 :] for at in range(len(word)))}


def _yields(kept: Mention, new: Mention) -> bool:
    """Tell whether a mention gives way to a near miss over the same words: a shorter one of
    the same entry (the surname the registry has, in a full name spelled otherwise)."""
    return kept.entity.id == new.entity.id and kept.last - kept.first < new.last - new.first


def proposals(text: str, passage: int, tokens: list[Token], found: list[Mention]) -> list[Proposal]:
    """Return the proposals of a passage's near misses: the words as the text writes them."""
    made = []
    for mention in found:
        language = LANGUAGES[names.script(tokens[mention.first].folded)]
        made.append(Proposal(mention.entity, language, text[mention.start : mention.end], passage))
    return made


def _begins(token: Token, name_forms: Iterable[str]) -> int:
    """Return where the name begins in its first word: after a clitic or the article (و، ب،
    ال …) that the name does not have (وزوراب → زوراب), at the word otherwise."""
    wanted = set(name_forms)
    if names.script(token.folded) != "arabic" or len(token.text) != len(token.folded):
        return token.start
    fits = [
        form
        for form in token.forms
        if token.folded.endswith(form)
        and (form in wanted or any(near(form, name, at_end=True) for name in wanted))
    ]
    return token.start + len(token.folded) - max(map(len, fits)) if fits else token.start


def unique(found: Iterable[Proposal]) -> list[Proposal]:
    """Return each (entry, language, spelling) once, where it was first read."""
    kept: dict[tuple[str, str, str], Proposal] = {}
    for proposal in found:
        kept.setdefault((proposal.entity.id, proposal.language, proposal.spelling), proposal)
    return list(kept.values())
