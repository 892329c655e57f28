"""Pure tests (no Neo4j) of a curated batch as a whole (curation/batch.py, problems.py,
vocabulary.py): what validation keeps, what it refuses, and what a curator reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import edit
from test_curation_validation import REGISTRY, SOURCE, nothing, raw
from test_pure_curation_checks import problems_of, refusal

from kb_service.curation import CurationError, RawFile, validate
from kb_service.curation.problems import Problem
from kb_service.curation.vocabulary import Term

VOCABULARY = """\
kind: vocabulary
event_types:
  - term: harbour-inspection
    label: {en: Harbour inspection}
    description: Officials look over a harbour's works.
    plover: CONSULT
    cameo: "040"
"""


def test_a_batch_for_one_kind_refuses_a_file_of_another() -> None:
    assert [(str(p), p.field) for p in refusal(("registry.yaml", REGISTRY), only="source")] == [
        ("registry.yaml:1: kind: only a source document is accepted here", "kind")
    ]
    validate([raw("report.yaml", SOURCE), raw("registry.yaml", REGISTRY)], nothing)
    # the problem names the line of `kind`, here the last one
    last = REGISTRY.replace("kind: registry\n", "", 1) + "kind: registry\n"
    assert problems_of(("registry.yaml", last), only="source") == [
        "registry.yaml:9: kind: only a source document is accepted here"
    ]


def test_a_file_that_changed_after_validation_is_not_ingested(tmp_path: Path) -> None:
    path = tmp_path / "registry.yaml"
    path.write_text(REGISTRY)
    batch = validate([RawFile("registry.yaml", path=path)], nothing)
    path.write_text(REGISTRY.replace("Town", "City"))
    with pytest.raises(CurationError) as exc:
        list(batch.documents())
    [problem] = exc.value.problems
    assert (problem.file, problem.line, problem.field) == ("registry.yaml", 0, "")
    assert str(problem) == (
        "registry.yaml: the file changed while it was being ingested; run the ingest again"
    )


def test_a_batch_keeps_the_terms_its_vocabulary_defines() -> None:
    batch = validate([raw("voc.yaml", VOCABULARY)], nothing)
    assert batch.vocabulary.get("event_types", "harbour-inspection") == Term(
        "event_types",
        "harbour-inspection",
        {"en": "Harbour inspection"},
        "Officials look over a harbour's works.",
        "CONSULT",
        "040",
        False,  # not a base term: the batch defined it
    )
    listed = {t["term"]: t["origin"] for t in batch.vocabulary.listing()["event_types"]}
    assert (listed["harbour-inspection"], listed["meeting"]) == ("curated", "base")


def test_the_problems_of_an_earlier_file_are_kept() -> None:
    twice = REGISTRY + "  - id: alice\n    kind: city\n    names: {en: Alice town}\n"
    assert problems_of(("registry.yaml", twice), ("report.yaml", SOURCE)) == [
        "registry.yaml:10: places[1].id: id 'alice' is already defined in registry.yaml:actors"
    ]


def test_the_error_reads_as_one_problem_a_line() -> None:
    error = CurationError([Problem("b.yaml", 2, "id", "two"), Problem("a.yaml", 0, "", "one")])
    assert str(error) == "a.yaml: one\nb.yaml:2: id: two"


@pytest.mark.parametrize(
    ("term", "nearest"),
    [
        ("exchange", "exchange-of-bodies, exchange-of-prisoners"),
        ("tion", "escalation, meeting, negotiations, mobilisation"),
    ],
)
def test_an_unknown_term_lists_up_to_five_near_ones(term: str, nearest: str) -> None:
    report = edit(SOURCE, "type: meeting", f"type: {term}")
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", report)) == [
        f"report.yaml:13: events[0].type: unknown event type '{term}'; the nearest known: "
        f"{nearest}. A new term is added in a vocabulary document (docs/curation.md)"
    ]


def test_registries_are_read_first_so_a_clash_is_reported_in_the_other_file() -> None:
    clash = edit(SOURCE, "- id: meeting", "- id: town")
    assert problems_of(("report.yaml", clash), ("registry.yaml", REGISTRY)) == [
        "report.yaml:11: events[0].id: id 'town' is already defined in registry.yaml:places"
    ]
