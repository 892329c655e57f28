"""Pure tests (no Neo4j) of the ids a curated batch defines and cites (checks/id_book.py,
checks/citations.py); the vocabulary terms and a source against its own text are in
test_pure_source_checks.py. Each asserts the problem a curator sees, exactly; they are kept
apart from the drafting's slower tests so that a mutant of the checks runs in seconds
(`make mutation`)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import edit
from test_curation_validation import REGISTRY, SOURCE, nothing, raw

from kb_service.curation import CurationError, validate


def found(*files: tuple[str, str], **options: Any) -> list[tuple[str, str]]:
    """Validate these files (name, text) as one batch, which must fail; return each problem
    as text with its hint."""
    with pytest.raises(CurationError) as exc:
        validate([raw(name, text) for name, text in files], nothing, **options)
    return [(str(problem), problem.hint) for problem in exc.value.problems]


def problems_of(*files: tuple[str, str]) -> list[str]:
    """Validate these files as one batch, which must fail; return the problems as text."""
    return [text for text, _ in found(*files)]


def accepted(*files: tuple[str, str]) -> None:
    """Validate these files as one batch, which must pass."""
    validate([raw(name, text) for name, text in files], nothing)


# --- the ids of a batch (checks.py) -------------------------------------------------------------


def test_one_event_id_twice_in_one_file_is_refused() -> None:
    second = edit(SOURCE, "statements:\n", "  - id: meeting\n" + _EVENT_BODY + "statements:\n")
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", second)) == [
        "report.yaml:21: events[1].id: id 'meeting' is already defined in report.yaml:events"
    ]


_EVENT_BODY = """\
    title: Alice meets Bob again
    type: meeting
    date: 2020-09-26
    participants:
      - {actor: alice, role: host}
    places: [town]
    evidence:
      - {passage: 1, quote: Alice met Bob}
"""

# A second source, validated after the first, that defines `later` as a statement.
LATER_SOURCE = """\
kind: source
id: later-report
title: A later report
publisher: Daily
published: 2020-09-27
language: en
text: |
  Alice said "the talks go on".
statements:
  - id: later
    kind: position
    speakers: [alice]
    date: 2020-09-27
    quote: the talks go on
    language: en
    text_en: The talks go on.
    evidence:
      - {passage: 1, quote: the talks go on}
"""


def test_a_forward_reference_to_a_record_of_another_kind_is_refused() -> None:
    # `occasion` must be an event; `later` is defined only by the next file, as a statement.
    first = edit(SOURCE, "    kind: position\n", "    kind: position\n    occasion: later\n")
    found = problems_of(
        ("registry.yaml", REGISTRY), ("report.yaml", first), ("later.yaml", LATER_SOURCE)
    )
    assert found == ["report.yaml:24: statements[0].occasion: 'later' is a statement, not an event"]


def test_the_same_event_asserted_by_two_sources_is_one_event() -> None:
    other = edit(SOURCE, "id: report", "id: other-report")
    accepted(("registry.yaml", REGISTRY), ("report.yaml", SOURCE), ("other.yaml", other))


def test_an_id_a_later_file_defines_as_another_kind_is_refused() -> None:
    other = edit(SOURCE, "id: report", "id: other-report").replace("- id: peace", "- id: x")
    other = other.replace("- id: meeting", "- id: peace")
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", SOURCE), ("o.yaml", other)) == [
        "o.yaml:11: events[0].id: id 'peace' is already defined in report.yaml:statements"
    ]


EVIDENCE = "    evidence:\n      - passage: 1"


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            "publisher: Daily",
            "publisher: Daily\ncredited_to: town",
            "5: credited_to: 'town' is a place, not an actor",
        ),
        (
            "    type: meeting\n",
            "    type: meeting\n    conflict: alice\n",
            "14: events[0].conflict: 'alice' is an actor, not a conflict",
        ),
        (
            "{actor: alice, role: host}",
            "{actor: town, role: host}",
            "16: events[0].participants[0].actor: 'town' is a place, not an actor",
        ),
        (
            EVIDENCE,
            "    related: [{event: peace, type: precedes}]\n" + EVIDENCE,
            "18: events[0].related[0].event: 'peace' is a statement, not an event",
        ),
        (
            EVIDENCE,
            "    not_same_as: [peace]\n" + EVIDENCE,
            "18: events[0].not_same_as[0]: 'peace' is a statement, not an event",
        ),
        (
            "    kind: position\n",
            "    kind: position\n    conflict: alice\n",
            "24: statements[0].conflict: 'alice' is an actor, not a conflict",
        ),
        (
            "    kind: position\n",
            "    kind: position\n    place: alice\n",
            "24: statements[0].place: 'alice' is an actor, not a place",
        ),
    ],
)
def test_each_field_that_cites_an_id_names_the_kind_it_takes(
    old: str, new: str, problem: str
) -> None:
    wrong = edit(SOURCE, old, new)
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", wrong)) == [
        f"report.yaml:{problem}"
    ]


RELATION = """\
relations:
  - id: alice-town
    type: holds-office
    subject: alice
    object: town
    role: Mayor
    date: 2020-09-27
    evidence:
      - {passage: 1, quote: Alice met Bob}
"""


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            "subject: alice",
            "subject: town",
            "34: relations[0].subject: 'town' is a place, not an actor",
        ),
        (
            "object: town",
            "object: meeting",
            "35: relations[0].object: 'meeting' is an event, not an actor or a place or a conflict",
        ),
        (
            "role: Mayor",
            "role: Mayor\n    conflict: town",
            "37: relations[0].conflict: 'town' is a place, not a conflict",
        ),
    ],
)
def test_a_relation_cites_records_of_the_right_kind(old: str, new: str, problem: str) -> None:
    source = SOURCE + RELATION
    accepted(("registry.yaml", REGISTRY), ("report.yaml", source))
    wrong = edit(source, old, new)
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", wrong)) == [
        f"report.yaml:{problem}"
    ]


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
    with pytest.raises(CurationError) as exc:
        validate([raw("registry.yaml", REGISTRY), raw("report.yaml", near)], nothing)
    [problem] = exc.value.problems
    assert (problem.hint, problem.details) == (
        "the nearest known: meeting",
        {"nearest_ids": ["meeting"]},
    )
    far = edit(SOURCE, "    kind: position\n", "    kind: position\n    occasion: zzzzqqq\n")
    with pytest.raises(CurationError) as exc:
        validate([raw("registry.yaml", REGISTRY), raw("report.yaml", far)], nothing)
    [problem] = exc.value.problems
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
