"""An Arabic topic answered by `ف` (أما يريفان فنفت: as for Yerevan, it denied) in `kb draft`
(issue 25): the actor after أما speaks the verb that ف joins to it, not the first actor of the
sentence (which an Arabic verb's subject is when its nearest actor stands before it); not when
an actor other than a state follows the verb (its subject: أما روسيا فقال لافروف, أما بالنسبة
لأذربيجان فقالت الخارجية; a state there is its object: أما يريفان فاتهمت باكو), nor a verb
without ف, nor a topic of another sentence. Texts are our own. Pure: no Neo4j."""

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
    entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov", "سيرغي لافروف"),
    entity("russia-mfa", "Actor", "ministry", "Russian Foreign Ministry", "وزارة الخارجية الروسية"),
]
# the first actor of the sentence is the ministry; the topic is Yerevan
TOPIC = "قتل مدنيون في المدينة، بحسب وزارة الخارجية الروسية، أما يريفان {verb} الاتهام بالكذب."


def statements(text: str) -> list[dict[str, Any]]:
    drafted = draft_fixture(text, REGISTRY, "ar", "2020-12-20", "topics").document
    return list(drafted["statements"])


def speakers_of(text: str, words: str) -> list[list[str]]:
    return [s["speakers"] for s in statements(text) if s["quote"].startswith(words)]


def test_the_topic_speaks_the_verb_that_answers_it() -> None:
    assert speakers_of(TOPIC.format(verb="فوصفت"), "الاتهام") == [["armenia"]]


def test_a_verb_without_the_answer_is_not_the_topics() -> None:
    assert speakers_of(TOPIC.format(verb="ووصفت"), "الاتهام") != [["armenia"]]


def test_a_state_after_the_verb_is_its_object() -> None:
    text = "أما يريفان فاتهمت باكو بخرق الهدنة الإنسانية وقصف المدن."
    assert [s["speakers"] for s in statements(text)] == [["armenia"]]


def test_an_actor_after_the_verb_is_its_subject() -> None:
    text = "أما أرمينيا فقال سيرغي لافروف إن موسكو مستعدة للوساطة بين الطرفين."
    assert [s["speakers"] for s in statements(text)] == [["sergey-lavrov"]]


def test_a_topic_speaks_only_in_its_own_sentence() -> None:
    text = "أما يريفان فصامتة. قتل مدنيون، بحسب وزارة الخارجية الروسية، فوصفت الحادث بالمأساة."
    assert ["armenia"] not in [s["speakers"] for s in statements(text) if "بالمأساة" in s["quote"]]


@pytest.mark.parametrize(
    "text",
    [
        "أما بالنسبة لأذربيجان، فقالت وزارة الخارجية الروسية إن باكو خرقت الهدنة.",
        "أما عن أذربيجان فقالت وزارة الخارجية الروسية إن باكو خرقت الهدنة.",
    ],
)
def test_an_actor_after_a_preposition_is_what_the_words_are_about(text: str) -> None:
    assert [s["speakers"] for s in statements(text)] == [["russia-mfa"]]
