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


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a name right after `said` that a verb follows is its words' subject, not a speaker
        ("Aram Petrosyan, an aide, said Turkey had sent advisers to Baku.", "Turkey had sent"),
        ("Aram Petrosyan, an aide, said Turkey would send advisers to Baku.", "Turkey would send"),
        # a tail after the name (in, on, ...) closes a reporting clause: the words are before it
        (
            "Advisers had been sent to Baku in secret, said Sergey Lavrov in a statement.",
            "Advisers had been sent to Baku in secret",
        ),
        # a mark after the name closes it too
        (
            "Advisers had been sent to Baku in secret, said Sergey Lavrov, who gave no source.",
            "Advisers had been sent to Baku in secret",
        ),
    ],
)
def test_a_name_after_said_is_the_speaker_only_when_a_clause_ends_with_it(
    text: str, quote: str
) -> None:
    """`X, a title, said Turkey had ...`: Turkey opens the words (the title's X speaks); `...,
    said Lavrov in a statement`: Lavrov speaks the words before."""
    statements = draft_fixture(text, REGISTRY, "en", "2020-10-27").document["statements"]
    assert [s["quote"][: len(quote)] for s in statements] == [quote]
    assert statements[0]["speakers"] == (
        ["aram-petrosyan"] if "Aram" in text else ["sergey-lavrov"]
    )


@pytest.mark.parametrize(
    "tail",
    [
        "said Turkey's Foreign Minister Mevlut Cavusoglu",  # an owner's possessive: not adjacent
        "said Sergey Lavrov and Mevlut Cavusoglu",  # two speakers joined
    ],
)
def test_a_speaker_after_said_keeps_the_words_before(tail: str) -> None:
    """`<words>, said Turkey's Foreign Minister X.` and `<words>, said X and Y.`: the clause
    after the verb names the speakers; the words are those before it."""
    text = f"Advisers were sent to Baku in secret, {tail}."
    statements = draft_fixture(text, REGISTRY, "en", "2020-10-27").document["statements"]
    assert [s["quote"] for s in statements] == ["Advisers were sent to Baku in secret"]


@pytest.mark.parametrize(
    "verb",
    [
        *("had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should"),
        *("must", "might", "may", "did", "does"),
    ],
)
def test_each_verb_after_a_name_after_said_makes_it_the_subject(verb: str) -> None:
    """reported_speech.yaml `subject_verbs`: `X, an aide, said Turkey <verb> ...` - Turkey is
    the words' subject; X, before the verb, speaks."""
    text = f"Aram Petrosyan, an aide, said Turkey {verb} sent advisers to Baku."
    statements = draft_fixture(text, REGISTRY, "en", "2020-10-27").document["statements"]
    assert [(s["speakers"], s["quote"]) for s in statements] == [
        (["aram-petrosyan"], f"Turkey {verb} sent advisers to Baku")
    ]
