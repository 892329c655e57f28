"""Speakers told by a pronoun or by their place of work (issue 25): `she added` is the person named
last, not a state named after her; in `the army, she stressed, had not fired` the pronoun
speaks, not the army; `X of Germany's Bild, who filmed ..., said the people ...` is X's, and
her words the ones after the verb. Arabic writes the pronoun inside the verb
(speakers.py reads the clause's subject there). Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан", "Баку"),
    entity(
        "armenia-army",
        "Actor",
        "armed-force",
        "Armenian Armed Forces",
        "الجيش الأرميني",
        "армянская армия",
        "the Armenian army",
    ),
]
PERSON = {"en": "Shushan Stepanyan", "ru": "Шушан Степанян"}


def said(text: str, language: str) -> tuple[list[Any], str]:
    document = draft_fixture(text, REGISTRY, language, "2020-10-28", "p").document
    [person] = [e["id"] for e in document["proposed_entries"] if " " in e["names"][language]]
    return [(s["kind"], s["speakers"]) for s in document["statements"]], person


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The spokeswoman Shushan Stepanyan spoke of the strikes by Azerbaijan. She added "
            "that the army respects the truce.",
            "en",
        ),
        (
            "Пресс-секретарь Шушан Степанян рассказала об ударах Азербайджана. Она добавила, "
            "что армия соблюдает перемирие.",
            "ru",
        ),
    ],
)
def test_a_pronoun_is_the_person_named_last(text: str, language: str) -> None:
    statements, person = said(text, language)
    assert statements[-1] == ("claim", [person])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The spokeswoman Shushan Stepanyan answered the charges: the Armenian army, she "
            "stressed, had not fired at the town.",
            "en",
        ),
        (
            "Пресс-секретарь Шушан Степанян ответила на обвинения: армянская армия, "
            "подчеркнула она, по городу не стреляла.",
            "ru",
        ),
    ],
)
def test_a_pronoun_by_an_inserted_verb_speaks_not_the_actor_before(
    text: str, language: str
) -> None:
    statements, person = said(text, language)
    assert statements == [("position", [person])]


def test_a_pronoun_right_after_the_verb_is_the_subject_not_a_name_in_another_case() -> None:
    # с Владимиром Путиным is no subject (the instrumental): `он` is the spokeswoman, who
    # speaks, not Putin before the verb nor Baku (Azerbaijan) inside her words
    text = (
        "Пресс-секретарь Шушан Степанян поговорила с Владимиром Путиным, а Баку, заверила "
        "она, готов к переговорам."
    )
    document = draft_fixture(text, REGISTRY, "ru", "2020-10-28", "p").document
    assert [s["speakers"] for s in document["statements"]] == [["shushan-stepanyan"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Shushan Stepanyan of Germany's Bild, who filmed inside the cathedral, said the "
            "people in the crypt were unhurt.",
            "en",
        ),
        (
            "Шушан Степанян из газеты «Бильд», снимавшая в соборе, сообщила, что люди в "
            "подвале не пострадали.",
            "ru",
        ),
    ],
)
def test_a_person_of_an_outlet_speaks_not_the_outlet(text: str, language: str) -> None:
    statements, person = said(text, language)
    assert [speakers for _, speakers in statements] == [[person]]


def test_the_words_after_a_subjects_insertion_are_what_it_said() -> None:
    text = "Shushan Stepanyan, who speaks for the ministry, said the army had not fired."
    document = draft_fixture(text, REGISTRY, "en", "2020-10-28", "p").document
    assert [s["quote"] for s in document["statements"]] == ["the army had not fired"]


@pytest.mark.parametrize(
    ("text", "language", "surname"),
    [
        (
            "Vladimir Putin spoke at a forum on Thursday.\nPutin said both sides were partners.",
            "en",
            "Putin",
        ),
        (
            "Владимир Путин в четверг выступил на форуме.\nПутин заявил, что обе стороны - "
            "партнеры.",
            "ru",
            "Путин",
        ),
    ],
)
def test_the_surname_of_a_name_proposed_without_a_title_names_it_later(
    text: str, language: str, surname: str
) -> None:
    document = draft_fixture(text, REGISTRY, language, "2020-10-28", "p").document
    [entry] = document["proposed_entries"]
    assert [s["text"] for s in entry["seen"]] == [text.split(" ")[0] + " " + surname, surname]
    assert [s["speakers"] for s in document["statements"]] == [[entry["id"]]]


def test_no_word_of_an_acronyms_name_names_it_alone() -> None:
    text = "Посла вызвали в МИД Ирана.\nГраница Ирана закрыта, заявил посол."
    document = draft_fixture(text, REGISTRY, "ru", "2020-10-28", "p").document
    seen = {e["names"]["ru"]: [s["text"] for s in e["seen"]] for e in document["proposed_entries"]}
    assert seen.get("МИД Ирана") == ["МИД Ирана"]


def test_a_person_named_after_an_organisations_long_name_speaks() -> None:
    text = (
        "Искать погибших нужно до зимы, предупредил в интервью президент Международного "
        "комитета Красного Креста Петер Маурер.\nМККК расширит миссию в регионе."
    )
    document = draft_fixture(text, REGISTRY, "ru", "2020-11-24", "p").document
    entries = {e["names"]["ru"]: e for e in document["proposed_entries"]}
    icrc = entries["Международного комитета Красного Креста"]
    assert (icrc["kind"], [s["text"] for s in icrc["seen"]][-1]) == ("organisation", "МККК")
    assert [s["speakers"] for s in document["statements"]] == [[entries["Петер Маурер"]["id"]]]


def test_the_icrc_by_its_russian_initials_alone_is_the_institution() -> None:
    document = draft_fixture("МККК расширит миссию.", REGISTRY, "ru", "2020-11-24", "p").document
    [entry] = document["proposed_entries"]
    assert entry["names"] == {"ru": "МККК", "en": "International Committee of the Red Cross"}


STATES = [
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия"),
    entity("france", "Actor", "state", "France", "فرنسا", "Франция"),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "President Recep Erdogan spoke in parliament.\nIn thirty years, he said, Russia and "
            "France had not settled the dispute.",
            "en",
        ),
        (
            "Президент Реджеп Эрдоган выступил в парламенте.\nЗа тридцать лет, сказал он, Россия "
            "и Франция не урегулировали спор.",
            "ru",
        ),
        # a name of more words proposed without a title is a person's to a pronoun too
        (
            "Addressing parliament, Recep Tayyip Erdogan spoke of the talks.\nIn thirty years, he "
            "said, Russia and France had not settled the dispute.",
            "en",
        ),
    ],
)
def test_a_pronoun_before_names_is_no_title_of_theirs(text: str, language: str) -> None:
    document = draft_fixture(text, STATES, language, "2020-10-03", "p").document
    [person] = [e["id"] for e in document["proposed_entries"]]
    assert [s["speakers"] for s in document["statements"]] == [[person]]
