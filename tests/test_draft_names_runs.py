"""Where a capitalised run that names someone begins and ends (issue 25): a Latin word before a
Cyrillic name is not part of it (в Facebook Никол Пашинян), a regnal number after one is
(Гарегин II), a mayor's or a governor's title is a
title (мэр Эчмиадзина Диана Гаспарян: the town is the title's owner, not the name's first
word), a preposition that opens a quotation is no name's word («Без Арцаха нет Армении»), and
an abbreviation of a thing or of the press (DNA, СМИ), a war's own name (the Patriotic War) and
a time zone (GMT) are no name, nor is a time of day that opens a sentence (Утром Генеральный
штаб ...). Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "Азербайджан"),
]


def proposed(text: str, language: str) -> list[tuple[str, str]]:
    document = draft_fixture(text, REGISTRY, language, "2020-10-22", "runs").document
    entries = document.get("proposed_entries") or []
    return [(e["kind"], e["names"][language]) for e in entries]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Об отрядах написал на своей странице в Facebook Никол Пашинян.", "Никол Пашинян"),
        ("Об отрядах написал в Telegram Никол Пашинян.", "Никол Пашинян"),
        ("Об отрядах написал Никол Пашинян в Facebook.", "Никол Пашинян"),
    ],
)
def test_a_latin_word_before_a_cyrillic_name_is_not_part_of_it(text: str, name: str) -> None:
    assert any(written == name for _, written in proposed(text, "ru"))
    assert not any("Facebook" in w or "Telegram" in w for _, w in proposed(text, "ru"))


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Мужчин призывает в армию мэр Эчмиадзина Диана Гаспарян.", "ru", "Диана Гаспарян"),
        (
            "На фронт, сообщил губернатор Армавира Амбарцум Матевосян, пойдут все.",
            "ru",
            "Амбарцум Матевосян",
        ),
        ("The men will go to the front, said the mayor Diana Gasparyan.", "en", "Diana Gasparyan"),
        (
            "The men will go to the front, said the governor Hambardzum Matevosyan.",
            "en",
            "Hambardzum Matevosyan",
        ),
        (  # the EU's High Representative
            "The bloc will do more, said High Representative Josep Borrell.",
            "en",
            "Josep Borrell",
        ),
    ],
)
def test_a_mayor_a_governor_and_a_high_representative_are_titles_of_the_person_named_after(
    text: str, language: str, name: str
) -> None:
    assert ("person", name) in proposed(text, language)


def test_a_preposition_that_opens_a_quotation_is_no_name_s_word() -> None:
    text = "«Без Арцаха нет Армении», — сказал премьер на митинге."
    assert not any(written.startswith("Без") for _, written in proposed(text, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        "A deminer of the National Agency for Mine Action was hurt, the agency said.",
        "A deminer of the State Agency of Mine Clearing was hurt, the agency said.",
    ],
)
def test_an_agency_word_inside_a_longer_name_names_no_news_agency(text: str) -> None:
    kinds = dict((name, kind) for kind, name in proposed(text, "en"))
    assert "news-agency" not in kinds.values()
    assert any(name.endswith(("Mine Action", "Mine Clearing")) for name in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "The talks failed, the Kazinform agency of Kazakhstan reported on Monday.",
        "The talks failed, the Kazinform Agency reported on Monday.",
    ],
)
def test_an_agency_word_that_ends_its_name_is_still_an_agency(text: str) -> None:
    assert ("news-agency", "Kazinform") in proposed(text, "en")


def test_an_assembly_is_an_organisation_not_a_person_a_pronoun_stands_for() -> None:
    text = (
        "Wounded soldiers will get new limbs, Deputy Prime Minister Tigran Avinyan told the "
        "National Assembly on Wednesday.\n\n"
        "Programmes already run for the people who left Karabakh, he added."
    )
    assert ("organisation", "National Assembly") in proposed(text, "en")
    document = draft_fixture(text, REGISTRY, "en", "2020-10-22", "runs").document
    speakers = {s["speakers"][0] for s in document["statements"]}
    assert speakers == {"tigran-avinyan"}


@pytest.mark.parametrize(
    ("headline", "full"),
    [
        ("Armenia's wounded await new limbs, Avinyan tells parliament", "Tigran Avinyan"),
        ("The Azerbaijani leader, Aliyev says, will not stop", "Ilham Aliyev"),
    ],
)
def test_a_titled_first_name_before_a_headline_s_surname_is_one_person(
    headline: str, full: str
) -> None:
    text = (
        f"{headline}\n\nThe wounded will get new limbs, Deputy Prime Minister {full} told the "
        "deputies on Wednesday."
    )
    document = draft_fixture(text, REGISTRY, "en", "2020-10-22", "runs").document
    people = [e for e in document["proposed_entries"] if e["kind"] == "person"]
    assert [p["names"]["en"] for p in people] == [full]
    assert [s["speakers"] for s in document["statements"]] == [[people[0]["id"]]]


def test_a_place_proposed_before_is_no_titled_person_s_surname() -> None:
    text = (
        "Rockets hit the town, Shusha says\n\nHelp is coming, said President Ilham Aliyev "
        "Shusha residents were told on Tuesday."
    )
    assert ("person", "Ilham Aliyev") in proposed(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia says that DNA tests will name the dead.", "en"),
        ("Армения сообщила, что погибших опознают по ДНК.", "ru"),
        ("Армения сообщила, что СМИ не пустят в район.", "ru"),
    ],
)
def test_an_abbreviation_of_a_thing_or_of_the_press_proposes_no_name(
    text: str, language: str
) -> None:
    assert proposed(text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armenia says the Patriotic War lasted 44 days.",
        "Armenia says the shot came at about noon (0800 GMT) on Wednesday.",
        "Armenia says the shot came at about 08:00 UTC on Wednesday.",
    ],
)
def test_a_wars_own_name_or_a_time_zone_proposes_no_name(text: str) -> None:
    assert proposed(text, "en") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Панихиду отслужил в воскресенье Гарегин II.", "Гарегин II"),
        ("Гарегин II принял послов в четверг.", "Гарегин II"),
        ("Об этом сообщил Бенедикт XVI.", "Бенедикт XVI"),
        ("Об этом писал Иоанн XXIII.", "Иоанн XXIII"),
    ],
)
def test_a_regnal_number_after_a_cyrillic_name_is_part_of_it(text: str, name: str) -> None:
    assert [w for _, w in proposed(text, "ru")] == [name]


@pytest.mark.parametrize("time", ["Утром", "Вечером", "Ночью"])
def test_a_time_of_day_opening_a_sentence_is_no_name(time: str) -> None:
    text = (
        "Премьер-министр Армении в четверг снял с должности начальника Генштаба. "
        f"{time} Генеральный штаб Вооруженных сил потребовал, чтобы премьер ушел в отставку."
    )
    assert all(not name.startswith(time) for _, name in proposed(text, "ru"))
