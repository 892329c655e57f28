"""The drafter on outlet styles of the corpus's third development group (issue 25): a TV
channel's website summary relaying agencies, a ministry readout with numbered points, a
newspaper analysis quoting through relays; each rule on short texts of our own, in every
language it concerns. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import registry_entity as entity

from kb_service.curation.drafting import Draft, draft
from kb_service.curation.vocabulary import base

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия"),
    entity("jeyhun-bayramov", "Actor", "person", "Jeyhun Bayramov", "جيهون بيراموف", "Байрамов"),
    entity("minsk-group", "Actor", "organisation", "Minsk Group", "مجموعة مينسك", "Минская группа"),
    entity("novosti", "Actor", "news-agency", "RIA Novosti", "نوفوستي", "РИА Новости"),
]


def drafted(text: str, language: str, published: str | None = "2020-11-25") -> Draft:
    return draft(
        text,
        source_id="outlets",
        publisher="Test fixtures",
        entities=REGISTRY,
        vocabulary=base(),
        language=language,
        published=published,
    )


def events(text: str, language: str, published: str = "2020-11-25") -> list[tuple[str, str]]:
    return [(e["type"], e["date"]) for e in drafted(text, language, published).document["events"]]


def statements(text: str, language: str) -> list[dict[str, Any]]:
    return list(drafted(text, language).document["statements"])


@pytest.mark.parametrize(
    ("banner", "language"),
    [
        ("NINE NEWS | 25.11.2020 | 15:10", "en"),
        ("قناة الشرق | 25.11.2020 | 15:10", "ar"),
        ("Новости дня | 25.11.2020 | 15:10", "ru"),
    ],
)
def test_a_banner_of_segments_between_bars_with_a_date_is_not_content(
    banner: str, language: str
) -> None:
    text = f"Headline\n\n{banner}\n\nArmenia and Azerbaijan met on Tuesday."
    assert drafted(text, language).document["non_content"] == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Under the truce deal the Lachin district is to be handed back by 1 December.", "en"),
        ("بموجب اتفاق وقف إطلاق النار، يجب تسليم منطقة لاتشين إلى أذربيجان بحلول 1 ديسمبر.", "ar"),
        (
            "Согласно соглашению о прекращении огня, Лачинский район должен быть передан "
            "Азербайджану до 1 декабря.",
            "ru",
        ),
    ],
)
def test_a_document_cited_as_the_ground_of_a_deadline_is_no_event(text: str, language: str) -> None:
    assert events(text, language) == [("territory-handover", "2020-12-01")]


def test_an_arabic_word_in_taa_marbuta_is_no_verb_with_a_pronoun() -> None:
    # التابعة (belonging to) is no تابع (he went on), إضافة (in addition) no أضاف (he added)
    text = (
        "التقى الوزير جيهون بيراموف الرؤساء المشاركين لمجموعة مينسك التابعة لمنظمة الأمن "
        "والتعاون في أوروبا، إضافة إلى سفير روسيا."
    )
    assert statements(text, "ar") == []
