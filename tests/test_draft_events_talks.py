"""Talks that are no negotiations (issue 25): talks whose sentence does not name both warring
sides are a meeting (a visitor's talks with the host), titled so; talks between the sides stay
negotiations. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("turkey", "Actor", "state", "Turkey", "تركيا", "Турция", "Турции"),
    entity("moscow", "Place", "city", "Moscow", "موسكو", "Москва", "Москве"),
]


def events(text: str, language: str) -> list[dict[str, Any]]:
    document = draft_fixture(text, ENTITIES, language, "2020-10-30", "talks").document
    return list(document["events"])


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "Turkey held talks in Moscow on Friday.", "meeting"),
        ("ru", "Турция провела переговоры в Москве в пятницу.", "meeting"),
        ("en", "Armenia and Azerbaijan held talks in Moscow on Friday.", "negotiations"),
        ("ar", "أجرت أرمينيا وأذربيجان محادثات في موسكو يوم الجمعة.", "negotiations"),
    ],
)
def test_talks_not_between_both_sides_are_a_meeting(language: str, text: str, kind: str) -> None:
    [event] = events(text, language)
    assert event["type"] == kind
    assert event["title"].startswith(kind.capitalize())
