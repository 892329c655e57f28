"""Pure tests (no Neo4j) of the ids a curated batch defines and cites (checks/id_book.py,
checks/citations.py); the nearest ids and a batch's labels are in test_pure_nearest_ids.py, the
vocabulary terms and a source against its own text in test_pure_source_checks.py. Each asserts
the problem a curator sees, exactly; they are kept apart from the drafting's slower tests so
that a mutant of the checks runs in seconds (`make mutation`)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import edit
from test_curation_validation import REGISTRY, SOURCE, nothing, raw

from kb_service.curation import CurationError, validate
from kb_service.curation.checks import LookUp
from kb_service.curation.problems import Problem


def refusal(*files: tuple[str, str], look_up: LookUp = nothing, **options: Any) -> list[Problem]:
    """Validate these files (name, text) as one batch against the database `look_up`, which
    must fail; return its problems."""
    with pytest.raises(CurationError) as exc:
        validate([raw(name, text) for name, text in files], look_up, **options)
    return exc.value.problems


def found(*files: tuple[str, str], **options: Any) -> list[tuple[str, str]]:
    """Validate these files as one batch, which must fail; return each problem as text with
    its hint."""
    return [(str(problem), problem.hint) for problem in refusal(*files, **options)]


def problems_of(*files: tuple[str, str], **options: Any) -> list[str]:
    """Validate these files as one batch, which must fail; return the problems as text."""
    return [str(problem) for problem in refusal(*files, **options)]


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
    source = edit(SOURCE, "id: report", "id: peace")  # a source's own id, at its top
    assert problems_of(
        ("registry.yaml", REGISTRY), ("report.yaml", SOURCE), ("o.yaml", source)
    ) == ["o.yaml:2: id: id 'peace' is already defined in report.yaml:statements"]


VILLAGE = "  - id: village\n    kind: city\n    names: {en: Village}\n    within: WITHIN\n"


def test_a_registry_cites_places_within_and_parties_that_use_a_name_of_the_right_kind() -> None:
    used = "    other_names: [{name: Selo, language: ru, used_by: [USER]}]\n"
    right = REGISTRY + VILLAGE.replace("WITHIN", "town") + used.replace("USER", "alice")
    accepted(("registry.yaml", right))
    within = right.replace("within: town", "within: alice")
    assert problems_of(("registry.yaml", within)) == [
        "registry.yaml:13: places[1].within: 'alice' is an actor, not a place"
    ]
    user = right.replace("used_by: [alice]", "used_by: [town]")
    assert problems_of(("registry.yaml", user)) == [
        "registry.yaml:14: places[1].other_names[0].used_by[0]: 'town' is a place, not an actor"
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


def test_a_source_sent_again_replaces_what_its_old_version_asserted() -> None:
    def database(ids: set[str], replacing: frozenset[str]) -> dict[str, str]:
        """A database where `peace` is an event and `old-meeting` one too, both asserted only
        by the stored version of `report`."""
        held = {} if "report" in replacing else {"peace": "Event", "old-meeting": "Event"}
        return {ident: held[ident] for ident in ids if ident in held}

    # sent again, report may make `peace` a statement: its old version counts as gone
    validate([raw("registry.yaml", REGISTRY), raw("report.yaml", SOURCE)], database)
    other = edit(SOURCE, "id: report", "id: other-report")
    assert problems_of(("registry.yaml", REGISTRY), ("other.yaml", other), look_up=database) == [
        "other.yaml:22: statements[0].id: id 'peace' is already used by an event in the database"
    ]
    # and what only its old version asserted is no longer there to cite
    cites = edit(
        SOURCE, EVIDENCE, "    related: [{event: old-meeting, type: precedes}]\n" + EVIDENCE
    )
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", cites), look_up=database) == [
        "report.yaml:18: events[0].related[0].event: unknown id 'old-meeting'"
    ]
