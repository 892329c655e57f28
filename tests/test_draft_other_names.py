"""Other names of registry entries (issue 25, other_names.yaml): the name one side uses for a
place (Artsakh for Nagorno-Karabakh, Khankendi for Stepanakert) is a mention of the entry and a
spelling proposed for its aliases; an English body of a region is named with the region (the
State Emergency Situations Service of Artsakh). Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGION = entity("nagorno-karabakh", "Place", "region", "Nagorno-Karabakh", "ناغورني قره باغ")
REPUBLIC = entity(
    "nagorno-karabakh-republic",
    "Actor",
    "unrecognised-state",
    "Nagorno-Karabakh Republic",
    "جمهورية ناغورني قره باغ",
)
CITY = entity("stepanakert", "Place", "capital", "Stepanakert", "ستيباناكيرت", "Степанакерт")
ARMENIA = entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения")
REGISTRY = [REGION, REPUBLIC, CITY, ARMENIA]


def _drafted(text: str, language: str) -> tuple[set[tuple[str, str]], set[str], dict[str, str]]:
    """Return the proposed aliases (entry, spelling), the entries mentioned, and the proposed
    entries' names by id."""
    drafted = draft_fixture(text, REGISTRY, language, "2020-11-20")
    document = drafted.document
    aliases = {(p["entity"], p["spelling"]) for p in document.get("proposed_aliases") or []}
    mentioned = {m.entity.id for r in drafted.readings for m in r.mentions}
    entries = {
        e["id"]: next(iter(e["names"].values())) for e in document.get("proposed_entries") or []
    }
    return aliases, mentioned, entries


@pytest.mark.parametrize(
    ("language", "text", "entry", "spelling"),
    [
        ("en", "Shelling went on across Artsakh overnight.", "nagorno-karabakh", "Artsakh"),
        ("ru", "Обстрелы продолжались по всему Арцаху.", "nagorno-karabakh", "Арцаху"),
        ("ru", "Жители Арцаха покидают дома.", "nagorno-karabakh", "Арцаха"),
        ("ar", "استمر القصف في أنحاء آرتساخ ليلا.", "nagorno-karabakh", "آرتساخ"),
        ("ar", "استمر القصف في أنحاء أرتساخ ليلا.", "nagorno-karabakh", "أرتساخ"),
        ("en", "A depot near Khankendi burned.", "stepanakert", "Khankendi"),
        ("ru", "Под Ханкенди горел склад.", "stepanakert", "Ханкенди"),
        ("ar", "احترق مستودع قرب خانكندي.", "stepanakert", "خانكندي"),
        (
            "en",
            "The Republic of Artsakh mourned.",
            "nagorno-karabakh-republic",
            "Republic of Artsakh",
        ),
        ("en", "The Artsakh Republic mourned.", "nagorno-karabakh-republic", "Artsakh Republic"),
        (
            "ru",
            "В Республике Арцах объявлен траур.",
            "nagorno-karabakh-republic",
            "Республике Арцах",
        ),
        ("ar", "أعلنت جمهورية آرتساخ الحداد.", "nagorno-karabakh-republic", "جمهورية آرتساخ"),
    ],
)
def test_another_name_is_a_mention_and_a_spelling(
    language: str, text: str, entry: str, spelling: str
) -> None:
    aliases, mentioned, entries = _drafted(text, language)
    assert (entry, spelling) in aliases
    assert entry in mentioned
    assert spelling not in entries.values()  # proposed as no new entry


def test_a_registry_without_the_entry_finds_no_other_name() -> None:
    drafted = draft_fixture("Shelling went on across Artsakh.", [ARMENIA], "en", "2020-11-20")
    assert not drafted.document.get("proposed_aliases")


def test_a_registry_name_over_the_other_name_wins() -> None:
    """A registry that writes the other name finds it itself: no spelling is proposed."""
    region = entity("nagorno-karabakh", "Place", "region", "Nagorno-Karabakh", "Artsakh")
    drafted = draft_fixture("Shelling went on across Artsakh.", [region], "en", "2020-11-20")
    assert not drafted.document.get("proposed_aliases")
    assert {m.entity.id for r in drafted.readings for m in r.mentions} == {"nagorno-karabakh"}


def test_a_ministry_of_the_republic_by_its_other_name() -> None:
    text = "The Ministry of Foreign Affairs of the Republic of Artsakh condemned the strikes."
    _, _, entries = _drafted(text, "en")
    assert "Ministry of Foreign Affairs of the Republic of Artsakh" in entries.values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Two were found by rescuers of the State Emergency Situations Service of Artsakh.",
            "State Emergency Situations Service of Artsakh",
        ),
        (
            "Two bodies were found by rescuers of the State Emergency Service of Nagorno-Karabakh.",
            "State Emergency Service of Nagorno-Karabakh",
        ),
        (
            "Two bodies were found by rescuers of the State Emergency Service of Armenia.",
            "State Emergency Service of Armenia",
        ),
    ],
)
def test_an_english_body_of_a_region_is_named_with_it(text: str, name: str) -> None:
    _, _, entries = _drafted(text, "en")
    assert name in entries.values()


def test_an_arabic_ministry_in_a_region_keeps_its_old_reading() -> None:
    """Only English names a region's body with `of`: an Arabic ministry `في` a region's
    republic is not proposed with the region (the region is no state)."""
    text = "أعلنت وزارة الدفاع في جمهورية قره باغ مقتل جنديين."
    region = entity("nagorno-karabakh", "Place", "region", "Nagorno-Karabakh", "قره باغ")
    document = draft_fixture(text, [region, ARMENIA], "ar", "2020-11-20").document
    names = [next(iter(e["names"].values())) for e in document.get("proposed_entries") or []]
    assert not any("قره باغ" in name for name in names)
