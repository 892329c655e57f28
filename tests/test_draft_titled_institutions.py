"""An English organisation's name runs on past the title it serves to its state (the Press
Service of the President of the Republic of Azerbaijan, the Office of the Prime Minister of
Armenia); a title not followed by a state ends the name before it. A priest's `Father` is his
title, no part of his name. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
]


def proposed(text: str) -> list[str]:
    document = draft_fixture(text, REGISTRY, "en", "2020-12-02", "titled").document
    return [e["names"]["en"] for e in document.get("proposed_entries") or []]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Press Service of the President of the Republic of Azerbaijan gave the figures.",
            "Press Service of the President of the Republic of Azerbaijan",
        ),
        (
            "The Office of the Prime Minister of Armenia gave the figures on Tuesday.",
            "Office of the Prime Minister of Armenia",
        ),
    ],
)
def test_an_organisation_of_a_states_title_is_one_name(text: str, name: str) -> None:
    assert name in proposed(text)


def test_a_title_without_a_state_after_it_ends_the_name() -> None:
    found = proposed("The Press Service of the President gave the figures on Tuesday.")
    assert not any("President" in name for name in found)


def test_a_priests_title_is_no_part_of_his_name() -> None:
    found = proposed("Services go on, Father Vahram Melikyan wrote on Facebook on Monday.")
    assert "Vahram Melikyan" in found and not any("Father" in name for name in found)
