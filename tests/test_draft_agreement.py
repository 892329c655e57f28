"""A second curator's gold is sound and is scored against the first as a draft would be
(bench/draft_agreement.py): the same matching, the other gold's names standing for its new
entities, and the kept rule. Pure: no Neo4j."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bench import draft_corpus_gold as corpus
from bench.draft_agreement import agreement

PASSAGES = [
    "TARSK, April 11 - Velmoran guns shelled Tarsk's border posts on Thursday.",
    'Ana Vel, the Tarsk defence minister, said that "the border stays closed" until spring.',
]


def first_gold() -> dict[str, Any]:
    """A gold of the two passages above, as the first curator wrote it."""
    return {
        "language": "en",
        "published": "2031-04-11",
        "non_content": [],
        "mentions": {1: ["new:state:Tarsk"], 2: ["new:person:Ana Vel", "new:state:Tarsk"]},
        "new_entities": [
            {"id": "new:state:Tarsk", "kind": "state", "names": ["Tarsk"]},
            {"id": "new:person:Ana Vel", "kind": "person", "names": ["Ana Vel"]},
        ],
        "spelling_variants": [],
        "events": [
            {
                "type": "shelling",
                "date": "2031-04-10",
                "status": "occurred",
                "passages": [1],
                "participants": [],
            }
        ],
        "statements": [
            {
                "kind": "claim",
                "speakers": ["new:person:Ana Vel"],
                "date": "2031-04-11",
                "passage": 2,
                "quote": "the border stays closed",
            }
        ],
    }


def second_gold() -> dict[str, Any]:
    """The same gold with the second curator's own ids for the same entities."""
    gold = copy.deepcopy(first_gold())
    gold["new_entities"][1]["id"] = "new:person:Anna Vel"  # another English spelling, same name
    gold["mentions"][2] = ["new:person:Anna Vel", "new:state:Tarsk"]
    gold["statements"][0]["speakers"] = ["new:person:Anna Vel"]
    return gold


def figures(second: dict[str, Any]) -> dict[str, Any]:
    return agreement(corpus.Text("fixture", PASSAGES, first_gold()), second).as_dict()


def test_a_gold_agrees_with_itself_through_the_names_of_its_new_entities() -> None:
    found = figures(second_gold())
    for measure in ("mentions", "events", "statements"):
        assert (found[measure]["precision"], found[measure]["recall"]) == (1.0, 1.0)
    assert (found["kept"], found["drafted_items"]) == (2, 2)


def test_another_kind_keeps_the_match_but_not_the_item() -> None:
    second = second_gold()
    second["statements"][0]["kind"] = "announcement"
    found = figures(second)
    assert found["statements"]["right"] == 1
    assert (found["kept"], found["drafted_items"]) == (1, 2)


def test_another_date_or_speaker_is_no_match() -> None:
    second = second_gold()
    second["events"][0]["date"] = "2031-04"
    second["statements"][0]["speakers"] = ["new:state:Tarsk"]
    found = figures(second)
    assert found["events"]["right"] == 0 and found["events"]["found"] == 0
    assert found["statements"]["right"] == 0
    assert found["mentions"]["right"] == 3  # mentions are not touched
    assert found["kept"] == 0


def test_an_unnamed_new_entity_of_the_second_gold_is_not_the_firsts() -> None:
    second = second_gold()
    second["new_entities"][1]["names"] = ["Ana"]
    second["new_entities"][1]["id"] = "new:person:Ana"
    second["statements"][0]["speakers"] = ["new:person:Ana"]
    assert figures(second)["statements"]["right"] == 0


@pytest.mark.parametrize("name", corpus.second_golds())
def test_a_second_gold_is_sound_and_of_a_development_text(name: str) -> None:
    assert name in corpus.split()["development"]
    assert corpus.problems(corpus.load_second(name)) == []


def test_there_are_second_golds_in_every_language() -> None:
    languages = {corpus.load(name).language for name in corpus.second_golds()}
    assert languages == {"ar", "en", "ru"}
