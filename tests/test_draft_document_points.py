"""A text that is itself a document (issue 25): `X declares the following`, then points
numbered with digits, Arabic ordinal words (أولا:) or ordinal adverbs (Во-первых, Firstly).
Each point is a statement of the document's issuers, of the document's day (its date line)
and not of a date its words give; the declaring sentence is their announcement. Texts are our
own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

PUBLISHED = "2020-11-15"
REGISTRY = [
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("baku", "Place", "city", "Baku", "باكو", "Баку"),
    entity(
        "russia-mfa",
        "Actor",
        "ministry",
        "Ministry of Foreign Affairs of Russia",
        "وزارة الخارجية الروسية",
        "Министерство иностранных дел России",
    ),
]
TEXTS = {
    "ar": (
        "وزارة الخارجية الروسية تعلن ما يلي:\n"
        "أولا: أنجزت وحدات حفظ السلام الروسية انتشارها على طول خط التماس.\n"
        "ثانيا: الوزير سيزور باكو في 21 نوفمبر لبحث الوضع مع أذربيجان."
    ),
    "ru": (
        "Министерство иностранных дел России сообщает следующее.\n"
        "1. Российские миротворцы завершили развертывание вдоль линии соприкосновения.\n"
        "2. Министр посетит Баку 21 ноября для обсуждения ситуации с Азербайджаном."
    ),
    "en": (
        "The Ministry of Foreign Affairs of Russia states the following:\n"
        "Firstly, the Russian peacekeepers have completed their deployment along the line.\n"
        "Secondly, the minister will visit Baku on 21 November to discuss the situation."
    ),
}
DECLARING = {"ar": "تعلن ما يلي", "ru": "сообщает следующее", "en": "states the following"}


def statements(language: str) -> list[dict[str, Any]]:
    document = draft_fixture(
        TEXTS[language],
        REGISTRY,
        language,
        PUBLISHED,
        "points",
    ).document
    return list(document["statements"])


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_each_point_of_a_declared_document_is_its_issuers_statement_of_its_day(
    language: str,
) -> None:
    found = statements(language)
    assert [(s["evidence"][0]["passage"], s["speakers"], s["date"]) for s in found] == [
        (1, ["russia-mfa"], PUBLISHED),
        (2, ["russia-mfa"], PUBLISHED),
        (3, ["russia-mfa"], PUBLISHED),
    ]
    assert (found[0]["kind"], found[0]["quote"]) == ("announcement", DECLARING[language])
    points = TEXTS[language].splitlines()[1:]
    assert [s["quote"] for s in found[1:]] == [p.split(" ", 1)[1].rstrip(".") for p in points]
