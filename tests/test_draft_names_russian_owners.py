"""A Russian person named in the genitive before the holder of a title of theirs
(пресс-секретарь главы НКР Араика Арутюняна Ваграм Погосян) is proposed apart from the
holder, who speaks (issue 25). Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "Армения", "Армении"),
    entity("nkr", "Actor", "unrecognised-state", "NKR", "НКР"),
]


@pytest.mark.parametrize(
    ("text", "owner", "holder"),
    [
        (
            "Пресс-секретарь главы НКР Араика Арутюняна Ваграм Погосян заявил, что бои идут.",
            "araika-arutyunyana",
            "vagram-pogosyan",
        ),
        (
            "Пресс-секретарь главы непризнанной НКР Араика Арутюняна Ваграм Погосян заявил, "
            "что бои идут.",
            "araika-arutyunyana",
            "vagram-pogosyan",
        ),
        (
            "Пресс-секретарь премьер-министра Армении Никола Пашиняна Мане Геворгян сообщила, "
            "что переговоры продолжатся.",
            "nikola-pashinyana",
            "mane-gevorgyan",
        ),
    ],
)
def test_an_owner_in_the_genitive_is_apart_from_the_holder(
    text: str, owner: str, holder: str
) -> None:
    document = draft_fixture(text, REGISTRY, "ru", "2020-11-09").document
    entries = {e["id"]: e["kind"] for e in document["proposed_entries"]}
    assert entries == {owner: "person", holder: "person"}
    assert [s["speakers"] for s in document["statements"]] == [[holder]]


def test_four_names_in_the_nominative_are_not_split() -> None:
    text = "Ваграм Погосян Мане Геворгян"
    document = draft_fixture(f"Встречу вели {text}.", REGISTRY, "ru", "2020-11-09").document
    assert "vagram-pogosyan" not in {e["id"] for e in document.get("proposed_entries", [])}
