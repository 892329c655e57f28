"""Pure tests (no Neo4j) of a curated source against its own text (checks/source_checks.py)
and of the vocabulary terms a batch uses (checks/term_book.py): each asserts the problem a
curator sees, exactly."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from conftest import edit
from test_curation_validation import REGISTRY, SOURCE, nothing, raw
from test_pure_curation_checks import EVIDENCE, RELATION, accepted, found, problems_of, refusal

from kb_service.curation import validate
from kb_service.curation.vocabulary import base, terms_of

# --- a source against its own text (source_checks.py) ------------------------------------------

MEETING = "    type: meeting\n"


def test_a_drafted_item_left_unreviewed_is_refused_with_what_to_do() -> None:
    reviewed = edit(SOURCE, MEETING, MEETING + "    review: draft\n")
    assert found(("registry.yaml", REGISTRY), ("report.yaml", reviewed)) == [
        (
            "report.yaml:14: events[0].review: a drafted item (review: draft)"
            " has not been reviewed",
            "check it against the text, correct it, then delete the line `review: draft`",
        )
    ]


def test_drafted_same_as_candidates_left_in_the_file_are_refused() -> None:
    listed = MEETING + "    same_as_candidates: [{id: m1}, {id: m2}]\n"
    assert found(("registry.yaml", REGISTRY), ("report.yaml", edit(SOURCE, MEETING, listed))) == [
        (
            "report.yaml:14: events[0].same_as_candidates: drafted same_as_candidates (m1, m2)"
            " have not been reviewed",
            "reuse the candidate's id to add this source's version to it, or list it under"
            " not_same_as, then delete same_as_candidates",
        )
    ]


def test_every_problem_of_one_item_is_reported_at_once() -> None:
    marks = MEETING + "    review: draft\n    same_as_candidates: [{id: m1}]\n"
    item = edit(SOURCE, MEETING, marks).replace("quote: Alice met Bob ", "quote: Alice met Carol ")
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", item)) == [
        "report.yaml:14: events[0].review: a drafted item (review: draft) has not been reviewed",
        "report.yaml:15: events[0].same_as_candidates: drafted same_as_candidates (m1)"
        " have not been reviewed",
        "report.yaml:22: events[0].evidence[0].quote: quote does not appear verbatim in passage 1",
    ]


def test_evidence_after_a_passage_out_of_range_is_still_checked() -> None:
    two = edit(SOURCE, "      - passage: 1", "      - {passage: 3, quote: x}\n      - passage: 1")
    two = two.replace("quote: Alice met Bob ", "quote: Alice met Carol ")
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", two)) == [
        "report.yaml:19: events[0].evidence[0].passage: passage 3 is out of range:"
        " the text has 2 passages",
        "report.yaml:21: events[0].evidence[1].quote: quote does not appear verbatim in passage 1",
    ]


def test_an_item_is_never_not_the_same_as_itself() -> None:
    itself = edit(SOURCE, EVIDENCE, "    not_same_as: [meeting]\n" + EVIDENCE)
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", itself)) == [
        "report.yaml:18: events[0].not_same_as[0]: 'meeting' is this item's own id:"
        " a record cannot be not the same as itself"
    ]


def test_a_non_content_passage_must_be_in_the_text() -> None:
    marked = edit(SOURCE, "publisher: Daily\n", "publisher: Daily\nnon_content: [2, 3]\n")
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", marked)) == [
        "report.yaml:5: non_content[1]: passage 3 is out of range: the text has 2 passages"
    ]


def test_a_quote_not_in_its_passage_shows_the_closest_span_and_where_it_differs() -> None:
    carol = SOURCE.replace("quote: Alice met Bob ", "quote: Alice met Carol ")
    assert found_details(carol) == [
        (
            "report.yaml:20: events[0].evidence[0].quote:"
            " quote does not appear verbatim in passage 1",
            "closest in passage 1: «Alice met Bob i»; they differ at character 11:"
            " C U+0043 in the quote, B U+0042 in the text",
            {
                "closest": "Alice met Bob i",
                "differs_at": 11,
                "quote_character": "C U+0043",
                "passage_character": "B U+0042",
            },
        )
    ]


def test_an_item_s_quote_is_compared_with_the_closest_passage_it_cites() -> None:
    # the statement cites passages 2 and 1; its quote is closest to passage 1
    both = "- {passage: 2, quote: we want peace now}\n      - {passage: 1, quote: Alice}"
    source = SOURCE.replace("- {passage: 2, quote: we want peace now}", both)
    source = source.replace("quote: we want peace now               # 26", "quote: Alice met Bobby")
    [(problem, hint, details)] = found_details(source)
    assert problem == (
        "report.yaml:26: statements[0].quote: quote does not appear verbatim in any cited passage"
    )
    assert hint.startswith("closest in passage 1: «Alice met Bob i»; they differ at character 14")
    assert details["closest"] == "Alice met Bob i"


def test_a_date_after_the_publication_is_refused_unless_the_item_is_announced() -> None:
    scheduled = edit(SOURCE, "date: 2020-09-26", "date: 2020-09-29\n    status: scheduled")
    accepted(("registry.yaml", REGISTRY), ("report.yaml", scheduled))
    # a statement has no status: the hint about one is for events only
    assert problems_of(
        ("registry.yaml", REGISTRY),
        ("report.yaml", edit(SOURCE, "date: 2020-09-27", "date: 2020-09-29")),
    ) == [
        "report.yaml:25: statements[0].date: '2020-09-29' is after the source's publication"
        " (2020-09-27)"
    ]


def test_a_renewable_term_needs_a_known_end() -> None:
    renewal = "\n    renewal: {every: P5Y, automatic: true}"
    accepted(
        ("registry.yaml", REGISTRY),
        ("report.yaml", edit(SOURCE, "date: 2020-09-26", "date: 2020-09-26/2020-09-27" + renewal)),
    )
    open_ended = edit(SOURCE, "date: 2020-09-26", "date: 2020-09-26/.." + renewal)
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", open_ended)) == [
        "report.yaml:15: events[0].renewal: a renewable term needs a date with a known end"
        " (the end of its first term)"
    ]


def found_details(source: str) -> list[tuple[str, str, dict[str, Any]]]:
    """Validate the registry and this source, which must fail; return each problem as text
    with its hint and details."""
    problems = refusal(("registry.yaml", REGISTRY), ("report.yaml", source))
    return [(str(p), p.hint, p.details) for p in problems]


# --- vocabulary terms (term_book.py) -----------------------------------------------------------

VOCABULARY = """\
kind: vocabulary
event_types:
  - term: harbour-inspection
    label: {en: Harbour inspection}
"""
INSPECTION = edit(SOURCE, "type: meeting", "type: harbour-inspection")


def test_an_unknown_term_names_the_nearest_known_ones() -> None:
    misspelt = edit(SOURCE, "type: meeting", "type: meetng")
    assert problems_of(("registry.yaml", REGISTRY), ("report.yaml", misspelt)) == [
        "report.yaml:13: events[0].type: unknown event type 'meetng'; the nearest known: meeting."
        " A new term is added in a vocabulary document (docs/curation.md)"
    ]


def test_a_term_defined_later_in_the_batch_is_known() -> None:
    accepted(("registry.yaml", REGISTRY), ("report.yaml", INSPECTION), ("voc.yaml", VOCABULARY))
    [(text, _)] = found(("registry.yaml", REGISTRY), ("report.yaml", INSPECTION))
    assert text.startswith(
        "report.yaml:13: events[0].type: unknown event type 'harbour-inspection'"
    )


def test_a_term_is_defined_once_and_never_over_a_base_term() -> None:
    assert problems_of(("voc.yaml", VOCABULARY), ("voc2.yaml", VOCABULARY)) == [
        "voc2.yaml:3: event_types[0].term: event type 'harbour-inspection' is already defined"
        " in voc.yaml"
    ]
    assert problems_of(("voc.yaml", edit(VOCABULARY, "harbour-inspection", "meeting"))) == [
        "voc.yaml:3: event_types[0].term: event type 'meeting' is in the base vocabulary;"
        " give a new term"
    ]


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        (
            "registry.yaml",
            "kind: person",
            "kind: persn",
            "4: actors[0].kind: unknown actor kind 'persn'; the nearest known: person.",
        ),
        (
            "registry.yaml",
            "kind: city",
            "kind: cty",
            "8: places[0].kind: unknown place kind 'cty'; the nearest known: city, country.",
        ),
        (
            "report.yaml",
            "kind: position",
            "kind: positon",
            "23: statements[0].kind: unknown statement kind 'positon';"
            " the nearest known: position.",
        ),
        (
            "report.yaml",
            "type: holds-office",
            "type: holds-ofice",
            "33: relations[0].type: unknown relation type 'holds-ofice';"
            " the nearest known: holds-office.",
        ),
    ],
)
def test_each_field_that_names_a_term_is_checked(
    file: str, old: str, new: str, problem: str
) -> None:
    files = {"registry.yaml": REGISTRY, "report.yaml": SOURCE + RELATION}
    files[file] = edit(files[file], old, new)
    assert problems_of(*files.items()) == [
        f"{file}:{problem} A new term is added in a vocabulary document (docs/curation.md)"
    ]


def test_a_vocabulary_read_after_the_source_that_uses_its_term_is_in_time() -> None:
    # a quoted kind escapes the glance that reads vocabularies first: it is read last
    quoted = VOCABULARY.replace("kind: vocabulary", "kind: 'vocabulary'")
    accepted(("registry.yaml", REGISTRY), ("report.yaml", INSPECTION), ("voc.yaml", quoted))


def test_the_terms_stored_in_the_database_are_known() -> None:
    stored = base().copy()
    stored.add(term for _, term in terms_of(yaml.safe_load(VOCABULARY)))
    files = [raw("registry.yaml", REGISTRY), raw("report.yaml", INSPECTION)]
    validate(files, nothing, stored_terms=lambda: stored)
