"""A landmark's name (the Alley of Martyrs, Аллея шехидов, Freedom Square) is a place within a
city, never an actor's: it is not proposed (issue 25). Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [entity("baku", "Place", "city", "Baku", "باكو", "Баку")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Aliyev spoke from the Alley of Martyrs in Baku on Sunday."),
        ("en", "Crowds gathered on Freedom Square in Baku on Sunday."),
        ("ru", "Алиев выступил на Аллее шехидов в Баку в воскресенье."),
        ("ru", "Жители собрались на Площади Свободы в Баку."),
    ],
)
def test_a_landmark_is_not_proposed(language: str, text: str) -> None:
    document = draft_fixture(text, REGISTRY, language, "2020-11-09").document
    assert [e["id"] for e in document.get("proposed_entries", [])] == []


def test_a_run_before_a_landmark_stays_a_name() -> None:
    text = "Aliyev and Erdogan spoke from the Alley of Martyrs in Baku on Sunday."
    document = draft_fixture(text, REGISTRY, "en", "2020-11-09").document
    assert sorted(e["id"] for e in document["proposed_entries"]) == ["erdogan"]
