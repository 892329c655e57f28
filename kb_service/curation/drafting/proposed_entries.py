"""The entries a draft proposes for names the registry lacks: one per id (a registry-style
id, transliteration.kebab of the English-letter name), with its kind, its names by language
and the passages where it was seen, as the draft lists them under `proposed_entries`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kb_service.curation.drafting.mentions import Entity
from kb_service.curation.drafting.transliteration import kebab


@dataclass
class Proposals:
    """The entries proposed in one text, in the order first seen, and where each was seen."""

    language: str
    known: dict[str, Entity]
    entities: dict[str, Entity] = field(default_factory=dict)
    seen: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    spelled: dict[str, dict[str, str]] = field(default_factory=dict)

    def entity(self, written: str, kind: str, passage: int, english: str | None = None) -> Entity:
        """Return the entry a name written in the text stands for: a registry entry of the same
        id, else a proposed one, which records where it was seen."""
        ident = kebab(english or written) or "unnamed"
        if ident in self.known:
            return self.known[ident]
        if kind == "actor" and " " not in written:  # Pashinyan, after Nikol Pashinyan
            ident = next((i for i in self.entities if i.endswith(f"-{ident}")), ident)
        label = "Place" if kind == "city" else "Actor"
        entity = self.entities.setdefault(
            ident, Entity(ident, label, english or written, (written,), kind)
        )
        spelled = self.spelled.setdefault(ident, {})
        spelled.setdefault(self.language, written)
        if english:
            spelled.setdefault("en", english)
        seen = self.seen.setdefault(ident, [])
        if {"passage": passage, "text": written} not in seen:
            seen.append({"passage": passage, "text": written})
        return entity

    def entries(self) -> list[dict[str, Any]]:
        """Return the proposed entries as the draft lists them."""
        return [
            {"id": i, "kind": e.kind, "names": self.spelled[i], "seen": self.seen[i]}
            for i, e in self.entities.items()
        ]
