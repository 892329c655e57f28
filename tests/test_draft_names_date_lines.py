"""An official statement's place-and-date line (`Baku, 28 October 2020`) is no content, as a
dateline is not: its city is no mention (issue 25). Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("baku", "Place", "city", "Baku", "باكو", "Баку"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Statement of the Foreign Ministry\nBaku, 3 November 2020\nAzerbaijan regrets it."),
        ("ru", "Заявление министерства\nБаку, 3 ноября 2020 года\nАзербайджан сожалеет об этом."),
        ("ar", "بيان الوزارة\nباكو، 3 نوفمبر/تشرين الثاني 2020\nتأسف أذربيجان لذلك."),
    ],
)
def test_a_place_and_date_line_is_no_content(language: str, text: str) -> None:
    drafted = draft_fixture(text, REGISTRY, language, None)
    assert drafted.non_content == [2]
    assert drafted.document["published"] == "2020-11-03"
    mentioned = {
        m.entity.id for r in drafted.readings if r.passage.not_content is None for m in r.mentions
    }
    assert mentioned == {"azerbaijan"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Baku, 3 November 2020 - Azerbaijan regrets it."),
        ("ru", "Баку, 3 ноября 2020 года Азербайджан выразил сожаление."),
        ("ar", "باكو، 3 نوفمبر 2020 أعربت أذربيجان عن أسفها."),
    ],
)
def test_a_dateline_before_a_sentence_stays_content(language: str, text: str) -> None:
    drafted = draft_fixture(text, REGISTRY, language, None)
    assert drafted.non_content == []
