"""States the registry lacks (Turkey, تركيا, Турция) are proposed as states in every language,
also before a person's name (президент Турции Реджеп Тайип Эрдоган; issue 25). Texts are our
own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Turkey and Azerbaijan held drills near Baku on Monday."),
        ("ru", "Турция и Азербайджан провели учения в понедельник."),
        ("ru", "Министр обороны Турции Хулуси Акар прибыл в Азербайджан."),
        ("ar", "وقع وزيرا الدفاع في تركيا وروسيا مذكرة بشأن أذربيجان."),
        # by its formal name
        ("en", "The Republic of Turkey and Azerbaijan held drills on Monday."),
        ("ru", "Турецкая Республика и Азербайджан провели учения в понедельник."),
        ("ar", "وأجرت الجمهورية التركية وأذربيجان مناورات يوم الاثنين."),
    ],
)
def test_a_state_the_registry_lacks_is_proposed_as_a_state(language: str, text: str) -> None:
    document = draft_fixture(text, REGISTRY, language, "2020-11-11").document
    entries = {e["id"]: e["kind"] for e in document["proposed_entries"]}
    assert entries["turkey"] == "state"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Islamic Republic of Iran and Azerbaijan share a long border."),
        ("ar", "وتجمع الجمهورية الإسلامية الإيرانية وأذربيجان حدود طويلة."),
    ],
)
def test_iran_is_proposed_by_its_formal_name(language: str, text: str) -> None:
    document = draft_fixture(text, REGISTRY, language, "2020-11-11").document
    seen = {e["id"]: [s["text"] for s in e["seen"]] for e in document["proposed_entries"]}
    assert "iran" in seen
    assert len(seen["iran"][0].split()) == 3 + (language == "en")  # the whole formal name


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "ar",
            "وتعلن وزارة خارجية الجمهورية الإسلامية الإيرانية دعمها للهدنة.",
            "وزارة خارجية الجمهورية الإسلامية الإيرانية",
        ),
        (
            "ar",
            "وأعلنت وزارة خارجية الجمهورية التركية دعمها للهدنة.",
            "وزارة خارجية الجمهورية التركية",
        ),
    ],
)
def test_a_ministry_of_a_state_by_its_formal_adjective_is_one_name(
    language: str, text: str, name: str
) -> None:
    # the state's formal name holds a link word (الجمهورية): the ministry ends with it
    document = draft_fixture(text, REGISTRY, language, "2020-11-11").document
    entries = {e["kind"]: e["names"][language] for e in document["proposed_entries"]}
    assert entries.get("ministry") == name


def test_a_registry_state_wins_over_the_list() -> None:
    registry = [
        *REGISTRY,
        entity("turkey", "Actor", "state", "Turkey", "تركيا", "Турция", "Турции"),
    ]
    text = "Министр обороны Турции Хулуси Акар прибыл в Азербайджан."
    document = draft_fixture(text, registry, "ru", "2020-11-11").document
    assert [e["id"] for e in document["proposed_entries"]] == ["khulusi-akar"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقطت صواريخ على غنجة يوم الأحد.", [("city", "Ganja")]),
        ("وتسلمت أذربيجان منطقة كلبجار.", [("district", "Kalbajar")]),
        ("وبقي ممر لاتشين مفتوحا أمام المدنيين.", [("corridor", None)]),  # the corridor's word
    ],
)
def test_the_wars_towns_are_proposed_in_arabic_by_their_spellings(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    document = draft_fixture(text, REGISTRY, "ar", "2020-10-05").document
    assert [(e["kind"], e["names"].get("en")) for e in document["proposed_entries"]] == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Президент Турецкой Республики Реджеп Тайип Эрдоган прибыл в Азербайджан.",
            "Реджеп Тайип Эрдоган",
        ),
        (
            "Парад прошел в присутствии Президента Турецкой Республики Реджепа Тайипа Эрдогана.",
            "Реджепа Тайипа Эрдогана",
        ),
        (
            "Министр обороны Французской Республики Флоранс Парли прибыла в Азербайджан.",
            "Флоранс Парли",
        ),
    ],
)
def test_a_state_by_its_formal_name_after_a_title_is_its_owner(text: str, person: str) -> None:
    document = draft_fixture(text, REGISTRY, "ru", "2020-12-11").document
    entries = [(e["kind"], e["names"]["ru"]) for e in document["proposed_entries"]]
    assert entries[0][0] == "state"
    assert entries[1:] == [("person", person)]


def test_a_known_state_after_a_title_is_not_proposed_again() -> None:
    text = "Президент Азербайджанской Республики Ильхам Алиев принял парад."
    document = draft_fixture(text, REGISTRY, "ru", "2020-12-11").document
    entries = [(e["kind"], e["names"]["ru"]) for e in document["proposed_entries"]]
    assert entries == [("person", "Ильхам Алиев")]


def test_a_states_adjective_in_lower_case_after_a_title_owns_nothing() -> None:
    text = "Представитель турецкой стороны Ибрагим Калын прибыл в Азербайджан."
    document = draft_fixture(text, REGISTRY, "ru", "2020-12-11").document
    names = [e["names"]["ru"] for e in document.get("proposed_entries") or []]
    assert "турецкой стороны" not in names


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("ar", "ونقل مرتزقة من سوريا وليبيا إلى أذربيجان، بحسب التقارير.", "libya"),
        ("ar", "ودعت الصين أذربيجان وأرمينيا إلى ضبط النفس.", "china"),
        ("ar", "وتعرب المملكة الأردنية الهاشمية عن تضامنها مع أذربيجان.", "jordan"),
        (
            "en",
            "Fighters from Syria and Libya were flown to Azerbaijan, the reports said.",
            "libya",
        ),
        ("en", "Britain urged Azerbaijan to keep to the truce.", "united-kingdom"),
        ("ru", "Наемников из Сирии и Ливии перебросили в Азербайджан.", "libya"),
        ("ru", "Делегация Казахстана прибыла в Азербайджан в понедельник.", "kazakhstan"),
    ],
)
def test_more_states_the_news_name_are_proposed_as_states(
    language: str, text: str, state: str
) -> None:
    document = draft_fixture(text, REGISTRY, language, "2020-11-11").document
    entries = {e["id"]: e["kind"] for e in document["proposed_entries"]}
    assert entries.get(state) == "state"


def test_a_state_before_a_persons_name_is_no_word_of_the_name() -> None:
    text = "Президент Беларуси Александр Лукашенко позвонил в Азербайджан."
    document = draft_fixture(text, REGISTRY, "ru", "2020-11-11").document
    names = {e["id"]: e["names"]["ru"] for e in document["proposed_entries"]}
    assert names.get("belarus") == "Беларуси"
    assert "Александр Лукашенко" in names.values()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # an English state's name before another capitalised word is part of a longer name
        ("en", "China Daily said Azerbaijan had closed the road.", "China Daily"),
        ("en", "Qatar Airways said its flights to Azerbaijan would resume.", "Qatar Airways"),
        # a state's feminine adjective after a noun is no state (the Saudi ministry)
        (
            "ar",
            "وقالت وزارة الخارجية السعودية إن أذربيجان أغلقت الطريق.",
            "وزارة الخارجية السعودية",
        ),
    ],
)
def test_a_state_inside_a_longer_name_is_no_state(language: str, text: str, name: str) -> None:
    document = draft_fixture(text, REGISTRY, language, "2020-11-11").document
    entries = {e["names"][language]: e["kind"] for e in document["proposed_entries"]}
    assert "state" not in entries.values()
    assert name in entries


def test_an_english_state_before_a_title_is_the_state() -> None:
    text = "Kazakhstan President Kassym-Jomart Tokayev called Azerbaijan on Monday."
    document = draft_fixture(text, REGISTRY, "en", "2020-11-11").document
    entries = {e["id"]: e["kind"] for e in document["proposed_entries"]}
    assert entries.get("kazakhstan") == "state"
