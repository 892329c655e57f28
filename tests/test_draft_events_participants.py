"""Participants of drafted events (issue 25): a one-word name the drafter proposes without a
kind (a place shelled as often as an actor) is no participant; a proposed name of two words
(a person) is; of talks, the people of the cue's clause (not one who invited them). Every
text here is written for these tests; no database is needed."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("ann-fell", "Actor", "person", "Ann Fell", "آن فيل", "Анна Фелл"),
    entity("ivo-marr", "Actor", "person", "Ivo Marr", "إيفو مار", "Иво Марром"),
    entity("tom-berg", "Actor", "person", "Tom Berg", "توم بيرغ", "Том Берг"),
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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 9 October Ann Fell held talks with Ivo Marr, after Tom Berg invited them.", "en"),
        (
            "9 октября Анна Фелл провела переговоры с Иво Марром, "
            "после того как их пригласил Том Берг.",
            "ru",
        ),
        ("وأجرت آن فيل في 9 أكتوبر مباحثات مع إيفو مار، بعد أن استضافهما توم بيرغ.", "ar"),
    ],
)
def test_the_people_who_talk_are_those_of_the_cue_s_clause(text: str, language: str) -> None:
    assert [sorted(who) for who in participants(text, language)] == [["ann-fell", "ivo-marr"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Citing Tom Berg, Ann Fell held a phone call with Ivo Marr on 9 October.", "en"),
        (
            "Согласно информации Том Берг, 9 октября Анна Фелл говорила по телефону с Иво Марром.",
            "ru",
        ),
        ("نقلا عن توم بيرغ، أجرت آن فيل في 9 أكتوبر اتصالا هاتفيا مع إيفو مار.", "ar"),
    ],
)
def test_the_source_of_a_report_is_no_participant(text: str, language: str) -> None:
    assert [sorted(who) for who in participants(text, language)] == [["ann-fell", "ivo-marr"]]
