"""Russian verbs that report words (issue 25, reported_speech.yaml `reporting`): to qualify an
act as a crime (квалифицировал) is an accusation; to count the dead (насчитала) is a report,
as подсчитал is; to have insisted (настаивал) is a position (and `на этом фоне` points back at
nothing); both sides blaming each other (винят друг друга) accuse together. Texts are our
own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "Азербайджан"),
    entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov", "Сергей Лавров"),
    entity("ganja", "Place", "city", "Ganja", "Гянджа", "Гяндже"),
]


@pytest.mark.parametrize(
    ("text", "kind", "quote"),
    [
        (
            "Сергей Лавров квалифицировал удары по Гяндже как преступление.",
            "accusation",
            "удары по Гяндже как преступление",
        ),
        (
            "Сергей Лавров насчитал в Гяндже не менее 13 погибших.",
            "report",
            "в Гяндже не менее 13 погибших",
        ),
    ],
)
def test_a_verb_reports_words(text: str, kind: str, quote: str) -> None:
    document = draft_fixture(text, REGISTRY, "ru", "2020-10-20").document
    said = [(s["kind"], s["speakers"], s["quote"]) for s in document["statements"]]
    assert said == [(kind, ["sergey-lavrov"], quote)]


def test_insisting_is_a_position() -> None:
    text = "Сергей Лавров настаивал, что Гянджа к этому отношения не имеет."
    document = draft_fixture(text, REGISTRY, "ru", "2020-11-20").document
    said = [(s["kind"], s["speakers"], s["quote"]) for s in document["statements"]]
    assert said == [("position", ["sergey-lavrov"], "что Гянджа к этому отношения не имеет")]


def test_na_etom_fone_points_back_at_nothing() -> None:
    text = (
        "Армения обстреляла Гянджу 9 ноября. На этом фоне Сергей Лавров заявил, что готов помочь."
    )
    document = draft_fixture(text, REGISTRY, "ru", "2020-11-20").document
    said = [(s["speakers"], s["quote"]) for s in document["statements"]]
    assert said == [(["sergey-lavrov"], "что готов помочь")]


@pytest.mark.parametrize("verb", ["винят", "винили"])
def test_both_sides_blaming_each_other_accuse_together(verb: str) -> None:
    text = f"Армения и Азербайджан {verb} друг друга в срыве перемирия."
    document = draft_fixture(text, REGISTRY, "ru", "2020-11-20").document
    said = [(s["kind"], sorted(s["speakers"])) for s in document["statements"]]
    assert said == [("accusation", ["armenia", "azerbaijan"])]


def test_a_word_after_the_speaker_behind_the_verb_leaves_the_words_before() -> None:
    """Russian puts the speaker after a verb that closes the words (`<words>, сообщил Лавров
    сайту Aysor`): any word after the name still ends the reporting clause (in English a verb
    after it would make the name the words' subject)."""
    text = "Советники тайно отправлены в Баку, сообщил Сергей Лавров сайту Aysor."
    statements = draft_fixture(text, REGISTRY, "ru", "2020-10-27").document["statements"]
    assert [(s["speakers"], s["quote"]) for s in statements] == [
        (["sergey-lavrov"], "Советники тайно отправлены в Баку")
    ]
