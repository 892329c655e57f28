"""A banner that names a document and its issuer (Amnesty Watch | Public statement | London, 5
October 2020) makes the text that issuer's document in `kb draft` (issue 25): its body speaks
for the issuer, sentence by sentence, on the day published, as under a document's title. The
noun may come first (News release | Office of the High Commissioner for Human Rights | ...). A
banner of a channel (NEWS 24 | 18.11.2020 | 19:40) or a rubric (a state, a person, an outlet
before the noun; Сообщения), one whose second segment is not a document's noun alone (Lavrov
statement), or one whose issuer the content never names makes no document. The banner's day is
the document's. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity(
        "russia-mfa",
        "Actor",
        "ministry",
        "Ministry of Foreign Affairs of Russia",
        "وزارة الخارجية الروسية",
        "МИД России",
    ),
    entity("tass", "Actor", "news-agency", "TASS", "تاس", "ТАСС"),
    entity("france", "Actor", "state", "France", "فرنسا", "Франция"),
    entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov", "لافروف", "Лавров", "Lavrov"),
    entity(
        "ohchr",
        "Actor",
        "organisation",
        "Office of the UN High Commissioner for Human Rights",
        "مفوضية حقوق الإنسان",
        "Управление Верховного комиссара по правам человека",
    ),
]
PUBLISHED = "2020-10-05"
TEXTS = {
    "en": (
        "Karabakh: Bomblets in the streets of Stepanakert",
        "Ministry of Foreign Affairs of Russia | {noun} | Moscow, 5 October 2020",
        "Cluster munitions were fired into the streets of Stepanakert, the Ministry of Foreign "
        "Affairs of Russia has found. Civilians on both sides pay a heavy price.",
    ),
    "ru": (
        "Карабах: кассетные боеприпасы на улицах Степанакерта",
        "МИД России | {noun} | Москва, 5 октября 2020 года",
        "По данным МИД России, кассетные боеприпасы падали на улицы Степанакерта. Мирные жители "
        "обеих сторон платят высокую цену.",
    ),
    "ar": (
        "قره باغ: قنابل عنقودية في شوارع ستيباناكيرت",
        "وزارة الخارجية الروسية | {noun} | موسكو، 5 أكتوبر 2020",
        "وحسب وزارة الخارجية الروسية سقطت قنابل عنقودية في شوارع ستيباناكيرت. المدنيون على "
        "الجانبين يدفعون ثمنا باهظا.",
    ),
}
NOUNS = {"en": "Public statement", "ru": "Заявление", "ar": "بيان صحفي"}
HEAVY = {"en": "heavy price", "ru": "высокую цену", "ar": "ثمنا باهظا"}


# a passage that names a person, states and an outlet in the content (none of them speaks)
NAMED = "Sergey Lavrov met envoys of Azerbaijan and France, TASS wrote."


def statements(text: str, language: str, published: str = PUBLISHED) -> list[dict[str, Any]]:
    document = draft_fixture(text, REGISTRY, language, published, "banners").document
    return list(document["statements"])


def text_of(language: str, banner: str | None = None, body: str | None = None) -> str:
    headline, default, own = TEXTS[language]
    banner = banner or default.format(noun=NOUNS[language])
    return "\n\n".join([headline, banner, body or own])


def heavy(language: str, banner: str | None = None, body: str | None = None) -> list[Any]:
    found = statements(text_of(language, banner, body), language)
    return [s for s in found if HEAVY[language] in s["evidence"][0]["quote"]]


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_a_banners_issuer_speaks_the_body(language: str) -> None:
    (said,) = heavy(language)
    assert said["speakers"] == ["russia-mfa"]
    assert said["date"] == PUBLISHED


@pytest.mark.parametrize(
    "banner",
    [
        "NEWS 24 | 05.10.2020 | 19:40",  # a channel's banner names no document
        "Ministry of Foreign Affairs of Russia | Armenia | Public statement | 5 October 2020",
        "Ministry of Foreign Affairs of Russia | News | Moscow, 5 October 2020",
        "Ministry of Foreign Affairs of Russia | Public statement on the war | 5 October 2020",
        "Ministry of Foreign Affairs of Russia | Public statement",  # content: no banner
        "TASS | Public statement | Moscow, 5 October 2020",  # an outlet relays, issues nothing
        "Azerbaijan | Lavrov statement | 14:20",  # a country's rubric, another's statement
        "Sergey Lavrov | Statement | 05.10.2020",  # a person's words are no document's
        "France | Statement | 05.10.2020",  # a state: a channel's rubric
        "Armenia | Public statement | Ministry of Foreign Affairs of Russia | 05.10.2020",
    ],
)
def test_no_document_without_one_issuer_and_a_documents_noun(banner: str) -> None:
    body = f"{TEXTS['en'][2]}\n\n{NAMED}"
    assert heavy("en", banner, body) == []


@pytest.mark.parametrize(
    ("language", "banner"),
    [
        ("en", "News release | Ministry of Foreign Affairs of Russia | Moscow | 5 October 2020"),
        ("en", "Press release | Ministry of Foreign Affairs of Russia | 05.10.2020"),
        ("ru", "Заявление | МИД России | Москва, 5 октября 2020 года"),
        ("ar", "بيان صحفي | وزارة الخارجية الروسية | موسكو، 5 أكتوبر 2020"),
    ],
)
def test_a_banner_may_name_its_noun_before_its_issuer(language: str, banner: str) -> None:
    (said,) = heavy(language, banner)
    assert said["speakers"] == ["russia-mfa"]


OFFICE = "Office of the UN High Commissioner for Human Rights"  # a segment of 53 characters


@pytest.mark.parametrize(
    "banner",
    [
        f"News release | {OFFICE} | Geneva | 5 October 2020",
        f"{OFFICE} | News release | Geneva | 5 October 2020",
    ],
)
def test_a_banner_holds_an_issuers_long_name(banner: str) -> None:
    body = f"Civilians on both sides pay a heavy price, the {OFFICE} has found."
    (said,) = heavy("en", banner, body)
    assert said["speakers"] == ["ohchr"]


@pytest.mark.parametrize("rubric", ["Сообщения", "Документы"])
def test_a_plural_rubric_is_no_documents_noun(rubric: str) -> None:
    assert heavy("ru", f"МИД России | {rubric} | 05.10.2020") == []


def test_an_issuer_the_content_does_not_name_issues_nothing() -> None:
    body = "Cluster munitions fell in Stepanakert. Civilians on both sides pay a heavy price."
    assert heavy("en", body=body) == []


def test_the_banners_day_is_the_documents() -> None:
    found = statements(text_of("en"), "en", published="2020-10-09")
    assert [s["date"] for s in found if HEAVY["en"] in s["quote"]] == [PUBLISHED]


def test_a_banner_after_the_texts_opening_names_nothing() -> None:
    headline, banner, body = TEXTS["en"]
    text = "\n\n".join([headline, "Moscow", "Karabakh", banner.format(noun="Public statement")])
    found = statements(f"{text}\n\n{body}", "en")
    assert [s for s in found if HEAVY["en"] in s["evidence"][0]["quote"]] == []


def test_the_issuers_own_words_are_of_the_documents_day() -> None:
    headline, banner, _ = TEXTS["en"]
    appeal = "The Ministry of Foreign Affairs of Russia urges both sides to spare civilians."
    text = "\n\n".join([headline, banner.format(noun="Public statement"), appeal])
    found = statements(text, "en", published="2020-10-09")
    assert [(s["speakers"], s["date"]) for s in found] == [(["russia-mfa"], PUBLISHED)]


@pytest.mark.parametrize(
    "headline",
    [
        "Cluster bombs fell in Stepanakert on 5 October | World",  # two segments
        "Cluster bombs fell in Stepanakert on 5 October | World | TASS",  # a web page's title
        # four, one of them longer than an institution's name
        "World | Cluster bombs fell on the streets of Stepanakert on 5 October, TASS says | A | B",
    ],
)
def test_a_long_headline_and_its_rubric_stay_content(headline: str) -> None:
    text = "\n\n".join([headline, "Civilians on both sides pay a heavy price, TASS wrote."])
    drafted = draft_fixture(text, REGISTRY, "en", PUBLISHED, "banners").document
    assert drafted["non_content"] == []


def test_a_place_and_date_line_is_no_banner() -> None:
    headline, _, body = TEXTS["en"]
    text = "\n\n".join([headline, "Moscow, 5 October 2020", body])
    assert [s for s in statements(text, "en") if HEAVY["en"] in s["quote"]] == []
