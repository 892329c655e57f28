"""Troops that enter a district hand it over (issue 25, cues.yaml `pairs: entering`), on the
day their own clause writes even beside the deadlines of other districts (passage_dates.py
`past`), and a weekday the day after tomorrow (date_patterns.py). Every text here is written
for these tests; no database needed."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("kelbajar", "Place", "district", "Kalbajar", "كلبجار", "Кельбаджар"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


def drafted(text: str, language: str, published: str) -> list[tuple[str, str, str]]:
    document = draft_fixture(text, ENTITIES, language, published, "entering").document
    items: list[dict[str, Any]] = document["events"]
    return [(e["type"], e["date"], e.get("status", "occurred")) for e in items]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijani army units entered the Kalbajar district on Wednesday.", "en"),
        ("On Wednesday troops of Azerbaijan moved into Kalbajar before dawn.", "en"),
        ("ودخلت وحدات من جيش أذربيجان منطقة كلبجار الأربعاء.", "ar"),
        ("وأفادت أذربيجان بأن جيشها دخل كلبجار صباح الأربعاء.", "ar"),
        ("أما كلبجار فقد دخلها جيش أذربيجان صباح الأربعاء.", "ar"),
        ("В среду подразделения армии Азербайджана вошли в Кельбаджар.", "ru"),
        ("В среду в Кельбаджар вошли части азербайджанской армии.", "ru"),
    ],
)
def test_troops_that_enter_a_district_hand_it_over(text: str, language: str) -> None:
    assert drafted(text, language, "2020-11-26") == [
        ("territory-handover", "2020-11-25", "occurred")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [  # each word of the pair's lists, the only one of its list in its sentence
        ("The Azerbaijani army entered Kalbajar on Wednesday.", "en"),
        ("Azerbaijani troops will enter Kalbajar on Wednesday.", "en"),
        ("On Wednesday the army enters Kalbajar.", "en"),
        ("Azerbaijani units began entering Kalbajar on Wednesday.", "en"),
        ("In Kalbajar, Azerbaijani soldiers moved in on Wednesday.", "en"),
        ("Azerbaijani forces moved into Kalbajar on Wednesday.", "en"),
        ("In Kalbajar, Azerbaijani troops are to move in on Wednesday.", "en"),
        ("Azerbaijani troops will move into Kalbajar on Wednesday.", "en"),
        ("ودخل الجيش الأذربيجاني كلبجار الأربعاء.", "ar"),
        ("ودخلت وحدات أذربيجانية كلبجار الأربعاء.", "ar"),
        ("وقالت أذربيجان إن عناصر الجيش دخلوا كلبجار الأربعاء.", "ar"),
        ("وأعلنت أذربيجان الأربعاء دخول وحدة عسكرية إلى كلبجار.", "ar"),
        ("وقال رئيس أذربيجان إن جيشه يدخل كلبجار الأربعاء.", "ar"),
        ("وقالت أذربيجان إن كلبجار دخلها جيشها الأربعاء.", "ar"),
        ("وكلبجار دخلتها وحدات أذربيجانية الأربعاء.", "ar"),
        ("В среду подразделения Азербайджана вошли в Кельбаджар.", "ru"),
        ("В среду в Кельбаджар вошел первый батальон армии Азербайджана.", "ru"),
        ("В среду в Кельбаджар вошёл контингент войск Азербайджана.", "ru"),
        ("Части Азербайджана войдут в Кельбаджар в среду.", "ru"),
        ("Армия Азербайджана войдет в Кельбаджар в среду.", "ru"),
        ("В среду в Кельбаджар входят колонны частей Азербайджана.", "ru"),
    ],
)
def test_each_word_of_entering_troops_hands_a_district_over(text: str, language: str) -> None:
    assert "territory-handover" in [t for t, _, _ in drafted(text, language, "2020-11-20")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Wednesday the fighting in Kalbajar entered its fourth week.", "en"),
        ("وقالت أرمينيا الأربعاء إن تدخل جيش أذربيجان في كلبجار مرفوض.", "ar"),  # intervened
        ("В среду в состав делегации Армении вошли три министра.", "ru"),  # no troops
    ],
)
def test_entering_without_troops_or_into_no_place_hands_nothing_over(
    text: str, language: str
) -> None:
    assert ("territory-handover", "2020-11-25", "occurred") not in drafted(
        text, language, "2020-11-26"
    )


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (
            "Of the districts Armenia must return, Kalbajar came first: Azerbaijani troops moved "
            "in on Wednesday. Aghdam is due by Nov. 30 and Lachin by Dec. 1.",
            "en",
            "2020-11-26",
        ),
        (
            "Armenia handed back the Kalbajar district on Wednesday, and must hand over Lachin "
            "by Dec. 1.",
            "en",
            "2020-11-26",
        ),
        (
            "ودخلت وحدات من الجيش الأذربيجاني اليوم منطقة كلبجار، وهي من المناطق التي يتعين على "
            "أرمينيا تسليمها، على أن تليها أغدام في 30 نوفمبر ثم لاتشين بحلول الأول من ديسمبر.",
            "ar",
            "2020-11-25",
        ),
    ],
)
def test_a_handover_of_a_day_written_in_its_clause_is_of_that_day_beside_deadlines(
    text: str, language: str, published: str
) -> None:
    found = drafted(text, language, published)
    assert ("territory-handover", "2020-11-25", "occurred") in found
    assert ("territory-handover", "2020-12-01", "due") in found


def test_a_handover_clause_that_also_cues_a_signing_takes_the_deadline() -> None:
    # the 10 November is the document's, in a clause of two types: not the handover's day
    text = (
        "ويستعد الجيش الأذربيجاني لدخول كلبجار بعد غد الجمعة، في أول عملية تسليم بموجب البيان "
        "الموقع في 10 نوفمبر."
    )
    found = drafted(text, "ar", "2020-11-18")
    assert ("territory-handover", "2020-11-20", "due") in found
    assert not [e for e in found if e[0] == "territory-handover" and e[1] != "2020-11-20"]


@pytest.mark.parametrize("when", ["بعد غد الجمعة", "غدا الجمعة"])
def test_the_day_after_tomorrow_or_tomorrow_with_a_weekday_is_the_next_such_day(
    when: str,
) -> None:
    text = f"ومن المقرر أن يلتقي وزيرا خارجية أرمينيا وأذربيجان في جنيف {when}."
    assert drafted(text, "ar", "2020-11-18") == [("meeting", "2020-11-20", "scheduled")]
