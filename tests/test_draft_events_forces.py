"""Participants of military events in `kb draft` (issue 25, event_forces.py and .yaml): of a
shelling or an offensive whose sentence names armed forces (Armenian forces, армянские войска,
القوات الأرمينية), those forces, not the ministry that accuses them nor a state the sentence
names; in a sentence that names none, the forces of the side whose nationality word qualifies a
word of forces or fire (Armenian artillery), not of the side whose positions were hit. A
martial law is the state's the sentence names, not its leader's. Every text here is written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан", "Азербайджана"),
    entity(
        "armenia-armed-forces",
        "Actor",
        "armed-force",
        "Armed Forces of Armenia",
        "القوات المسلحة الأرمينية",
        "Вооружённые силы Армении",
    ),
    entity(
        "azerbaijan-armed-forces",
        "Actor",
        "armed-force",
        "Armed Forces of Azerbaijan",
        "الجيش الأذربيجاني",
        "Вооружённые силы Азербайджана",
    ),
    entity("terter", "Place", "district", "Terter", "ترتر", "Тертер"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


def participants(text: str, language: str) -> list[list[str]]:
    document = draft_fixture(text, ENTITIES, language, "2020-10-12", "forces").document
    items: list[dict[str, Any]] = document["events"]
    return [[p["actor"] for p in e.get("participants", [])] for e in items]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("اتهمت أذربيجان القوات الأرمينية بقصف ترتر يوم 10 أكتوبر.", "ar"),
        ("Azerbaijan accused Armenian forces of shelling Terter on 10 October.", "en"),
        ("Азербайджан обвинил армянские войска в обстреле Тертера 10 октября.", "ru"),
    ],
)
def test_the_forces_a_sentence_names_are_a_shellings_participants(text: str, language: str) -> None:
    assert participants(text, language) == [["armenia-armed-forces"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قالت أذربيجان إن المدفعية الأرمينية قصفت مواقع أذربيجانية في ترتر يوم 10 أكتوبر.", "ar"),
        (
            "Azerbaijan said Armenian artillery shelled Azerbaijani positions in Terter"
            " on 10 October.",
            "en",
        ),
        (
            "Азербайджан заявил, что армянская артиллерия обстреляла азербайджанские позиции"
            " в Тертере 10 октября.",
            "ru",
        ),
    ],
)
def test_a_nationality_word_of_forces_tells_a_shellings_participants(
    text: str, language: str
) -> None:
    assert participants(text, language) == [["armenia-armed-forces"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia's Prime Minister Nikol Pashinyan declared martial law on 27 September.", "en"),
        ("Премьер-министр Армении Никол Пашинян ввел военное положение 27 сентября.", "ru"),
        ("وأعلن رئيس الوزراء نيكول باشينيان الأحكام العرفية في أرمينيا في 27 سبتمبر.", "ar"),
    ],
)
def test_a_martial_law_is_the_states_not_its_leaders(text: str, language: str) -> None:
    assert participants(text, language) == [["armenia"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia declared martial law on 27 September, and Azerbaijan declared a "
            "mobilisation on 28 September.",
            "en",
        ),
        (
            "أرمينيا أعلنت الأحكام العرفية يوم 27 سبتمبر، وأذربيجان أعلنت التعبئة يوم 28 سبتمبر.",
            "ar",
        ),
    ],
)
def test_a_state_decides_the_martial_law_its_clause_names(text: str, language: str) -> None:
    assert participants(text, language) == [["armenia"], ["azerbaijan"]]
