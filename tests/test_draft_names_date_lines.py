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
        ("ru", "Заявление министерства\nБаку, 3 ноября 2020 года\nАзербайджан сожалеет."),
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
        ("en", "Statement of the Foreign Ministry\n3 November 2020, Baku\nAzerbaijan regrets it."),
        ("ru", "Заявление министерства\n3 ноября 2020 года, г. Баку\nАзербайджан сожалеет."),
        ("en", "Statement of the Ministry\n3 November 2020, New York City\nAzerbaijan regrets it."),
        ("en", "Statement of the Ministry\n3 November 2020, Nur-Sultan\nAzerbaijan regrets it."),
    ],
)
def test_a_date_and_place_line_is_no_content(language: str, text: str) -> None:
    drafted = draft_fixture(text, REGISTRY, language, None)
    assert drafted.non_content == [2]
    assert drafted.document["published"] == "2020-11-03"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "3 ноября 2020 года, г. Баку и его пригороды"),
        ("ru", "3 ноября 2020 года, в Баку прошла встреча"),
        ("en", "3 November 2020, 22:40"),
        ("en", "Before 3 November 2020, Baku"),
        ("en", "3 November 2020, Baku: Azerbaijan"),
        ("en", "3 November 2020; Baku"),
        ("ru", "3 ноября 2020 года, г. Баку, 4 ноября 2020 года"),
        ("en", "27 September 2020, Azerbaijan launches offensive"),
        ("en", "27 September 2020, Baku, Ganja and Tartar"),
        ("en", "3 November 2020, New York City Hall"),
        ("ru", "3 ноября 2020 года, вечером"),
        ("ru", "27 сентября 2020 года, начало войны"),
        ("ar", "27 سبتمبر 2020، اندلاع الحرب"),
    ],
)
def test_a_date_and_more_than_a_place_is_no_date_line(language: str, text: str) -> None:
    text = "Heading\n" + text + "\nAzerbaijan regrets it."
    drafted = draft_fixture(text, REGISTRY, language, "2020-11-03")
    assert 2 not in drafted.non_content


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
