"""The entries a draft proposes for names the registry lacks: one per id (a registry-style
id, transliteration.kebab of the English-letter name), with its kind, its names by language
and the passages where it was seen, as the draft lists them under `proposed_entries`.

Once proposed, a name is known for the rest of the text (known_names.py looks it up): its
words, and a person's surname alone (Aliyev after Ilham Aliyev, Путиным after Владимир Путин).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from kb_service.curation.drafting import capitals
from kb_service.curation.drafting.mentions import Entity
from kb_service.curation.drafting.ministry_names import Ministries
from kb_service.curation.drafting.spellings import deletions, near
from kb_service.curation.drafting.transliteration import kebab
from kb_service.model import names

NEAR_MIN = 6  # letters of a surname that a word one edit away still names
SHORT_MIN = 2  # words of an Arabic organisation's short form, at least (الأمانة العامة)
CHAIN_MIN = 4  # letters of a genitive with li that goes on with a name (لجامعة, لشؤون), at least
INITIALS_MIN = 3  # words of an organisation's name that its initials stand for, at least
LINKS = frozenset({"of", "the", "and", "for", "и", "по"})  # words its initials leave out
ACRONYM_WORD = 3  # letters of a word whose initial a registry name's acronym holds, at least
CASE_VOWELS = "аоеяиыуюйь"  # letters a Russian case ending leaves at a word's end
STEM_MIN = 4  # letters of a Russian word its case key keeps at least
PROCLITICS = "لوبف"  # Arabic letters written onto a word as a proclitic (li, wa, bi, fa)
PLACE_KINDS = frozenset({"city", "district", "corridor", "region", "village", "place"})


@dataclass
class Proposals:
    """The entries proposed in one text, in the order first seen, and where each was seen."""

    language: str
    known: dict[str, Entity]
    entities: dict[str, Entity] = field(default_factory=dict)
    seen: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    spelled: dict[str, dict[str, str]] = field(default_factory=dict)
    # the folded words of each proposed name, by the forms of its first word
    by_first: dict[str, list[tuple[tuple[str, ...], Entity]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # a person's surname by its forms with one letter deleted (Pashinian for Pashinyan)
    near: dict[str, list[tuple[str, Entity]]] = field(default_factory=lambda: defaultdict(list))
    _keys: set[tuple[object, ...]] = field(default_factory=set)  # what is indexed or seen
    shorts: set[tuple[str, int]] = field(default_factory=set)  # (id, words) of short forms
    _ministries: Ministries | None = None
    _capitals: dict[str, Entity] | None = None
    _acronyms: dict[str, Entity] | None = None
    named_cities: set[str] = field(default_factory=set)  # ids proposed after a city word
    _cased: dict[tuple[str, ...], str] = field(default_factory=dict)  # ids by _case_key

    def entity(
        self,
        written: str,
        kind: str,
        passage: int,
        english: str | None = None,
        name: str | None = None,
        ident: str | None = None,
    ) -> Entity:
        """Return the entry a name written in the text stands for: a registry entry of the same
        id, else a proposed one, which records where it was seen. `name` is the entry's name
        where it differs from the words written (وكالة الأناضول for الأناضول); `ident` its id where
        the words do not make it (the stem of Агдамский район)."""
        ident = ident or kebab(english or written) or "unnamed"
        if ident in self.known:
            return self.known[ident]
        if kind in ("actor", "person") and " " not in written:  # Pashinyan, after Nikol Pashinyan
            ident = next((i for i in self.entities if i.endswith(f"-{ident}")), ident)
        if ident not in self.entities and len(written.split()) > 1:  # Министерство: -ства
            ident = self._cased.setdefault(_case_key(written), ident)
        label = "Place" if kind in PLACE_KINDS else "Actor"
        entity = self.entities.get(ident)
        if entity is not None and entity.kind != kind and {entity.kind, kind} <= PLACE_KINDS:
            if entity.kind == "city" and ident not in self.named_cities:  # Aghdam: the district
                entity = self.entities[ident] = replace(entity, kind=kind)
            else:
                ident = f"{ident}-{kind}"  # the Barda district beside the city of Barda
                entity = self.entities.get(ident)
        if entity is None:
            entity = self.entities[ident] = Entity(
                ident, label, english or name or written, (name or written,), kind
            )
            self.spelled[ident] = {self.language: name or written}
            if english:
                self.spelled[ident].setdefault("en", english)
        for words in {written, name or written}:
            self.index(entity, words)
        self.saw(entity, passage, written)
        return entity

    def index(self, entity: Entity, written: str) -> None:
        """Know a name of a proposed entry from now on (and a person's surname alone)."""
        words = tuple(names.words(written))
        if not words:
            return
        forms = [words]
        if entity.kind != "person" and len(words) >= INITIALS_MIN:  # МККК, ICRC
            forms.append(("".join(w[0] for w in words if w not in LINKS),))
        shorts = _short_forms(entity, words)
        self.shorts.update((entity.id, len(short)) for short in shorts)
        forms += shorts
        if _person_like(entity, words, written):
            forms.append(words[-1:])
            if len(words[-1]) >= NEAR_MIN and ("near", words[-1]) not in self._keys:
                self._keys.add(("near", words[-1]))
                for key in deletions(words[-1]):
                    self.near[key].append((words[-1], entity))
        for name in forms:
            for first in {name[0], *names.Forms.of(name[0]).variants}:
                if (first, name, entity.id) not in self._keys:
                    self._keys.add((first, name, entity.id))
                    self.by_first[first].append((name, entity))

    def saw(self, entity: Entity, passage: int, written: str) -> None:
        """Record that a proposed entry was read in a passage, written so."""
        seen = self.seen.setdefault(entity.id, [])
        if (entity.id, passage, written) not in self._keys:
            self._keys.add((entity.id, passage, written))
            seen.append({"passage": passage, "text": written})

    def unsaw(self, entity: Entity, passage: int, written: str) -> None:
        """Forget a record of `saw`: the words named another entry there after all."""
        if (entity.id, passage, written) in self._keys:
            self._keys.discard((entity.id, passage, written))
            kept = [
                s for s in self.seen[entity.id] if (s["passage"], s["text"]) != (passage, written)
            ]
            self.seen[entity.id] = kept

    def near_person(self, word: str) -> Entity | None:
        """Return the proposed person whose surname a folded word is one edit from (never
        at its last letter: Armenian is no spelling of Armenia), if exactly one."""
        if len(word) < NEAR_MIN:
            return None
        found = {
            entity.id: entity
            for key in deletions(word)
            for surname, entity in self.near.get(key, ())
            if near(word, surname, at_end=False)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def ministries(self) -> Ministries:
        """Return the registry's ministries, indexed once per text when first asked."""
        if self._ministries is None:
            self._ministries = Ministries(self.known)
        return self._ministries

    def capitals(self) -> dict[str, Entity]:
        """Return the actor each capital stands for (one of the registry, or proposed under
        its id), by the capital's id, found once per text when first asked (capitals.yaml)."""
        if self._capitals is None:
            self._capitals = capitals.actors_of(self.known)
        return self._capitals

    def acronyms(self) -> dict[str, Entity]:
        """Return the registry entries by the initials, in capitals, of a name of theirs of
        two words or more, words of fewer than ACRONYM_WORD letters left out (РФ: Российская
        Федерация, ОБСЕ: Организация по безопасности и сотрудничеству в Европе), those that
        name one entry only; found once per text when first asked."""
        if self._acronyms is None:
            found: dict[str, set[str]] = defaultdict(set)
            for entity in self.known.values():
                for name in entity.names:
                    words = [w for w in name.split() if len(w) >= ACRONYM_WORD]
                    if len(words) >= 2:
                        found["".join(w[0] for w in words).upper()].add(entity.id)
            self._acronyms = {k: self.known[min(v)] for k, v in found.items() if len(v) == 1}
        return self._acronyms

    def entries(self) -> list[dict[str, Any]]:
        """Return the proposed entries as the draft lists them: those still seen somewhere
        (not one whose words named another entry after all: the Republic of Turkey in the
        Ministry of Foreign Affairs of the Republic of Turkey)."""
        return [
            {"id": i, "kind": e.kind, "names": self.spelled[i], "seen": self.seen[i]}
            for i, e in self.entities.items()
            if self.seen.get(i)
        ]


def _case_key(written: str) -> tuple[str, ...]:
    """Return a name's words without a Russian case ending's vowels, which tell its cases
    apart (Министерство, Министерства: министерств), the same for every case of the name."""
    words = names.words(written)
    return tuple(
        w.rstrip(CASE_VOWELS) if names.script(w) == "cyrillic" and len(w) > STEM_MIN else w
        for w in words
    )


def _short_forms(entity: Entity, words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the short form of an Arabic organisation's name that names it again later: its
    head and the definite words before a genitive with li (الأمانة العامة after الأمانة العامة
    لجامعة الدول العربية, اللجنة الدولية after اللجنة الدولية للصليب الأحمر), two words or more."""
    if entity.kind != "organisation" or names.script(words[0]) != "arabic":
        return []
    chain = next((k for k, w in enumerate(words) if li_genitive(w) and k), len(words))
    short = words[:chain]
    definite = all(w.startswith("ال") for w in short)
    return [short] if SHORT_MIN <= len(short) < len(words) and definite else []


def without_proclitic(word: str, known: Callable[[str], bool]) -> str:
    """Return an Arabic word without its proclitic (ل, و, ب, ف) where the rest is a known word
    (`known`: لوزارة: وزارة, لوكالة: وكالة, بالجمعية: الجمعية); li before the article writes لل,
    whose rest takes the article back (للمنظمة: المنظمة, للجنة: اللجنة)."""
    forms = [f"ال{word[2:]}", f"ال{word[1:]}"] if word.startswith("لل") else []
    forms += [word[1:]] if word[:1] in PROCLITICS else []
    return next((form for form in forms if known(form)), word)


def li_genitive(word: str) -> bool:
    """Tell whether a folded Arabic word is a genitive with li that goes on with a name
    (لجامعة, للكرملين, لشؤون; not لم, لكن, لدى): a short form ends before it, an organisation's
    name goes on with it (arabic_organisations.py)."""
    return word.startswith("ل") and len(word) >= CHAIN_MIN


def _person_like(entity: Entity, words: tuple[str, ...], written: str) -> bool:
    """Tell whether a proposed entry's surname alone names it later: a person's, or a name
    of two capitalised words, no acronym among them, proposed without a title (Владимир Путин
    в четверг ...: Путин after it; not МИД Ирана)."""
    if entity.kind == "person":
        return len(words) > 1
    shaped = all(w[:1].isupper() and not w.isupper() for w in written.split())
    return entity.kind == "actor" and len(words) == 2 and shaped
