"""The participants of a military event (event_forces.yaml): of a type armed forces do (a
shelling, an offensive), the armed forces the cue's sentence names, when it names any; the
ministry that reports the attack, or the state whose forces it accuses, is not one."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb_service.curation.drafting.mentions import Entity

RULES_FILE = Path(__file__).with_name("event_forces.yaml")


@cache
def _rules() -> tuple[frozenset[str], frozenset[str]]:
    data: dict[str, Any] = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return frozenset(data["fought_by_forces"]), frozenset(data["force_kinds"])


def fought(term: str, actors: Sequence[Entity]) -> list[Entity]:
    """Return the armed forces among the actors of an event of type `term` that armed forces
    do, else nothing (the actors stand)."""
    types, kinds = _rules()
    if term not in types:
        return []
    return [a for a in actors if a.kind in kinds]
