"""Participants of drafted events (issue 25): a one-word name the drafter proposes without a
kind (a place shelled as often as an actor) is no participant; a proposed name of two words
(a person) is. Every text here is written for these tests; no database is needed."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
]


def participants(text: str, language: str) -> list[list[str]]:
    document = draft_fixture(text, ENTITIES, language, "2020-10-18", "who").document
    return [[p["actor"] for p in e.get("participants", [])] for e in document["events"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 17 October Armenia fired rockets at Mingachevir.", "en"),
        ("17 октября Армения выпустила ракеты по Мингячевиру.", "ru"),
    ],
)
def test_a_one_word_name_of_no_kind_is_no_participant(text: str, language: str) -> None:
    assert participants(text, language) == [["armenia"]]


def test_a_proposed_name_of_two_words_is_a_participant() -> None:
    text = "On 17 October Armenia held talks with Tomas Verhoeven in Geneva."
    [who] = participants(text, "en")
    assert "armenia" in who and len(who) == 2
