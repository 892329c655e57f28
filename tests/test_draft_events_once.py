"""An event that happens once, on a day (a signing, a call, a meeting: event_rules.yaml `once`),
is never dated by an open span: `since 10 November` dates what has gone on since, not the
meeting the sentence names beside it. A lasting event (fighting) keeps its open span. Being `on
the phone` is no call (an interview, a habit).
Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("moscow", "Place", "capital", "Moscow", "موسكو", "Москве"),
]


def dates(text: str, language: str, kind: str) -> list[str]:
    document = draft_fixture(text, REGISTRY, language, "2020-12-01", "once").document
    return [e["date"] for e in document["events"] if e["type"] == kind]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        (
            "en",
            "The presidents met in Moscow on 9 November. Since 10 November the two foreign "
            "ministers have met every week in Moscow.",
            "meeting",
        ),
        (
            "ru",
            "Президенты встретились в Москве 9 ноября. С 10 ноября министры иностранных дел "
            "встречаются в Москве каждую неделю.",
            "meeting",
        ),
        (
            "ar",
            "والتقى الرئيسان في موسكو في 9 نوفمبر. ومنذ العاشر من نوفمبر يلتقي وزيرا الخارجية "
            "كل أسبوع في موسكو.",
            "meeting",
        ),
        (
            "en",
            "The leaders of Armenia and Azerbaijan spoke by phone on 9 November. Since 10 "
            "November their foreign ministers have spoken by phone every week.",
            "phone-call",
        ),
        (
            "en",
            "The two sides signed a statement on 9 November. Armenia and Azerbaijan have "
            "signed nothing since 10 November.",
            "agreement-signed",
        ),
    ],
)
def test_an_event_of_a_day_takes_no_open_span(language: str, text: str, kind: str) -> None:
    found = dates(text, language, kind)
    assert found == ["2020-11-09"], found


def test_fighting_since_a_day_keeps_its_open_span() -> None:
    text = "Fighting between Armenia and Azerbaijan has gone on since 27 September in Karabakh."
    assert dates(text, "en", "armed-clash") == ["2020-09-27/.."]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking on the phone from Moscow on 9 November, a resident said the city was calm.",
        "Residents of Moscow spent the night of 9 November on the phone with relatives.",
    ],
)
def test_being_on_the_phone_is_no_call(text: str) -> None:
    assert dates(text, "en", "phone-call") == []
