"""An Arabic minister's title names his portfolio (وزير الطوارئ, وزير الصحة, وزير الثقافة,
وزير الداخلية), as وزير الخارجية does: the two words after it, past a nationality, are a person
the registry lacks, who speaks what follows. In English the portfolio follows the title with
`for` or `of` (Commissioner for Crisis Management Janez Lenarčič): the name is the last two
of its capitalised words, and one or two words alone are the portfolio, no actor. Texts are
our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
]


@pytest.mark.parametrize(
    "title",
    ["نائب وزير الطوارئ الأذربيجاني", "وزير الصحة", "وزير الثقافة الأذربيجاني", "وزير الداخلية"],
)
def test_a_ministers_portfolio_is_his_title(title: str) -> None:
    text = f"وقال {title} رحيم لطيفوف إن فرق الإنقاذ ستصل قبل نهاية الأسبوع."
    document = draft_fixture(text, REGISTRY, "ar", "2021-01-07", "portfolios").document
    entries = document.get("proposed_entries") or []
    assert [(e["kind"], e["names"]["ar"]) for e in entries] == [("person", "رحيم لطيفوف")]
    assert [s["speakers"] for s in document["statements"]] == [[entries[0]["id"]]]


def proposed(text: str) -> list[tuple[str, str]]:
    document = draft_fixture(text, REGISTRY, "en", "2021-01-07", "portfolios").document
    return [(e["kind"], e["names"]["en"]) for e in document.get("proposed_entries") or []]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Commissioner for Crisis Management", "Rein Talvik"),
        ("Minister of Emergency Situations", "Rahim Latifov"),
        ("Minister of Health", "Rahim Latifov"),
    ],
)
def test_an_english_portfolio_stands_between_title_and_name(title: str, name: str) -> None:
    text = f"{title} {name} said the rescue teams would arrive before the end of the week."
    assert proposed(text) == [("person", name)]


@pytest.mark.parametrize("portfolio", ["Foreign Affairs", "Health"])
def test_a_portfolio_alone_is_no_actor(portfolio: str) -> None:
    text = f"Azerbaijan's Minister of {portfolio} of the Republic sent the teams on Monday."
    assert proposed(text) == []


def test_a_portfolio_before_a_name_known_in_the_text_is_no_actor() -> None:
    text = (
        "Rahim Latifov visited the camp on Monday. "
        "Minister of Foreign Affairs Rahim Latifov said the teams would stay."
    )
    assert proposed(text) == [("person", "Rahim Latifov")]


def test_a_surname_right_after_a_portfolio_is_a_person_who_speaks() -> None:
    text = "Minister of Health Avanesyan said the hospitals were full."
    document = draft_fixture(text, REGISTRY, "en", "2021-01-07", "portfolios").document
    entries = [(e["id"], e["kind"]) for e in document.get("proposed_entries") or []]
    assert entries == [("avanesyan", "person")]
    assert [s["speakers"] for s in document["statements"]] == [["avanesyan"]]


def test_a_surname_right_after_an_unknown_portfolio_still_speaks() -> None:
    text = "Minister of Tourism Avanesyan said the hotels were full."
    document = draft_fixture(text, REGISTRY, "en", "2021-01-07", "portfolios").document
    assert ["avanesyan" in s["speakers"][0] for s in document["statements"]] == [True]


@pytest.mark.parametrize(
    "portfolio",
    [
        "Foreign Affairs",
        "Defence",
        "Defense",
        "Health",
        "Justice",
        "Interior",
        "Economy",
        "Emergency Situations",
    ],
)
def test_a_portfolio_before_a_verb_is_no_actor(portfolio: str) -> None:
    text = f"The Minister of {portfolio} told reporters the rescue teams would stay."
    assert proposed(text) == []
