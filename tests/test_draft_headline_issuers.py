"""A document's headline names its issuer right after its noun (Statement of the Ministry ...
on the call between X and Y; بيان صحفي لوزارة الخارجية ...; Заявление МИД России ...): when the
body's `the following` names no one (the Ministry states the following), its points are that
institution's, not those of the persons the headline is about. And in Arabic a second title
joined by و to a person's name is no name itself (سيرغي لافروف ووزير خارجية تركيا), while a
title of a state's minister (وزير خارجية الجمهورية التركية X) and a counterpart (نظيره التركي
X) name the person after them; a headline that names an information (Информация МИД России)
issues reports. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("russia", "Actor", "state", "Russia", "روسيا", "России", "Russian Federation"),
    entity(
        "russia-mfa",
        "Actor",
        "ministry",
        "Ministry of Foreign Affairs of Russia",
        "وزارة الخارجية الروسية",
        "МИД России",
        "the Ministry of Foreign Affairs of Russia",
    ),
    entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov", "سيرغي لافروف", "Сергея Лаврова"),
    entity("kremlin", "Actor", "government", "Kremlin", "الكرملين", "Кремля", "the Kremlin"),
]
STATEMENTS = {
    "en": (
        "Statement of the Ministry of Foreign Affairs of Russia on the call between Sergey "
        "Lavrov and Mevlut Cavusoglu\n\nMoscow, 27 October 2020\n\n"
        "Sergey Lavrov and Mevlut Cavusoglu spoke by telephone today, and the Ministry states "
        "the following:\n\n1. Foreign fighters have no place in the conflict.\n\n"
        "2. The truce of Monday did not hold."
    ),
    "ru": (
        "Заявление МИД России о разговоре Сергея Лаврова и Мевлюта Чавушоглу\n\n"
        "Москва, 27 октября 2020 года\n\n"
        "Сергей Лавров провел сегодня телефонный разговор с Мевлютом Чавушоглу, и министерство "
        "сообщает следующее:\n\n1. Иностранным боевикам не место в конфликте.\n\n"
        "2. Перемирие понедельника не было соблюдено."
    ),
    "ar": (
        "بيان صحفي لوزارة الخارجية الروسية بشأن المحادثة بين سيرغي لافروف ومولود جاووش أوغلو\n\n"
        "موسكو، 27 أكتوبر 2020\n\n"
        "جرت اليوم محادثة هاتفية بين سيرغي لافروف ومولود جاووش أوغلو، وتود وزارة الخارجية أن "
        "توضح بشأنها ما يلي:\n\n1. لا مكان للمسلحين الأجانب في النزاع.\n\n"
        "2. لم تصمد هدنة يوم الاثنين."
    ),
}


def drafted(text: str, language: str) -> dict[str, Any]:
    return draft_fixture(text, REGISTRY, language, "2020-10-27", "headline").document


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_the_points_are_the_headlines_institutions_not_the_callers(language: str) -> None:
    assert point_speakers(STATEMENTS[language], language) == [["russia-mfa"], ["russia-mfa"]]


def test_a_governments_headline_issues_its_points_too() -> None:
    text = STATEMENTS["en"].replace("the Ministry of Foreign Affairs of Russia", "the Kremlin")
    text = text.replace("the Ministry states", "the press service states")
    assert point_speakers(text, "en") == [["kremlin"], ["kremlin"]]


def point_speakers(text: str, language: str) -> list[list[str]]:
    document = drafted(text, language)
    points = [s for s in document["statements"] if s["evidence"][0]["passage"] in (4, 5)]
    return [s["speakers"] for s in points]


def proposed_persons(text: str) -> list[str]:
    entries = drafted("موسكو، 27 أكتوبر 2020\n\n" + text, "ar").get("proposed_entries") or []
    return [e["names"]["ar"] for e in entries if e["kind"] == "person"]


def test_a_title_joined_to_a_persons_name_is_no_name_and_a_states_minister_is_named() -> None:
    text = (
        "بحث وزير الخارجية سيرغي لافروف ووزير خارجية الجمهورية التركية مولود جاووش أوغلو الوضع "
        "في المنطقة."
    )
    assert proposed_persons(text) == ["مولود جاووش أوغلو"]


@pytest.mark.parametrize(
    "text",
    [
        "تحدث سيرغي لافروف هاتفيا مع نظيره التركي مولود جاووش أوغلو عن الوضع في المنطقة.",
        "تحدثت الوزيرة هاتفيا مع نظيرها التركي مولود جاووش أوغلو عن الوضع في المنطقة.",
        "وصل سيرغي لافروف ووزير دفاع الجمهورية التركية مولود جاووش أوغلو إلى المنطقة.",
    ],
)
def test_a_counterpart_or_a_states_defence_minister_names_the_person_after(text: str) -> None:
    assert proposed_persons(text) == ["مولود جاووش أوغلو"]


def test_a_title_the_list_lacks_joined_to_a_persons_name_is_no_name() -> None:
    assert proposed_persons("التقى سيرغي لافروف ووزير مالية تركيا في موسكو أمس.") == []


def test_an_information_headline_issues_reports() -> None:
    text = (
        "Информация МИД России о работе миротворцев\n\nМосква, 27 октября 2020 года\n\n"
        "МИД России доводит до сведения общественности данные о работе миротворцев.\n\n"
        "1. Через коридор прошли сто автобусов.\n\n2. На постах нарушений не отмечено."
    )
    document = drafted(text, "ru")
    points = [s for s in document["statements"] if s["evidence"][0]["passage"] in (4, 5)]
    assert [(s["speakers"], s["kind"]) for s in points] == [(["russia-mfa"], "report")] * 2
