"""Times of day without a date in `kb draft` (issue 25, times_of_day.py and .yaml): in a text
whose lead writes the publication day, a time of day (`at 12:05`, после полудня, بعد الظهر)
dates the events of its sentence by that day; in a text whose lead writes another day, and
next to a written date, it gives no day. Every text here is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("karabakh", "Place", "region", "Nagorno-Karabakh", "قره باغ", "Карабах", "Карабахе"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]

LEADS = {
    "ar": ("أعلنت أرمينيا وأذربيجان هدنة إنسانية في قره باغ يوم السبت.", "يوم الجمعة"),
    "en": ("Armenia and Azerbaijan agreed a truce in Nagorno-Karabakh on Saturday.", "on Friday"),
    "ru": ("Армения и Азербайджан договорились о перемирии в Карабахе в субботу.", "в пятницу"),
}
LATER = {
    "ar": "وقالت أرمينيا إن أذربيجان قصفت قرى في قره باغ بعد الظهر.",
    "en": "Armenia said Azerbaijan shelled villages in Nagorno-Karabakh at 12:05.",
    "ru": "По словам Армении, после полудня Азербайджан обстрелял села в Карабахе.",
}


def shelling(text: str, language: str) -> list[str]:
    document = draft_fixture(text, ENTITIES, language, "2020-10-10", "times").document
    items: list[dict[str, Any]] = document["events"]
    return [e["date"] for e in items if e["type"] == "shelling"]


@pytest.mark.parametrize("language", ["ar", "en", "ru"])
def test_a_time_of_day_dates_an_event_by_the_day_the_lead_writes(language: str) -> None:
    lead, _ = LEADS[language]
    assert shelling(f"{lead}\n\n{LATER[language]}", language) == ["2020-10-10"]


@pytest.mark.parametrize("language", ["ar", "en", "ru"])
def test_a_time_of_day_gives_no_day_when_the_lead_writes_another(language: str) -> None:
    lead, friday = LEADS[language]
    other = lead.replace(LEADS[language][0].split()[-1], friday.split()[-1] + ".")
    assert other != lead
    assert shelling(f"{other}\n\n{LATER[language]}", language) == []


@pytest.mark.parametrize(
    ("later", "language"),
    [
        ("وقالت أرمينيا إن أذربيجان قصفت قرى في قره باغ في الساعة 8:00 يوم الجمعة.", "ar"),
        ("Armenia said Azerbaijan shelled villages in Nagorno-Karabakh at 8 a.m. on Friday.", "en"),
        ("Армения заявила, что Азербайджан обстрелял села в Карабахе в 8:00 в пятницу.", "ru"),
        ("وقالت أرمينيا يوم الجمعة إن أذربيجان قصفت عددا من القرى الحدودية بعد الظهر.", "ar"),
        ("On Friday Armenia said Azerbaijan shelled a string of border villages at 12:05.", "en"),
        ("В пятницу Армения заявила, что Азербайджан обстрелял пограничные села в 12:05.", "ru"),
    ],
)
def test_a_time_next_to_a_date_is_that_dates(later: str, language: str) -> None:
    lead, _ = LEADS[language]
    assert shelling(f"{lead}\n\n{later}", language) == ["2020-10-09"]


@pytest.mark.parametrize("when", ["утром", "на рассвете"])
def test_a_russian_morning_alone_dates_an_event_by_the_day_the_lead_writes(when: str) -> None:
    lead, _ = LEADS["ru"]
    later = f"По словам Армении, {when} Азербайджан обстрелял села в Карабахе."
    assert shelling(f"{lead}\n\n{later}", "ru") == ["2020-10-10"]


@pytest.mark.parametrize(
    ("language", "later"),
    [
        ("en", "Armenia said Azerbaijan shelled villages in Nagorno-Karabakh overnight."),
        ("ru", "По словам Армении, этой ночью Азербайджан обстрелял села в Карабахе."),
        ("ar", "وقالت أرمينيا إن أذربيجان قصفت قرى في قره باغ الليلة الماضية."),
    ],
)
def test_the_night_just_past_dates_an_event_by_the_day_the_lead_writes(
    language: str, later: str
) -> None:
    lead, _ = LEADS[language]
    assert shelling(f"{lead}\n\n{later}", language) == ["2020-10-10"]
