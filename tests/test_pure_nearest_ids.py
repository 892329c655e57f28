"""Pure tests (no Neo4j) of what a curator is told of an unknown id, the nearest known ids of
the kind the field takes (checks/id_book.py), and of the labels of a batch's ids."""

from __future__ import annotations

import pytest
from conftest import edit
from test_curation_validation import REGISTRY, SOURCE, raw
from test_pure_curation_checks import EVIDENCE, VILLAGE, found, refusal

from kb_service.curation import validate

# --- the nearest ids of an unknown one (id_book.py) -------------------------------------------


def stored() -> list[tuple[str, str, list[str]]]:
    """The registry entries of a database: (id, label, names)."""
    return [("townsend", "Place", ["Townsend"]), ("bob", "Actor", ["Bob Brown"])]


def test_an_unknown_id_names_the_nearest_of_the_batch_and_of_the_database() -> None:
    report = edit(SOURCE, "places: [town]", "places: [townsen]")
    # the report cites the place before the registry that defines `town` is read
    assert found(("report.yaml", report), ("registry.yaml", REGISTRY), candidates=stored) == [
        (
            "report.yaml:17: events[0].places[0]: unknown id 'townsen'",
            "the nearest known: townsend, town",
        )
    ]


def test_an_unknown_id_is_matched_on_the_names_of_the_batch_s_entries() -> None:
    robert = REGISTRY + VILLAGE.replace("village", "rb").replace("Village", "Robert Brown")
    report = edit(SOURCE, "places: [town]", "places: [robert-brown]")
    assert found(("registry.yaml", robert.replace("WITHIN", "town")), ("report.yaml", report)) == [
        (
            "report.yaml:17: events[0].places[0]: unknown id 'robert-brown'",
            "the nearest known: rb, town",
        )
    ]


def test_the_nearest_ids_are_of_the_kind_the_field_takes() -> None:
    # bob's name is Bob Brown, but a place is asked for: only places are suggested
    report = edit(SOURCE, "places: [town]", "places: [bob-brown]")
    assert found(("registry.yaml", REGISTRY), ("report.yaml", report), candidates=stored) == [
        ("report.yaml:17: events[0].places[0]: unknown id 'bob-brown'", "the nearest known: town")
    ]
    speaker = edit(SOURCE, "speakers: [alice]", "speakers: [bob-brown]")
    assert found(("registry.yaml", REGISTRY), ("report.yaml", speaker), candidates=stored) == [
        (
            "report.yaml:24: statements[0].speakers[0]: unknown id 'bob-brown'",
            "the nearest known: bob",
        )
    ]


def test_an_unknown_id_of_an_event_names_the_nearest_event_and_a_far_one_none() -> None:
    near = edit(SOURCE, "    kind: position\n", "    kind: position\n    occasion: meetin\n")
    [problem] = refusal(("registry.yaml", REGISTRY), ("report.yaml", near))
    assert (problem.hint, problem.details) == (
        "the nearest known: meeting",
        {"nearest_ids": ["meeting"]},
    )
    far = edit(SOURCE, "    kind: position\n", "    kind: position\n    occasion: zzzzqqq\n")
    [problem] = refusal(("registry.yaml", REGISTRY), ("report.yaml", far))
    assert (str(problem), problem.hint, problem.details) == (
        "report.yaml:24: statements[0].occasion: unknown id 'zzzzqqq'",
        "",
        {},
    )


def test_the_labels_of_a_batch_list_each_id_once_the_database_s_last() -> None:
    def database(ids: set[str], replacing: frozenset[str]) -> dict[str, str]:
        return {"old-meeting": "Event"} if "old-meeting" in ids else {}

    # report.yaml cites old-meeting, which the database holds; other.yaml asserts it again
    cites = edit(
        SOURCE, EVIDENCE, "    related: [{event: old-meeting, type: precedes}]\n" + EVIDENCE
    )
    other = edit(SOURCE, "id: report", "id: other-report").replace("- id: peace", "- id: p2")
    other = other.replace("- id: meeting", "- id: old-meeting")
    files = [("registry.yaml", REGISTRY), ("report.yaml", cites), ("other.yaml", other)]
    labels = validate([raw(name, text) for name, text in files], database).labels
    batch = ["alice", "town", "meeting", "peace", "report", "old-meeting", "p2", "other-report"]
    assert list(labels) == batch
    labels = validate([raw("registry.yaml", REGISTRY), raw("report.yaml", cites)], database).labels
    assert dict(labels.over({"p1": "Passage"})) == {
        "p1": "Passage",
        "alice": "Actor",
        "town": "Place",
        "meeting": "Event",
        "peace": "Statement",
        "report": "Source",
        "old-meeting": "Event",
    }
    with pytest.raises(KeyError, match="nowhere"):
        labels["nowhere"]
