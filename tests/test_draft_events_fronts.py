"""A general event type absorbed by a precise one in `kb draft` (issue 25, event_merge.py
`absorbed`, event_rules.yaml): an attack on the day of a shelling is that shelling when the two
share a place or a passage, but an attack on one front and shelling of villages on another are
two events; and Russian cues (cues.yaml): `ударили` reports a strike, `встречные` is no meeting.
Every text here is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("barda", "Place", "city", "Barda", "بردعة", "Барда", "Барду", "Барде"),
    entity("hadrut", "Place", "town", "Hadrut", "هادروت", "Гадрут", "Гадрута"),
    entity("ganja", "Place", "city", "Ganja", "كنجة", "Гянджа", "Гянджи", "Гянджу"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]

TEXTS = {  # an attack on one place, shelling of another (or the same), the same day
    "ar": ("شنت أذربيجان هجوما على هادروت يوم 10 أكتوبر.", "وقصفت أرمينيا بردعة يوم 10 أكتوبر."),
    "en": ("Azerbaijan attacked Hadrut on 10 October.", "Armenia shelled Barda on 10 October."),
    "ru": ("Азербайджан 10 октября атаковал Гадрут.", "Армения 10 октября обстреляла Барду."),
}


def events(text: str, language: str) -> list[tuple[str, str]]:
    document = draft_fixture(text, ENTITIES, language, "2020-10-12", "fronts").document
    items: list[dict[str, Any]] = document["events"]
    return sorted((e["type"], e["date"]) for e in items)


@pytest.mark.parametrize("language", ["ar", "en", "ru"])
def test_an_attack_elsewhere_on_the_day_of_a_shelling_is_its_own_event(language: str) -> None:
    attack, shelling = TEXTS[language]
    assert events(f"{attack}\n\n{shelling}", language) == [
        ("offensive", "2020-10-10"),
        ("shelling", "2020-10-10"),
    ]


@pytest.mark.parametrize("language", ["ar", "en", "ru"])
def test_an_attack_on_the_place_shelled_that_day_is_the_shelling(language: str) -> None:
    attack, shelling = TEXTS[language]
    same = attack.replace(
        *{"ar": ("هادروت", "بردعة"), "en": ("Hadrut", "Barda"), "ru": ("Гадрут", "Барду")}[language]
    )
    assert same != attack
    assert events(f"{same}\n\n{shelling}", language) == [("shelling", "2020-10-10")]


def test_russian_struck_with_rockets_is_a_shelling() -> None:
    text = "Ракетами по жилым кварталам Гянджи армия Армении ударила 17 октября."
    assert events(text, "ru") == [("shelling", "2020-10-17")]


def test_russian_counter_claims_are_no_meeting() -> None:
    text = "Азербайджан 10 октября ответил Армении встречными обвинениями."
    assert events(text, "ru") == []
