"""A banner that names a document and its issuer (Amnesty Watch | Public statement | London, 5
October 2020) makes the text that issuer's document in `kb draft` (issue 25): its body speaks
for the issuer, sentence by sentence, on the day published, as under a document's title. A
banner of a channel (NEWS 24 | 18.11.2020 | 19:40), one that names two actors, or one whose
noun is no document's makes no document. Texts are our own. Pure: no Neo4j."""

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


def statements(text: str, language: str) -> list[dict[str, Any]]:
    document = draft_fixture(text, REGISTRY, language, PUBLISHED, "banners").document
    return list(document["statements"])


def text_of(language: str, banner: str | None = None) -> str:
    headline, default, body = TEXTS[language]
    return "\n\n".join([headline, banner or default.format(noun=NOUNS[language]), body])


def heavy(language: str, banner: str | None = None) -> list[dict[str, Any]]:
    found = statements(text_of(language, banner), language)
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
    ],
)
def test_no_document_without_one_issuer_and_a_documents_noun(banner: str) -> None:
    assert heavy("en", banner) == []


def test_a_banner_after_the_texts_opening_names_nothing() -> None:
    headline, banner, body = TEXTS["en"]
    text = "\n\n".join([headline, "Moscow", "Karabakh", banner.format(noun="Public statement")])
    found = statements(f"{text}\n\n{body}", "en")
    assert [s for s in found if HEAVY["en"] in s["evidence"][0]["quote"]] == []


def test_the_issuers_own_words_are_of_the_documents_day() -> None:
    appeal = "The Ministry of Foreign Affairs of Russia urges both sides to spare civilians."
    text = f"{text_of('en')}\n\n{appeal}\n\nTASS reported the statement."
    found = [s for s in statements(text, "en") if "spare civilians" in s["quote"]]
    assert [(s["speakers"], s["date"]) for s in found] == [(["russia-mfa"], PUBLISHED)]
