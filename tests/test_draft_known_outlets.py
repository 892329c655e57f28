"""Outlets the registry lacks but wires cite most (TASS, Sputnik, Anadolu; issue 25): the
drafter proposes them as outlets by the names they go by (unknown_names.yaml `outlets`), so
they relay the words and never speak them. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov", "لافروف", "Лавров", "Lavrov"),
]


@pytest.mark.parametrize(
    ("language", "text", "outlet"),
    [
        (
            "en",
            "Lavrov said the sides should go back to the terms of the truce, according to TASS.",
            "tass",
        ),
        (
            "ru",
            "Лавров заявил, что стороны должны вернуться к условиям перемирия, передает ТАСС.",
            "tass",
        ),
        ("ar", "وقال لافروف إن على الطرفين العودة إلى شروط الهدنة، حسبما نقلت سبوتنيك.", "sputnik"),
        (
            "en",
            "The sides must go back to the terms of the truce, Lavrov told Anadolu Agency.",
            "anadolu-agency",
        ),
        ("ar", "وقال لافروف إن على الطرفين العودة إلى شروط الهدنة، حسبما نقلت ترند.", "trend"),
        ("en", "Lavrov said the sides should go back to the truce, according to Turan.", "turan"),
        ("en", "Lavrov said the sides should go back to the truce, according to IRNA.", "irna"),
        (
            "ru",
            "Лавров заявил, что стороны должны вернуться к условиям перемирия, передает ИРНА.",
            "irna",
        ),
    ],
)
def test_a_known_outlet_is_proposed_as_an_outlet_and_relays_the_words(
    language: str, text: str, outlet: str
) -> None:
    document = draft_fixture(
        text,
        REGISTRY,
        language,
        "2020-10-27",
        "outlets",
    ).document
    entries = {e["id"]: e["kind"] for e in document["proposed_entries"]}
    assert entries == {outlet: "news-agency"}
    assert [s["speakers"] for s in document["statements"]] == [["sergey-lavrov"]]


@pytest.mark.parametrize(
    ("language", "text", "outlet"),
    [
        (
            "ru",
            "Лавров заявил, что стороны должны вернуться к перемирию, передает Кавказский узел.",
            "caucasian-knot",
        ),
        ("ru", "Лавров заявил, что стороны должны вернуться к перемирию, передает РБК.", "rbc"),
    ],
)
def test_a_known_news_site_is_proposed_as_an_outlet(language: str, text: str, outlet: str) -> None:
    document = draft_fixture(text, REGISTRY, language, "2020-10-27", "outlets").document
    entries = {e["id"]: e["kind"] for e in document["proposed_entries"]}
    assert entries == {outlet: "news-outlet"}
    assert [s["speakers"] for s in document["statements"]] == [["sergey-lavrov"]]


@pytest.mark.parametrize(
    ("language", "written", "outlet"),
    [
        ("en", "Trend", "trend"),
        ("ru", "Тренд", "trend"),
        ("ru", "Trend", "trend"),
        ("ar", "توران", "turan"),
        ("ru", "Туран", "turan"),
        ("ar", "إرنا", "irna"),
        ("ru", "IRNA", "irna"),
        ("en", "Caucasian Knot", "caucasian-knot"),
        ("ar", "عقدة القوقاز", "caucasian-knot"),
        ("ru", "Кавказского узла", "caucasian-knot"),
        ("en", "RBC", "rbc"),
    ],
)
def test_each_written_name_of_a_regional_outlet_names_it(
    language: str, written: str, outlet: str
) -> None:
    text = {
        "en": f"Lavrov said the sides should go back to the truce, according to {written}.",
        "ru": f"Лавров заявил, что стороны должны вернуться к перемирию, сообщает {written}.",
        "ar": f"وقال لافروف إن على الطرفين العودة إلى الهدنة، حسبما نقلت {written}.",
    }[language]
    document = draft_fixture(text, REGISTRY, language, "2020-10-27", "outlets").document
    assert outlet in {e["id"] for e in document["proposed_entries"]}
    assert [s["speakers"] for s in document["statements"]] == [["sergey-lavrov"]]
