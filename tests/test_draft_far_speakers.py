"""In English and Russian a state speaks only named next to its verb (issue 25, speakers.py): a
state the sentence names further away is a place, a party or an owner there, not who spoke
(`Arriving in Azerbaijan, the guests said`); an organisation or a person further away may still
be the speaker, and in Arabic, which puts the subject after its verb, a state too. Texts are our
own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("red-cross", "Actor", "organisation", "Red Cross", "الصليب الأحمر", "Красный Крест"),
]


def speakers(text: str) -> list[list[str]]:
    document = draft_fixture(text, REGISTRY, "en", "2020-11-17").document
    return [s["speakers"] for s in document["statements"]]


@pytest.mark.parametrize(
    "text",
    [
        "Arriving in Azerbaijan on Wednesday, the guests said the talks had gone well.",
        "Talks in Azerbaijan went on late into the night, and afterwards it was said that a "
        "deal was near.",
        "Talks were held in Azerbaijan on Wednesday. Afterwards it was said that a deal was near.",
        "It was said that Azerbaijan would sign the deal soon.",
        "The guests said on Wednesday, after a long day of talks that ran late into the night "
        "in Azerbaijan, that a deal was near.",
    ],
)
def test_a_state_further_away_does_not_speak(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Azerbaijan said the missiles had come from Armenia.", "azerbaijan"),
        (
            "Talks at the Red Cross went on late into the night, and afterwards it was said "
            "that a deal was near.",
            "red-cross",
        ),
        (
            "Talks were held at the Red Cross on Wednesday. Afterwards it was said that a deal "
            "was near.",
            "red-cross",
        ),
        ("It was said that the Red Cross would help soon.", "red-cross"),
        (
            "The guests said on Wednesday, after a long day of talks that ran late into the night "
            "at the Red Cross, that a deal was near.",
            "red-cross",
        ),
    ],
)
def test_a_state_next_to_its_verb_and_another_actor_further_away_speak(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [[speaker]]


def test_an_arabic_state_after_its_verb_speaks_further_away() -> None:
    """Arabic puts the subject after its verb, past the words that count it: the states that
    called speak, not no one."""
    text = "كما دعت عدد من الدول، بما في ذلك روسيا وفرنسا، الطرفين إلى ممارسة ضبط النفس."
    registry = [
        *REGISTRY,
        entity("russia", "Actor", "state", "Russia", "روسيا"),
        entity("france", "Actor", "state", "France", "فرنسا"),
    ]
    document = draft_fixture(text, registry, "ar", "2020-09-27").document
    assert [sorted(s["speakers"]) for s in document["statements"]] == [["france", "russia"]]


def test_a_capital_that_stands_for_its_state_speaks_further_away() -> None:
    """Officials in a capital stand for its state (capitals.yaml), not its name: they may speak
    a verb further away, as any other actor may."""
    registry = [*REGISTRY, entity("baku", "Place", "capital", "Baku", "باكو", "Баку")]
    text = (
        "Officials in Baku were at the talks late into the night, and afterwards it was said "
        "that a deal was near."
    )
    document = draft_fixture(text, registry, "en", "2020-11-17").document
    assert [s["speakers"] for s in document["statements"]] == [["azerbaijan"]]
