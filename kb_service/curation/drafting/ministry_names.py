"""A registry ministry written otherwise than the registry writes it: by a short head and its
state (Минобороны Армении for Министерство обороны Армении), or by the state's adjective or
possessive and the ministry's topic (Armenian Defence Ministry, Russia's Foreign Ministry for
Ministry of Foreign Affairs of Russia). The entry is the registry ministry whose names hold
both the state's name and the topic's word (topics in unknown_names.yaml)."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import yaml

from kb_service.curation.drafting.mentions import Entity
from kb_service.curation.drafting.name_rules import RULES_FILE
from kb_service.model import names

KINDS = frozenset({"ministry", "armed-force"})
STATE_KINDS = frozenset({"state", "unrecognised-state"})
DEMONYM_MIN = 5  # letters of a state's name that an adjective is recognised by, at least


@cache
def topics(language: str) -> dict[str, tuple[str, ...]]:
    """Return the words a ministry's topic is written by, by each word that names it."""
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return {
        names.fold(str(word)): tuple(names.fold(str(w)) for w in spelled)
        for word, spelled in (data["ministry_topics"].get(language) or {}).items()
    }


class Ministries:
    """The registry's ministries, by the words of their names (built when first asked)."""

    def __init__(self, known: dict[str, Entity]) -> None:
        self.known = known
        self._by_word: dict[str, set[str]] | None = None
        self._states: list[tuple[str, Entity]] | None = None

    def _index(self) -> dict[str, set[str]]:
        if self._by_word is None:
            self._by_word = defaultdict(set)
            for entity in self.known.values():
                if entity.kind in KINDS:
                    for name in entity.names:
                        for word in names.words(name):
                            for form in (word, *names.Forms.of(word).variants):
                                self._by_word[form].add(entity.id)
        return self._by_word

    def of(
        self, state: Entity, topic: str | None, language: str, kind: str = "ministry"
    ) -> Entity | None:
        """Return the registry ministry (or entry of another kind) of a state on a topic (a
        word of the text; None: any), if exactly one."""
        index = self._index()
        found = {
            i
            for n in state.names
            for w in names.words(n)[-1:]
            for form in (w, *names.Forms.of(w).variants)
            for i in index.get(form, ())
            if self.known[i].kind == kind
        }
        if topic is not None:
            spelled = topics(language).get(topic, (topic,))
            found &= {i for w in spelled for i in index.get(w, ())}
        return self.known[next(iter(found))] if len(found) == 1 else None

    def demonym(self, word: str) -> Entity | None:
        """Return the registry state whose English name a folded adjective is made of
        (armenian: Armenia), if any."""
        if self._states is None:
            self._states = [
                (stem, e)
                for e in self.known.values()
                if e.kind in STATE_KINDS and len(stem := names.fold(e.name_en)) >= DEMONYM_MIN
            ]
        for stem, entity in self._states:
            if word != stem and word.startswith(stem[:-1]) and len(word) <= len(stem) + 3:
                return entity
        return None
