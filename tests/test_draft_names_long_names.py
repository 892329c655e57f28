"""Long names the capitalised run cuts short (issue 25): Russia's Aerospace Forces by their
head and country (Воздушно-космических сил России), and Azerbaijan's State Commission on
Prisoners of War, Hostages and Missing Persons whole, in Russian and Arabic. Texts are our own.
Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия", "России"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
]
COMMISSION = "state-commission-on-prisoners-of-war-hostages-and-missing-persons"


def _drafted(text: str, language: str) -> tuple[dict[str, str], list[str]]:
    drafted = draft_fixture(text, REGISTRY, language, "2020-12-15")
    entries = {e["id"]: e["kind"] for e in drafted.document.get("proposed_entries", [])}
    return entries, [m.entity.id for r in drafted.readings for m in r.mentions]


def test_the_aerospace_forces_are_one_armed_force_not_russia() -> None:
    entries, mentioned = _drafted(
        "Борт Воздушно-космических сил России вылетел в Азербайджан.", "ru"
    )
    assert entries == {"vozdushno-kosmicheskikh-sil-rossii": "armed-force"}
    assert "russia" not in mentioned


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Су-25 ВВС России был сбит, сообщил Азербайджан.", ("vvs-rossii", "armed-force")),
        (
            "Заявление Союза журналистов России распространили в понедельник.",
            ("soyuza-zhurnalistov-rossii", "organisation"),
        ),
        (
            "Заявление Генштаба ВС России распространили в понедельник.",
            ("genshtaba-vs-rossii", "armed-force"),
        ),
    ],
)
def test_an_air_force_and_a_union_of_journalists_are_one_name_with_their_country(
    text: str, entry: tuple[str, str]
) -> None:
    entries, mentioned = _drafted(text, "ru")
    assert entry in entries.items()
    assert "russia" not in mentioned


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Обмен начала Государственная комиссия по делам военнопленных, заложников и без "
            "вести пропавших граждан.",
        ),
        ("ar", "وبدأت لجنة الدولة لشؤون أسرى الحرب والرهائن والمفقودين التبادل أمس."),
    ],
)
def test_the_state_commission_is_proposed_whole(language: str, text: str) -> None:
    entries, _ = _drafted(text, language)
    assert entries == {COMMISSION: "government"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The claim was false, RFE/RL reported.", {"rfe-rl"}),  # a slash between capitals
        ("The claim was false, RFE/RL's Armenian service reported.", {"rfe-rl-s-armenian-service"}),
        # a possessive links no names without a head after them
        ("The claim was false, Germany's Bild reported.", {"germany", "bild"}),
    ],
)
def test_a_service_of_an_outlet_named_with_a_slash_is_one_name(text: str, names: set[str]) -> None:
    entries, _ = _drafted(text, "en")
    assert set(entries) == names
