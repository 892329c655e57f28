"""A war named as the backdrop of an event in `kb draft` (issue 25, event_rules.yaml
`backdrop`): `before this war`, قبل هذه الحرب, до этой войны name the war a date elsewhere in
the sentence is not of; the cue takes a date of its own clause only. Every text here is
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "جرى تبادل الأسرى بين أرمينيا وأذربيجان يوم 14 ديسمبر.\n\n"
            "وفي كلمة يوم 5 ديسمبر، قالت أرمينيا إن بين الأسرى رجالا أسروا قبل هذه الحرب.",
            "ar",
        ),
        (
            "Armenia and Azerbaijan exchanged prisoners on 14 December.\n\n"
            "In an address on 5 December, Armenia said some were held before this war.",
            "en",
        ),
        (
            "Армения и Азербайджан 14 декабря обменялись пленными.\n\n"
            "В обращении 5 декабря, по словам Армении, часть пленных взята до этой войны.",
            "ru",
        ),
    ],
)
def test_a_war_before_which_something_happened_takes_no_date_of_another_clause(
    text: str, language: str
) -> None:
    document = draft_fixture(text, ENTITIES, language, "2020-12-15", "backdrop").document
    items: list[dict[str, Any]] = document["events"]
    assert [e["type"] for e in items if e["type"] == "war"] == []
    assert items  # the exchange is drafted: the text dates events


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("واستعادت أذربيجان المدينة في أسابيع الحرب: جبرائيل في 4 أكتوبر.", "ar"),
        ("Azerbaijan retook the town of Jabrayil during the war, on 4 October.", "en"),
        ("Наступление на Джебраил Азербайджан начал в ходе войны, 4 октября.", "ru"),
    ],
)
def test_the_war_in_whose_weeks_a_town_was_taken_is_its_backdrop(text: str, language: str) -> None:
    document = draft_fixture(text, ENTITIES, language, "2020-12-15", "backdrop").document
    assert [(e["type"], e["date"]) for e in document["events"]] == [("offensive", "2020-10-04")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Бои в Армении прекратились 10 ноября.", "ru"),
        ("Армения ушла из района в ходе боев, которые прекратились 10 ноября.", "ru"),
        ("Armenia left the district during the fighting, which stopped on 10 November.", "en"),
    ],
)
def test_the_fighting_a_backdrop_names_stops_on_the_day_its_relative_clause_writes(
    text: str, language: str
) -> None:
    document = draft_fixture(text, ENTITIES, language, "2020-12-15", "backdrop").document
    assert ("ceasefire", "2020-11-10") in [(e["type"], e["date"]) for e in document["events"]]
