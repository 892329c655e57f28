"""An Arabic minister's title names his portfolio (وزير الطوارئ, وزير الصحة, وزير الثقافة,
وزير الداخلية), as وزير الخارجية does: the two words after it, past a nationality, are a person
the registry lacks, who speaks what follows. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
]


@pytest.mark.parametrize(
    "title",
    ["نائب وزير الطوارئ الأذربيجاني", "وزير الصحة", "وزير الثقافة الأذربيجاني", "وزير الداخلية"],
)
def test_a_ministers_portfolio_is_his_title(title: str) -> None:
    text = f"وقال {title} رحيم لطيفوف إن فرق الإنقاذ ستصل قبل نهاية الأسبوع."
    document = draft_fixture(text, REGISTRY, "ar", "2021-01-07", "portfolios").document
    entries = document.get("proposed_entries") or []
    assert [(e["kind"], e["names"]["ar"]) for e in entries] == [("person", "رحيم لطيفوف")]
    assert [s["speakers"] for s in document["statements"]] == [[entries[0]["id"]]]
