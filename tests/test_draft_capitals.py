"""A capital that speaks for its side's authorities (issue 25): `Officials in Stepanakert
said`, `Baku said`, `أعلنت باكو`, `в Баку заявили`. The passage still names the city; a person
named next to the verb still speaks (`In Yerevan, Pashinyan said`, `Алиев заявил в Баку`).
Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity(
        "nagorno-karabakh-republic",
        "Actor",
        "unrecognised-state",
        "Nagorno-Karabakh Republic",
        "جمهورية ناغورني قره باغ",
        "Нагорно-Карабахская Республика",
    ),
    entity("baku", "Place", "capital", "Baku", "باكو", "Баку"),
    entity("yerevan", "Place", "capital", "Yerevan", "يريفان", "Ереван"),
    entity("stepanakert", "Place", "capital", "Stepanakert", "ستيباناكيرت", "Степанакерт"),
    entity("nagorno-karabakh", "Place", "region", "Karabakh", "قره باغ", "Карабах"),
    entity("pashinyan", "Actor", "person", "Nikol Pashinyan", "باشينيان", "Пашинян", "Pashinyan"),
    entity("aliyev", "Actor", "person", "Ilham Aliyev", "علييف", "Алиев", "Aliyev"),
]


def speakers(text: str, language: str) -> tuple[list[list[str]], set[str]]:
    draft = draft_fixture(text, REGISTRY, language, "2020-10-18", "capitals")
    named = {m.entity.id for reading in draft.readings for m in reading.mentions}
    return [s["speakers"] for s in draft.document["statements"]], named


@pytest.mark.parametrize(
    ("language", "text", "city", "actor"),
    [
        (
            "en",
            "Officials in Stepanakert said the city came under rocket fire.",
            "stepanakert",
            "nagorno-karabakh-republic",
        ),
        ("en", "Baku said the town had been shelled for two hours.", "baku", "azerbaijan"),
        ("ar", "وأعلنت باكو أن البلدة تعرضت للقصف طوال ساعتين.", "baku", "azerbaijan"),
        (
            "ar",
            "وقال المسؤولون في ستيباناكيرت إن المدينة تعرضت لقصف صاروخي.",
            "stepanakert",
            "nagorno-karabakh-republic",
        ),
        ("ru", "В Ереване заявили, что город подвергся обстрелу.", "yerevan", "armenia"),
        ("ru", "Официальный Баку заявил, что город подвергся обстрелу.", "baku", "azerbaijan"),
    ],
)
def test_a_capital_speaks_for_its_side(language: str, text: str, city: str, actor: str) -> None:
    said, named = speakers(text, language)
    assert said == [[actor]]
    assert city in named and actor not in named


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("en", "In Yerevan, Pashinyan said the army would hold its lines.", "pashinyan"),
        ("ar", "وفي يريفان، قال رئيس الوزراء باشينيان إن الجيش سيصمد.", "pashinyan"),
        ("ru", "Алиев заявил в Баку, что армия продолжит наступление.", "aliyev"),
    ],
)
def test_a_capital_where_a_person_speaks_is_only_a_place(
    language: str, text: str, person: str
) -> None:
    assert speakers(text, language)[0] == [[person]]


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("en", "The Azerbaijani authorities said the crew had fired by mistake.", "azerbaijan"),
        ("ru", "Армянские власти заявили, что обмен начнется в понедельник.", "armenia"),
        ("ar", "وقالت السلطات الأذربيجانية إن الطاقم أطلق النار عن طريق الخطأ.", "azerbaijan"),
        # a side named by its adjective
        ("en", "The Azerbaijani side said the crew had fired by mistake.", "azerbaijan"),
        ("ar", "ويقول الجانب الأذربيجاني إن الطاقم أطلق النار عن طريق الخطأ.", "azerbaijan"),
    ],
)
def test_a_sides_authorities_speak_for_its_actor(language: str, text: str, actor: str) -> None:
    said, named = speakers(text, language)
    assert said == [[actor]]
    assert actor not in named  # the text names no actor there


def test_a_nationality_word_without_authorities_speaks_for_no_one() -> None:
    said, _ = speakers("Azerbaijani soldiers said the crew had fired by mistake.", "en")
    assert said == []


def test_a_capital_the_registry_lacks_speaks_when_proposed_under_its_id() -> None:
    # Moscow is no registry entry here, Russia is: the proposed city speaks for Russia
    russia = entity("russia", "Actor", "state", "Russia", "روسيا", "Россия")
    text = "On Sunday Moscow said the talks would go on next week."
    draft = draft_fixture(text, [*REGISTRY, russia], "en", "2020-10-18", "capitals")
    assert [s["speakers"] for s in draft.document["statements"]] == [["russia"]]


def test_a_capital_set_off_by_a_comma_from_the_verb_after_it_does_not_speak() -> None:
    text = "Azerbaijan apologised to Yerevan, saying its troops had fired by mistake."
    assert speakers(text, "en")[0] == [["azerbaijan"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Moscow said the talks would go on next week.", "en"),
        ("Москва заявила, что переговоры продолжатся на следующей неделе.", "ru"),
    ],
)
def test_a_capital_that_opens_a_sentence_is_a_name_and_speaks(text: str, language: str) -> None:
    russia = entity("russia", "Actor", "state", "Russia", "روسيا", "Россия")
    draft = draft_fixture(text, [*REGISTRY, russia], language, "2020-10-18", "capitals")
    assert [s["speakers"] for s in draft.document["statements"]] == [["russia"]]
    kinds = {e["id"]: e["kind"] for e in draft.document["proposed_entries"]}
    assert kinds == {"moscow": "city"}


def test_another_city_that_opens_a_sentence_is_no_name_there() -> None:
    draft = draft_fixture("Geneva hosted the talks.", REGISTRY, "en", "2020-10-18", "capitals")
    assert draft.document.get("proposed_entries") in (None, [])


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("وفي يريفان، قالوا إن باكو شنت هجوما على القرى الحدودية.", [["armenia"]]),
        ("وقالوا في باكو إنه لا داعي للتعبئة العامة في البلاد.", [["azerbaijan"]]),
        (
            "واعتذرت أذربيجان إلى يريفان، مشيرة إلى أن الطاقم أطلق النار عن طريق الخطأ.",
            [["azerbaijan"]],
        ),
    ],
)
def test_an_arabic_capital_past_a_comma_speaks_for_a_verb_without_a_subject(
    text: str, said: list[list[str]]
) -> None:
    assert speakers(text, "ar")[0] == said


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Karabakh officials said the city came under rocket fire."),
        ("en", "Stepanakert's authorities said the city came under rocket fire."),
        # the region's authorities, the region not named: the region the text is about
        ("ar", "وقالت سلطات الإقليم إن المدينة تعرضت لقصف صاروخي."),
    ],
)
def test_a_regions_officials_speak_for_its_authorities(language: str, text: str) -> None:
    said, _ = speakers(text, language)
    assert said == [["nagorno-karabakh-republic"]]
