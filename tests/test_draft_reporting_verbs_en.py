"""English verbs that report a view, a denial or a warning (issue 25, reported_speech.yaml
`reporting`): praise (saluted, spoke highly of), a defence of someone are a position;
contesting a figure is a denial; `warns of` is a claim; branding someone is an accusation.
Texts are our own, with unknown speakers titled as news write them. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov"),
    entity("turkey", "Actor", "state", "Turkey"),
]


@pytest.mark.parametrize(
    ("text", "kind", "quote"),
    [
        ("Sergey Lavrov praised the peacekeepers.", "position", "the peacekeepers"),
        ("Sergey Lavrov hailed the vote as a milestone.", "position", "the vote as a milestone"),
        (
            "Sergey Lavrov defended Turkey as a force for calm.",
            "position",
            "Turkey as a force for calm",
        ),
        ("Sergey Lavrov contested that figure.", "denial", "that figure"),
        ("Sergey Lavrov warns of the danger of mines.", "claim", "of the danger of mines"),
        (
            "Sergey Lavrov saluted the sappers for their work.",
            "position",
            "the sappers for their work",
        ),
        (
            "Sergey Lavrov spoke highly of the peacekeepers' work.",
            "position",
            "the peacekeepers' work",
        ),
        ("Sergey Lavrov branded the gunmen terrorists.", "accusation", "the gunmen terrorists"),
    ],
)
def test_a_verb_of_a_view_reports_words(text: str, kind: str, quote: str) -> None:
    document = draft_fixture(text, REGISTRY, "en", "2020-11-17").document
    said = [(s["kind"], s["speakers"], s["quote"]) for s in document["statements"]]
    assert said == [(kind, ["sergey-lavrov"], quote)]


def test_brands_is_no_verb_of_an_accusation() -> None:
    text = "Turkey banned Armenian brands of cognac in October."
    document = draft_fixture(text, REGISTRY, "en", "2020-11-17").document
    assert document["statements"] == []
