"""An Arabic reporting verb its marks make passive (a damma on its first letter: أُعلنت هدنة, a
truce was announced; وذُكر أن, it was said that) has no speaker the words name: it drafts
no statement, where the same verb unmarked (أعلنت أذربيجان) does, and a present whose prefix
bears the damma (يُطالب, تُعرب: active verbs) does too. Texts are our own. Pure: no
Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("united-states", "Actor", "state", "United States", "الولايات المتحدة", "США"),
]


def speakers(text: str) -> list[list[str]]:
    document = draft_fixture(text, REGISTRY, "ar", "2020-10-28", "passive").document
    return [s["speakers"] for s in document["statements"]]


@pytest.mark.parametrize(
    "text",
    [
        "دخلت حيز التنفيذ هدنة أُعلنت بوساطة الولايات المتحدة، وهو ما يثبت أن أرمينيا لا تريدها.",
        "وذُكر في أذربيجان أن أرمينيا قبلت الهدنة في العاشر من الشهر.",
        "وأُعلن في أذربيجان أن أرمينيا قبلت الهدنة في العاشر من الشهر.",
        "وَذُكر في أذربيجان أن أرمينيا قبلت الهدنة في العاشر من الشهر.",  # a fatha on و
    ],
)
def test_a_passive_verb_has_no_speaker(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الولايات المتحدة أن أرمينيا وأذربيجان قبلتا الهدنة.",
        "وذكرت أذربيجان أن أرمينيا لا تريد الهدنة.",
        # a damma on a present's prefix: an active verb (it demands, expresses, condemns)
        "وتُطالب أذربيجان أرمينيا بأن تحترم الهدنة.",
        "وتُعرب أذربيجان عن قلقها من أن أرمينيا لا تحترم الهدنة.",
        "وتُدين أذربيجان قصف أرمينيا للمدن.",
    ],
)
def test_the_same_verb_unmarked_has_its_speaker(text: str) -> None:
    assert len(speakers(text)) == 1
