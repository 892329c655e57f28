"""The participants of a military event (event_forces.yaml): of a type armed forces do (a
shelling, an offensive), the armed forces the cue's sentence names, when it names any; the
ministry that reports the attack, or the state whose forces it accuses, is not one.

A sentence that names no armed force may still say whose they are: a side's nationality word
(statement_kinds.yaml `sides`) that qualifies a word of forces or of their fire
(event_forces.yaml `nouns`: Azerbaijani artillery, азербайджанские подразделения, ضربات
أذربيجانية) stands for the registry's armed force of that side, when the registry has one (an
armed force whose English name or id holds the side's English name: Armed Forces of Armenia).
The word comes before its noun in English and Russian, after it in Arabic; `Armenian
positions` names no forces.

An event of a type states decide (martial law, a mobilisation: event_forces.yaml
`decided_by_states`) is the state's when the sentence names one, not its leader's (`Armenia's
Prime Minister announced martial law`: Armenia)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb_service.curation.drafting import statement_kinds
from kb_service.curation.drafting.authorities import NOUN_FIRST
from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.mentions import Entity
from kb_service.curation.drafting.ministry_names import STATE_KINDS
from kb_service.curation.drafting.tokens import Token, phrase_words

RULES_FILE = Path(__file__).with_name("event_forces.yaml")


@dataclass(frozen=True)
class _Rules:
    """event_forces.yaml: the types armed forces do, the kinds of an armed force, the types
    states decide, and each language's words of forces and fire."""

    fought: frozenset[str]
    force_kinds: frozenset[str]
    decided_by_states: frozenset[str]
    nouns: dict[str, list[Phrase]]


@cache
def _rules() -> _Rules:
    data: dict[str, Any] = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    nouns = {
        language: [Phrase(phrase_words(p), "forces") for p in words]
        for language, words in data["nouns"].items()
    }
    return _Rules(
        frozenset(data["fought_by_forces"]),
        frozenset(data["force_kinds"]),
        frozenset(data["decided_by_states"]),
        nouns,
    )


def fought(term: str, actors: Sequence[Entity]) -> list[Entity]:
    """Return the armed forces among the actors of an event of type `term` that armed forces
    do, else nothing (the actors stand)."""
    rules = _rules()
    if term not in rules.fought:
        return []
    return [a for a in actors if a.kind in rules.force_kinds]


class Forces:
    """The armed forces of an event of a type armed forces do (see the module's docstring)."""

    def __init__(self, known: Mapping[str, Entity], cues: Cues) -> None:
        self.cues = cues
        kinds = _rules().force_kinds
        kind_words = statement_kinds.load(cues.language)
        self.of_side: dict[str, Entity] = {}
        for entity in sorted(known.values(), key=lambda e: e.id):
            side = statement_kinds.side_of(entity, kind_words) if entity.kind in kinds else None
            if side is not None:
                self.of_side.setdefault(side, entity)

    def of(
        self,
        term: str,
        actors: Sequence[Entity],
        words: Sequence[Token],
        in_clause: Collection[str],
    ) -> list[Entity]:
        """Return the participants an event of type `term` takes by its type, its cue's
        sentence holding `words` and naming `actors` (`in_clause`: the ids its cue's clause
        names): armed forces it names, else those its nationality words tell; the states of a
        type states decide (those of the cue's clause, when it names one: Armenia declared
        martial law, and Azerbaijan mobilised); else nothing (the actors stand)."""
        if term in _rules().decided_by_states:
            states = [a for a in actors if a.kind in STATE_KINDS]
            return [a for a in states if a.id in in_clause] or states
        if term not in _rules().fought:
            return []
        return fought(term, actors) or self._told(words)

    def _told(self, words: Sequence[Token]) -> list[Entity]:
        cues, listed = self.cues, list(words)
        nouns = cues.found(_rules().nouns.get(cues.language, []), listed)
        starts = {at for at, _ in nouns}
        ends = {at + len(p.words) - 1 for at, p in nouns}
        told: list[Entity] = []
        for at, phrase in cues.found(statement_kinds.load(cues.language).sides, listed):
            last = at + len(phrase.words) - 1
            qualifies = at - 1 in ends if cues.language in NOUN_FIRST else last + 1 in starts
            force = self.of_side.get(phrase.term)
            if qualifies and force is not None and force not in told:
                told.append(force)
        return told
