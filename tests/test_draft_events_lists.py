"""Districts handed over on days listed after one verb are one handover each (issue 25,
passage_dates.py `paired`); the words that receive or give back a district (استلام, came back,
вернула); an Arabic day since an ordinal (منذ العاشر من نوفمبر) and a document's date right after
its noun (بيان التاسع من نوفمبر: the document's, no other event's). Every text here is written
for these tests; no database needed."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан", "Азербайджану"),
    entity("aghdam", "Place", "district", "Aghdam", "أغدام", "Агдам"),
    entity("kelbajar", "Place", "district", "Kalbajar", "كلبجار", "Кельбаджар"),
    entity("lachin", "Place", "district", "Lachin", "لاتشين", "Лачин"),
    entity("karabakh", "Place", "region", "Nagorno-Karabakh", "قره باغ", "Карабах", "Карабахе"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]
LISTED = [("territory-handover", d) for d in ("2020-11-20", "2020-11-25", "2020-12-01")]


def drafted(text: str, language: str, published: str) -> list[tuple[str, str]]:
    document = draft_fixture(text, ENTITIES, language, published, "lists").document
    items: list[dict[str, Any]] = document["events"]
    return [(e["type"], e["date"]) for e in items]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Under the deal the Aghdam district came back to Azerbaijan on 20 November, the "
            "Kalbajar district on 25 November and the Lachin district on 1 December.",
            "en",
        ),
        (
            "سلمت أرمينيا منطقة أغدام في 20 نوفمبر، ومنطقة كلبجار في 25 نوفمبر، ومنطقة لاتشين "
            "في الأول من ديسمبر.",
            "ar",
        ),
        (
            "Армения вернула Азербайджану Агдамский район 20 ноября, Кельбаджарский район "
            "25 ноября и Лачинский район 1 декабря.",
            "ru",
        ),
    ],
)
def test_districts_listed_with_their_days_are_one_handover_each(text: str, language: str) -> None:
    assert drafted(text, language, "2020-12-20") == LISTED


@pytest.mark.parametrize(
    "text",
    [
        "Armenia handed Aghdam back on 20 November, and shelling hit it on 25 November.",
        "Armenia handed the Aghdam district back on 20 November, a week or so before roads across "
        "the whole region were snowed under on 25 November.",
    ],
)
def test_a_day_of_another_event_or_far_after_is_not_listed_with_the_handover(text: str) -> None:
    # another cue's clause (shelling) and a day far past the last are no district's day
    found = drafted(text, "en", "2020-12-20")
    assert ("territory-handover", "2020-11-25") not in found
    assert ("territory-handover", "2020-11-20") in found


@pytest.mark.parametrize(
    "text",
    [
        "وتنتظر أذربيجان استلام منطقة كلبجار في 25 نوفمبر.",
        "وكانت أذربيجان تستلم منطقة كلبجار في 25 نوفمبر.",
        "ويستلم الجيش الأذربيجاني منطقة كلبجار في 25 نوفمبر.",
        "واستلمت أذربيجان منطقة كلبجار في 25 نوفمبر.",
        "وتسلمت أذربيجان منطقة كلبجار في 25 نوفمبر.",
        "وتعهدت أرمينيا باستلام أذربيجان منطقة كلبجار في 25 نوفمبر.",
    ],
)
def test_a_district_received_is_handed_over(text: str) -> None:
    assert drafted(text, "ar", "2020-11-20") == [("territory-handover", "2020-11-25")]


@pytest.mark.parametrize("word", ["вернула", "вернули", "вернул"])
def test_a_district_given_back_in_russian_is_handed_over(word: str) -> None:
    text = f"Армения {word} Азербайджану Кельбаджарский район 25 ноября."
    assert drafted(text, "ru", "2020-12-20") == [("territory-handover", "2020-11-25")]


def test_an_ordinal_day_after_since_opens_a_span() -> None:
    text = "ولا يزال وقف إطلاق النار ساريا في قره باغ منذ العاشر من تشرين الثاني/نوفمبر."
    assert drafted(text, "ar", "2020-11-20") == [("ceasefire", "2020-11-10/..")]


def test_a_date_right_after_a_documents_noun_dates_no_other_event() -> None:
    # بيان التاسع من نوفمبر names the statement: the halt it brought is not of that day
    text = "ورحبت أرمينيا وأذربيجان بتوقف العمليات العسكرية في قره باغ بفضل بيان التاسع من نوفمبر."
    assert all(date != "2020-11-09" for _, date in drafted(text, "ar", "2020-12-03"))


@pytest.mark.parametrize(
    "text",
    [
        "The Kalbajar district comes back to Azerbaijan on 25 November.",
        "The Kalbajar district is to come back to Azerbaijan on 25 November.",
    ],
)
def test_a_district_that_comes_back_is_handed_over(text: str) -> None:
    assert drafted(text, "en", "2020-11-20") == [("territory-handover", "2020-11-25")]


def test_a_list_of_districts_and_days_drafts_at_most_six_handovers() -> None:
    text = (
        "Armenia handed back Aghdam on 1 November, Kalbajar on 2 November, Lachin on 3 November, "
        "Fizuli on 4 November, Jabrayil on 5 November, Zangilan on 6 November and Gubadli on "
        "7 November."
    )
    days = [d for _, d in drafted(text, "en", "2020-11-10")]
    assert days == [f"2020-11-0{k}" for k in range(1, 7)]  # MAX_DEADLINES, one cue's at most
