"""Other names of registry entries (other_names.yaml): the name one side uses for a place
(Artsakh for Nagorno-Karabakh, Khankendi for Stepanakert). Where the registry has the entry
and a passage names it so, the name is a mention of the entry, and a spelling the drafter
proposes for its aliases, as it proposes a near miss (spellings.py). A registry that already
has the name finds it itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting.mentions import Entity, Gazetteer, Mention, overlap
from kb_service.curation.drafting.tokens import Token

OTHER_NAMES_FILE = Path(__file__).with_name("other_names.yaml")


@cache
def _other_names() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load(OTHER_NAMES_FILE.read_text(encoding="utf-8"))
    return {str(k): tuple(str(n) for ns in v.values() for n in ns) for k, v in data.items()}


class OtherNames:
    """The other names of the registry's entries, indexed to find them in a passage."""

    def __init__(self, by_id: Mapping[str, Entity]) -> None:
        self._by_id = by_id
        self._gazetteer = Gazetteer(
            replace(by_id[k], names=other) for k, other in _other_names().items() if k in by_id
        )

    def find(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Return the mentions of the passage by another name (of the registry's entry), where
        no mention of the registry's names overlaps them."""
        return [
            replace(m, entity=self._by_id[m.entity.id])
            for m in self._gazetteer.find(tokens)
            if not any(overlap(k, m) for k in mentions)
        ]
