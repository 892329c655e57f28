"""An Arabic topic answered by `ف` (أما يريفان فنفت: as for Yerevan, it denied) in `kb draft`
(issue 25): the actor right after أما speaks the verb that ف joins to it, not an actor named
before the topic in the sentence, nor one after the verb; not an actor after a preposition
(أما بالنسبة لأذربيجان: what the words are about). A verb without ف, or أما further than
TOPIC_REACH words, leaves the speaker as before. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان"),
    entity("baku", "Place", "capital", "Baku", "باكو"),
    entity("yerevan", "Place", "capital", "Yerevan", "يريفان"),
    entity("ilham-aliyev", "Actor", "person", "Ilham Aliyev", "إلهام علييف"),
    entity("nikol-pashinyan", "Actor", "person", "Nikol Pashinyan", "نيكول باشينيان"),
    entity("russia-mfa", "Actor", "ministry", "Russian Foreign Ministry", "وزارة الخارجية الروسية"),
]


def statements(text: str) -> list[dict[str, Any]]:
    drafted = draft_fixture(text, REGISTRY, "ar", "2020-12-20", "topics").document
    return list(drafted["statements"])


def test_the_topic_speaks_the_verb_that_answers_it() -> None:
    text = "أما إلهام علييف فاتهم أرمينيا بخرق الهدنة وقصف المدن."
    assert [s["speakers"] for s in statements(text)] == [["ilham-aliyev"]]


def test_a_verb_without_the_answer_is_not_the_topics() -> None:
    text = "أما إلهام علييف واتهم أرمينيا بخرق الهدنة وقصف المدن."
    assert [s["speakers"] for s in statements(text)] != [["ilham-aliyev"]]


def test_a_topic_word_too_far_from_the_verb_sets_no_topic() -> None:
    text = (
        "أما إلهام علييف الذي زار الجبهة مرات كثيرة خلال الأسابيع الستة الماضية مع قادة جيشه "
        "فقال نيكول باشينيان إن الهدنة صامدة."
    )
    said = {s["quote"]: s["speakers"] for s in statements(text)}
    assert said["إن الهدنة صامدة"] == ["nikol-pashinyan"]


def test_a_topic_speaks_only_in_its_own_sentence() -> None:
    text = "أما أرمينيا فهادئة. فاتهم إلهام علييف يريفان بقصف المدن."
    assert [s["speakers"] for s in statements(text)] == [["ilham-aliyev"]]


def test_the_topic_stands_before_the_sentences_first_actor() -> None:
    text = "في أذربيجان ساد الهدوء، أما نيكول باشينيان فاتهم باكو بقصف المدن."
    assert [s["speakers"] for s in statements(text)] == [["nikol-pashinyan"]]


@pytest.mark.parametrize(
    "text",
    [
        "أما بالنسبة لأذربيجان، فقالت وزارة الخارجية الروسية إن باكو خرقت الهدنة.",
        "أما عن أذربيجان فقالت وزارة الخارجية الروسية إن باكو خرقت الهدنة.",
    ],
)
def test_an_actor_after_a_preposition_is_what_the_words_are_about(text: str) -> None:
    assert [s["speakers"] for s in statements(text)] == [["russia-mfa"]]


@pytest.mark.parametrize(
    ("between", "topic"),
    [
        # أما TOPIC_REACH words before the verb: the topic speaks
        ("الذي زار الجبهة مع جنوده", True),
        # one word further: no topic, the actor after the verb
        ("الذي زار الجبهة مع كل جنوده", False),
    ],
)
def test_a_topic_reaches_its_verb_within_topic_reach_words(between: str, topic: bool) -> None:
    text = f"أما إلهام علييف {between} فاتهم أرمينيا بخرق الهدنة."
    assert ([s["speakers"] for s in statements(text)] == [["ilham-aliyev"]]) is topic
