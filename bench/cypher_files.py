"""Load the benchmark's own Cypher files (bench/cypher/), filling label and type slots only
from fixed allowlists: the service's queries stay in cypher/ and load through
kb_service.store.cypher."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import LiteralString, cast

CYPHER = Path(__file__).resolve().parent / "cypher"
LABELS = frozenset(
    {"Source", "Passage", "Actor", "Place", "Conflict", "Event", "Statement", "Relation"}
)
TYPES = frozenset(
    {
        "HAS_PASSAGE", "ASSERTS", "EVIDENCED_BY", "PARTICIPANT", "OCCURRED_IN", "IN_CONFLICT",
        "PRECEDES", "CAUSES", "PART_OF", "RESPONDS_TO", "SPOKEN_BY", "ADDRESSED_TO",
        "REPORTED_VIA", "ABOUT", "SAID_DURING", "SAID_IN", "CONTRADICTS", "SUBJECT", "OBJECT",
    }
)  # fmt: skip


@cache
def statement(name: str, **slots: str) -> LiteralString:
    """Return bench/cypher/<name>.cypher with its __SLOT__ markers filled from the allowlists."""
    text = (CYPHER / f"{name}.cypher").read_text(encoding="utf-8")
    for slot, value in slots.items():
        allowed = TYPES if slot == "type" else LABELS
        if value not in allowed:
            raise ValueError(f"{value!r} is not an allowed {slot}")
        text = text.replace(f"__{slot.upper()}__", value)
    # Slots are filled only from the fixed allowlists above: the text stays literal.
    return cast(LiteralString, text)  # type: ignore[redundant-cast]
