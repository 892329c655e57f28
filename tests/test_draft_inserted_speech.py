"""A reporting verb set off by commas inside the words it reports, or opening its sentence,
whose clause only names its speaker (`Та же участь, предупредили в министерстве, ждет любой
объект`; `X, заверили там, Y`; `Сообщили в Минобороны, Y`), in `kb draft` (issue 25): its words
are those after the comma that closes the clause, not the clause itself (`в министерстве, ждет
...`, which put the ministry inside its own words and gave the words to a name further away),
and a complementiser opens them only right after that comma (`Выдумки, утверждают в ведомстве,
служат ширмой для того, что ...`: not `что ...`). Not a verb's object or an aside before the
comma (`заявил о новом ударе, поздравив`; `отметил, в частности, что`), nor a clause past
INSERTION_WORDS words. A designator before a comma is no head of the name after it. Texts are
our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("ganja", "Place", "city", "Ganja", "كنجه", "Гянджа"),
    entity(
        "azerbaijan-mod",
        "Actor",
        "ministry",
        "Ministry of Defence of Azerbaijan",
        "وزارة الدفاع الأذربيجانية",
        "Минобороны Азербайджана",
    ),
    entity(
        "armenia-armed-forces",
        "Actor",
        "armed-force",
        "Armed Forces of Armenia",
        "القوات المسلحة الأرمينية",
        "вооруженные силы Армении",
    ),
]
OPENING = "Минобороны Азербайджана в среду сообщило об ударе по ракетам, нацеленным на Гянджу."


def statements(text: str) -> list[dict[str, Any]]:
    drafted = draft_fixture(f"{OPENING}\n\n{text}", REGISTRY, "ru", "2020-10-15", "inserted")
    return [s for s in drafted.document["statements"] if s["evidence"][0]["passage"] == 2]


@pytest.mark.parametrize("where", ["в министерстве", "в ведомстве"])
def test_the_words_follow_the_comma_that_closes_the_verb(where: str) -> None:
    text = f"Та же участь, предупредили {where}, ждет любой военный объект в Армении."
    (said,) = statements(text)
    assert said["quote"] == "ждет любой военный объект в Армении"
    assert said["speakers"] == ["azerbaijan-mod"]


def test_there_stands_for_the_actor_named_before() -> None:
    text = (
        "Минобороны Азербайджана назвало удар ответным. Та же участь, заверили там, ждет любой "
        "военный объект в Армении."
    )
    said = [s for s in statements(text) if "участь" not in s["quote"] and "ждет" in s["quote"]]
    assert [(s["quote"], s["speakers"]) for s in said] == [
        ("ждет любой военный объект в Армении", ["azerbaijan-mod"])
    ]


def test_a_complementiser_past_the_words_first_opens_nothing() -> None:
    text = (
        "Выдумки о фосфоре, утверждают в ведомстве, служат Армении ширмой для того, что она "
        "сама творит."
    )
    (said,) = statements(text)
    assert said["quote"].startswith("служат Армении ширмой")
    assert said["speakers"] == ["azerbaijan-mod"]


def test_a_complementiser_right_after_the_comma_opens_the_words() -> None:
    text = (
        "«Добавить нечего», — так во вторник депутат Лилит Макунц ответила на вопрос о выборах; "
        "ее однопартийка, вице-спикер Лена Назарян, сказала журналистам, что команда этот вопрос "
        "не обсуждала."
    )
    said = {s["quote"]: s["speakers"] for s in statements(text)}
    assert said["что команда этот вопрос не обсуждала"] == ["lena-nazaryan"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # no comma right before the verb: it opens no insertion
        ("Та же участь ждет Армению, в Баку предупредили в среду, и любой объект.", "в среду"),
        # the clause after the verb is longer than an insertion
        (
            "Минобороны Азербайджана назвало удар ответным. Та же участь, предупредили в "
            "министерстве обороны страны еще в среду, ждет Армению.",
            "в министерстве обороны",
        ),
    ],
)
def test_no_insertion_leaves_the_words_after_the_verb(text: str, words: str) -> None:
    quotes = [s["quote"] for s in statements(text) if "ответным" not in s["quote"]]
    assert [q.startswith(words) for q in quotes] == [True], quotes


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the verb's object before the comma: no insertion, the words keep it
        (
            "Министр, выступая на брифинге 14 октября, заявил о новом ударе, поздравив армию.",
            "о новом ударе",
        ),
        # an aside after the verb: the complementiser still opens the words
        (
            "Министр, выступая на брифинге, отметил, в частности, что удар был ответным.",
            "что удар был ответным",
        ),
    ],
)
def test_a_clause_that_names_no_speaker_is_no_insertion(text: str, words: str) -> None:
    said = [s["quote"] for s in statements(f"Минобороны Азербайджана ответило. {text}")]
    assert any(q.startswith(words) for q in said), said


def test_a_designator_before_a_comma_is_no_head_of_the_name_after_it() -> None:
    text = (
        "Минобороны Азербайджана назвало удар ответным. В среду, сообщили в ведомстве, "
        "вооруженные силы Армении снова обстреляли Гянджу."
    )
    said = [(s["quote"], s["speakers"]) for s in statements(text) if "Гянджу" in s["quote"]]
    assert said == [("вооруженные силы Армении снова обстреляли Гянджу", ["azerbaijan-mod"])]


def test_a_name_of_two_words_fills_the_clause_to_its_limit() -> None:
    # в + a name of two words: three words, INSERTION_WORDS, the last right before the comma
    text = "Та же участь, предупредили в Минобороны Азербайджана, ждет любой военный объект."
    (said,) = statements(text)
    assert said["quote"] == "ждет любой военный объект"
    assert said["speakers"] == ["azerbaijan-mod"]


def test_a_clause_past_its_word_limit_is_no_insertion() -> None:
    text = "Та же участь, предупредили там в Минобороны Азербайджана, ждет любой военный объект."
    assert [s["quote"].startswith("ждет") for s in statements(text)] == [False]


def test_a_reporting_clause_may_open_the_sentence() -> None:
    text = "Ночь прошла тревожно. Сообщили в Минобороны Азербайджана, Армения опять била по Гяндже."
    (said,) = statements(text)
    assert said["quote"] == "Армения опять била по Гяндже"
    assert said["speakers"] == ["azerbaijan-mod"]
