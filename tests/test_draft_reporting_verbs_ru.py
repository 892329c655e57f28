"""Russian verbs that report words (issue 25, reported_speech.yaml `reporting`): to qualify an
act as a crime (квалифицировал) is an accusation; to count the dead (насчитала) is a report,
as подсчитал is. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
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
