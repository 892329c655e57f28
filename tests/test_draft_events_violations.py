"""A ceasefire's breach or its keeping names a ceasefire already in force, not a new one: `Baku
accused Yerevan of a breach of the truce on 12 December` drafts no ceasefire of 12 December
(cues.yaml `blocked`). A truce broken minutes after it took effect is still drafted from its
start (بدء سريانها, as `took effect`). Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
]


def ceasefires(text: str, language: str) -> list[str]:
    document = draft_fixture(text, REGISTRY, language, "2020-12-14", "violations").document
    return [e["date"] for e in document["events"] if e["type"] == "ceasefire"]


BREACHES = [
    ("ar", "واتهمت أذربيجان أرمينيا يوم 12 ديسمبر بخرق لوقف إطلاق النار في الجنوب."),
    ("ar", "واتهمت أرمينيا أذربيجان بخرق وقف إطلاق النار يوم 12 ديسمبر."),
    ("ar", "وتحدثت أرمينيا عن خرق الهدنة يوم 12 ديسمبر قرب القرى الجنوبية."),
    ("ar", "ونددت أذربيجان بانتهاك وقف إطلاق النار يوم 12 ديسمبر."),
    ("ar", "ونددت أرمينيا بانتهاك الهدنة يوم 12 ديسمبر."),
    ("ar", "ورصدت أرمينيا انتهاكات وقف إطلاق النار يوم 12 ديسمبر."),
    ("en", "Armenia reported a breach of the ceasefire on 12 December."),
    ("en", "Azerbaijan listed two breaches of the truce on 12 December."),
    ("en", "Armenia reported a violation of the ceasefire on 12 December."),
    ("en", "Azerbaijan counted three violations of the truce on 12 December."),
    ("en", "Azerbaijan said Armenian units had violated the ceasefire on 12 December."),
    ("en", "Armenia said Azerbaijani units were violating the truce on 12 December."),
    ("en", "Armenia said Azerbaijan broke the ceasefire on 12 December."),
    ("en", "Azerbaijan said Armenia broke the truce on 12 December."),
    ("en", "Armenia listed two ceasefire violations on 12 December."),
    ("ru", "Армения сообщила о нарушении перемирия 12 декабря."),
    ("ru", "Азербайджан заявил о нарушении режима прекращения огня 12 декабря."),
    ("ru", "Армения сообщила о нарушениях режима перемирия 12 декабря."),
    ("ru", "Армения 12 декабря заверила, что соблюдает перемирие."),
    ("ru", "Армения и Азербайджан 12 декабря заверили, что соблюдают перемирие."),
    ("ru", "Азербайджан 12 декабря заверил, что перемирие соблюдается."),
    ("ru", "Азербайджан 12 декабря заверил, что перемирие снова соблюдается."),
]


@pytest.mark.parametrize(("language", "text"), BREACHES)
def test_a_breach_or_the_keeping_of_a_ceasefire_drafts_no_ceasefire(
    language: str, text: str
) -> None:
    assert ceasefires(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ceasefire between Armenia and Azerbaijan took effect on 12 December."),
        ("ru", "Перемирие между Арменией и Азербайджаном вступило в силу 12 декабря."),
        ("ar", "ودخل وقف إطلاق النار بين أرمينيا وأذربيجان حيز التنفيذ يوم 12 ديسمبر."),
        ("en", "Russia brokered the ceasefire between Armenia and Azerbaijan on 12 December."),
        ("en", "Russia brokered the truce between Armenia and Azerbaijan on 12 December."),
        ("ru", "Армения и Азербайджан 12 декабря договорились соблюдать перемирие."),
        ("ru", "Армения и Азербайджан 12 декабря заключили перемирие и соблюдают его."),
    ],
)
def test_a_ceasefire_that_takes_effect_is_drafted(language: str, text: str) -> None:
    assert ceasefires(text, language) == ["2020-12-12"]


def test_a_truce_broken_after_it_took_effect_is_drafted_from_its_start() -> None:
    text = (
        "اتهمت أذربيجان أرمينيا بخرق الهدنة الإنسانية بعد دقائق من بدء سريانها ظهر يوم 12 ديسمبر."
    )
    assert ceasefires(text, "ar") == ["2020-12-12"]


def test_a_breached_truce_a_relative_clause_dates_is_drafted_from_its_start() -> None:
    text = (
        "Baku described the shelling of Barda as a breach of the truce, which the sides had "
        "pledged to observe from 12 December."
    )
    assert ceasefires(text, "en") == ["2020-12-12"]


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev rejected any ceasefire that would leave Armenian troops in Karabakh on 12 "
        "December.",
        "Armenia said Azerbaijan broke the truce that morning, on 12 December.",
        "Armenia reported a breach of the truce. That evening, on 12 December, shelling resumed.",
    ],
)
def test_a_relative_pronoun_without_a_comma_keeps_no_blocked_cue(text: str) -> None:
    assert ceasefires(text, "en") == []
