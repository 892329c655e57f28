"""A war is dated by a span or by its outbreak only (issue 25, event_rules.yaml `spans_only`):
a war named beside another event's day (`the war was settled at Shusha` on 8 November) is not
drafted of that day; one that began on a day, or lasted from one day to another, is. Every text
here is written for these tests; no database is needed."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("shusha", "Place", "city", "Shusha", "شوشا", "Шуша", "Шуше"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


def wars(text: str, language: str, published: str = "2020-12-20") -> list[str]:
    document = draft_fixture(text, ENTITIES, language, published, "wars").document
    return [e["date"] for e in document["events"] if e["type"] == "war"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("For Azerbaijan, the war was settled at Shusha on 8 November.", "en"),
        ("Armenia and Azerbaijan traded prisoners of the war on 14 December.", "en"),
        ("بالنسبة إلى أذربيجان، حسمت الحرب في شوشا يوم 8 نوفمبر.", "ar"),
        ("Для Азербайджана исход войны решился в Шуше 8 ноября.", "ru"),
        ("The war goes on, Armenia said.", "en"),
    ],
)
def test_a_war_beside_another_day_is_not_drafted(text: str, language: str) -> None:
    assert wars(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("The war between Armenia and Azerbaijan began on 27 September.", "en", "2020-09-27/.."),
        ("The war broke out in late September 2020, Armenia said.", "en", "2020-09"),
        ("اندلعت الحرب بين أرمينيا وأذربيجان في 27 سبتمبر.", "ar", "2020-09-27/.."),
        ("Война между Арменией и Азербайджаном началась 27 сентября.", "ru", "2020-09-27/.."),
        (
            "The war lasted from 27 September to 10 November, Azerbaijan said.",
            "en",
            "2020-09-27/2020-11-10",
        ),
        (
            "The war between Armenia and Azerbaijan has gone on since 27 September.",
            "en",
            "2020-09-27/..",
        ),
    ],
)
def test_a_war_by_its_outbreak_or_span_is_drafted(text: str, language: str, date: str) -> None:
    assert [d.rstrip("?") for d in wars(text, language)] == [date]
