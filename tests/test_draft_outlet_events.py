"""Event and place rules of the corpus's third development group (issue 25), on short texts of
our own in every language each concerns: a date that names a document, a relative clause inside
a pair of cues, the terms of an agreement, Arabic places after a noun of their kind, Russian
armed forces by their state's adjective. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
]


def events(text: str, language: str) -> list[tuple[str, str]]:
    document = draft_fixture(
        text,
        REGISTRY,
        language,
        "2020-12-01",
        "outlet-events",
    ).document
    return [(e["type"], e["date"]) for e in document["events"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Today, after weeks of delay, Armenia handed back the Lachin district under the "
            "statement of 10 November.",
            "en",
        ),
        (
            "Сегодня, после недель задержки, Армения передала Лачинский район по заявлению от 10 "
            "ноября.",
            "ru",
        ),
        (
            "صباح اليوم، وبعد أسابيع من التأخير، سلمت أرمينيا منطقة لاتشين وفق البيان المؤرخ "
            "في 10 نوفمبر.",
            "ar",
        ),
    ],
)
def test_a_date_that_names_a_document_dates_no_event(text: str, language: str) -> None:
    assert events(text, language) == [("territory-handover", "2020-12-01")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Сегодня Азербайджан получает последний из районов, которые Армения обязалась вернуть.",
            "ru",
        ),
        ("Today Azerbaijan gets the last of the districts, which Armenia had to return.", "en"),
    ],
)
def test_a_relative_clause_keeps_a_pair_of_cues_in_one_clause(text: str, language: str) -> None:
    assert events(text, language) == [("territory-handover", "2020-12-01")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Армения и Азербайджан считают, что пункты соглашения об обмене пленными начнут "
            "выполнять в середине декабря.",
            "ru",
        ),
        (
            "Armenia and Azerbaijan expect the terms of the agreement to be met later this month.",
            "en",
        ),
        ("تتوقع أرمينيا وأذربيجان تنفيذ بنود الاتفاق في منتصف ديسمبر.", "ar"),
    ],
)
def test_the_terms_of_an_agreement_are_no_signing(text: str, language: str) -> None:
    assert ("agreement-signed", "2020-12") not in events(text, language)


def proposed_places(text: str) -> list[tuple[str, dict[str, str]]]:
    document = draft_fixture(
        text,
        REGISTRY,
        "ar",
        "2020-12-01",
        "outlet-places",
    ).document
    return [(e["kind"], e["names"]) for e in document.get("proposed_entries", [])]


def test_an_arabic_place_is_named_after_a_noun_of_its_kind() -> None:
    # منطقة خوجافند: a district; ممر لاتشين: a corridor, named with its noun even after لاتشين
    # alone was proposed (a town of `places`, with its English name); منطقة آمنة (an
    # adjective) and منطقة نزاع (a common word) are none
    text = (
        "عادت منطقة خوجافند ومنطقة لاتشين إلى أذربيجان.\n\n"
        "وبقي ممر لاتشين منطقة آمنة، لا منطقة نزاع."
    )
    assert proposed_places(text) == [
        ("district", {"ar": "لاتشين", "en": "Lachin"}),  # `places` are read first
        ("district", {"ar": "خوجافند"}),
        ("corridor", {"ar": "ممر لاتشين"}),
    ]


def test_russian_armed_forces_are_named_by_their_states_adjective_in_any_case() -> None:
    forces = [
        *REGISTRY,
        entity(
            "armenia-forces",
            "Actor",
            "armed-force",
            "Armed Forces of Armenia",
            "القوات المسلحة الأرمينية",
            "Вооружённые силы Армении",
        ),
        entity(
            "azerbaijan-army",
            "Actor",
            "armed-force",
            "Armed Forces of Azerbaijan",
            "الجيش الأذربيجاني",
            "Вооружённые силы Азербайджана",
        ),
    ]
    text = "Подразделения азербайджанской армии вошли в район, армянские войска его покинули."
    drafted = draft_fixture(
        text,
        forces,
        "ru",
        "2020-12-01",
        "forces",
    )
    assert [m.entity.id for m in drafted.readings[0].mentions] == [
        "azerbaijan-army",
        "armenia-forces",
    ]
