"""Validation of curated files, without a database: one test per rule, each pinning the exact
problem (`file:line: field.path: message`), plus the real seed and a few tolerances."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import edit

from kb_service.curation import Batch, CurationError, RawFile, collect_files, validate
from kb_service.curation.yaml_loader import MAX_BYTES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_YAML = SEEDS / "000_d0b46a30435dc835.yaml"

REGISTRY = """\
kind: registry
actors:
  - id: alice
    kind: person
    names: {en: Alice}
places:
  - id: town
    kind: city
    names: {en: Town}
"""

# Line numbers are given on the lines that the tests below refer to.
SOURCE = """\
kind: source
id: report
title: A report
publisher: Daily
published: 2020-09-27
language: en
text: |
  Alice met Bob in Town.
  Alice said "we want peace now".
events:
  - id: meeting                            # 11
    title: Alice meets Bob
    type: meeting
    date: 2020-09-26                       # 14
    participants:
      - {actor: alice, role: host}
    places: [town]                         # 17
    evidence:
      - passage: 1                         # 19
        quote: Alice met Bob               # 20
statements:
  - id: peace                              # 22
    kind: position
    speakers: [alice]                      # 24
    date: 2020-09-27
    quote: we want peace now               # 26
    language: en
    text_en: We want peace now.
    evidence:
      - {passage: 2, quote: we want peace now}
"""
PASSAGES = ["Alice met Bob in Town.", 'Alice said "we want peace now".']


LATER_HINT = "; an event the source announces is `status: scheduled`, a deadline `status: due`"


def nothing(ids: set[str], replacing: frozenset[str]) -> dict[str, str]:
    """A database that holds none of the ids asked for."""
    return {}


def raw(name: str, text: str | bytes) -> RawFile:
    return RawFile(name, text.encode("utf-8") if isinstance(text, str) else text)


def accept(registry: str | bytes = REGISTRY, source: str | bytes = SOURCE) -> Batch:
    return validate([raw("registry.yaml", registry), raw("report.yaml", source)], nothing)


def accepted_source(
    registry: str | bytes = REGISTRY, source: str | bytes = SOURCE
) -> dict[str, Any]:
    """Validate the pair, which must pass, and return the source document as it was read."""
    [document] = [d for d in accept(registry, source).documents() if d.kind == "source"]
    return document.data


def problems(registry: str | bytes = REGISTRY, source: str | bytes = SOURCE) -> list[str]:
    """Validate the pair and return every problem as text; validation must fail."""
    with pytest.raises(CurationError) as exc:
        accept(registry, source)
    return [str(problem) for problem in exc.value.problems]


def source_problems(old: str, new: str) -> list[str]:
    return problems(source=edit(SOURCE, old, new))


def test_the_minimal_documents_are_valid() -> None:
    batch = accept()
    assert [doc.kind for doc in batch.documents()] == ["registry", "source"]
    assert list(batch.documents())[1].passages == PASSAGES
    assert batch.labels == dict(
        alice="Actor", town="Place", meeting="Event", peace="Statement", report="Source"
    )


def test_yaml_syntax_error() -> None:
    assert source_problems("title: A report", "title: A: report") == [
        "report.yaml:3: YAML syntax error: mapping values are not allowed in this context"
    ]


@pytest.mark.parametrize("passage", ['"two"', '"1"', "true", "1.0"])
def test_wrong_type(passage: str) -> None:
    assert source_problems("passage: 1", f"passage: {passage}") == [
        "report.yaml:19: events[0].evidence[0].passage: Not a valid integer."
    ]


def test_unknown_field() -> None:
    assert source_problems("language: en\ntext:", "language: en\ncolour: red\ntext:") == [
        "report.yaml:7: colour: unknown field"
    ]


def test_missing_required_field() -> None:
    # The line is that of the mapping that lacks the field: events[0] starts on line 11.
    assert source_problems("    title: Alice meets Bob\n", "") == [
        "report.yaml:11: events[0].title: required field is missing"
    ]


def test_invalid_edtf_date() -> None:
    assert source_problems("date: 2020-09-26", "date: 2020-13") == [
        "report.yaml:14: events[0].date: '2020-13' is not a valid EDTF date"
    ]


def test_interval_that_ends_before_it_starts() -> None:
    assert source_problems("date: 2020-09-26", "date: 1994/1992") == [
        "report.yaml:14: events[0].date: '1994/1992' ends before it starts"
    ]


def test_unknown_id() -> None:
    assert source_problems("places: [town]", "places: [nowhere]") == [
        "report.yaml:17: events[0].places[0]: unknown id 'nowhere'"
    ]


def test_duplicate_id_within_a_file() -> None:
    assert source_problems("- id: peace", "- id: meeting") == [
        "report.yaml:22: statements[0].id: id 'meeting' is already defined in report.yaml:events"
    ]


def test_reference_of_the_wrong_kind() -> None:
    assert source_problems("speakers: [alice]", "speakers: [town]") == [
        "report.yaml:24: statements[0].speakers[0]: 'town' is a place, not an actor"
    ]


def test_quote_not_verbatim_in_its_passage() -> None:
    assert source_problems("quote: Alice met Bob", "quote: Alice met Carol") == [
        "report.yaml:20: events[0].evidence[0].quote: quote does not appear verbatim in passage 1"
    ]


def test_assertion_dated_after_its_source_publication() -> None:
    read = accepted_source(source=edit(SOURCE, "date: 2020-09-26", "date: 2020-09"))
    assert read["events"][0]["date"] == "2020-09"  # a month that holds the publication day
    assert source_problems("date: 2020-09-26", "date: 2020-09-28") == [
        "report.yaml:14: events[0].date: '2020-09-28' is after the source's publication"
        " (2020-09-27)" + LATER_HINT
    ]


def test_passage_index_out_of_range() -> None:
    assert source_problems("passage: 1", "passage: 3") == [
        "report.yaml:19: events[0].evidence[0].passage:"
        " passage 3 is out of range: the text has 2 passages"
    ]


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("title: &t A report\ntitle_en: *t", "YAML anchors (&name) are not allowed"),
        ("title: *t", "YAML aliases (*name) are not allowed"),
    ],
)
def test_yaml_anchors_and_aliases_are_refused(new: str, message: str) -> None:
    assert source_problems("title: A report", new) == [f"report.yaml:3: {message}"]


def test_python_object_tag_is_refused() -> None:
    assert source_problems("title: A report", "title: !!python/object:os.system ls") == [
        "report.yaml:3: YAML tag 'tag:yaml.org,2002:python/object:os.system' is not allowed"
    ]


@pytest.mark.parametrize("empty", [b"", b"  \n\n", "\ufeff\r\n".encode()])
def test_empty_file(empty: bytes) -> None:
    assert problems(source=empty) == ["report.yaml:1: file is empty"]


def test_file_that_is_not_utf8() -> None:
    latin1 = SOURCE.replace("Daily", "Le Matin, édition du soir").encode("latin-1")
    assert problems(source=latin1) == ["report.yaml:4: file is not valid UTF-8"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ('"Ali\\x07ce"', "contains a control character U+0007"),
        ("Ali\u202ece", "contains a bidirectional control character U+202E"),
    ],
)
def test_unsafe_characters_in_a_name(name: str, message: str) -> None:
    registry = edit(REGISTRY, "{en: Alice}", f"{{en: {name}}}")
    assert problems(registry=registry) == [f"registry.yaml:5: actors[0].names.en: {message}"]


def test_file_larger_than_the_size_limit() -> None:
    # Exactly MAX_BYTES is still read; one byte more is refused before parsing.
    padded = SOURCE + "#" * (MAX_BYTES - len(SOURCE.encode()) - 1) + "\n"
    assert len(padded.encode()) == MAX_BYTES
    assert accepted_source(source=padded)["id"] == accepted_source()["id"]
    assert problems(source=padded + "\n") == [f"report.yaml: file is larger than {MAX_BYTES} bytes"]


@pytest.mark.parametrize("date", ["Y10000", "-0001", "0000"])
def test_date_outside_the_storable_years(date: str) -> None:
    assert source_problems("date: 2020-09-26", f"date: '{date}'") == [
        f"report.yaml:14: events[0].date: '{date}' lies outside the years 1 to 9999 that can be"
        " stored"
    ]


def test_every_problem_in_a_file_is_reported_at_once_and_sorted() -> None:
    # Found in the order speakers (24), quote (20), date (14); reported by file and line.
    source = edit(SOURCE, "speakers: [alice]", "speakers: [bob]")
    source = edit(source, "quote: Alice met Bob", "quote: Alice met Carol")
    source = edit(source, "date: 2020-09-26", "date: 2020-10")
    assert problems(source=source) == [
        "report.yaml:14: events[0].date: '2020-10' is after the source's publication (2020-09-27)"
        + LATER_HINT,
        "report.yaml:20: events[0].evidence[0].quote: quote does not appear verbatim in passage 1",
        "report.yaml:24: statements[0].speakers[0]: unknown id 'bob'",
    ]


def test_every_schema_problem_in_every_file_is_reported_at_once() -> None:
    registry = edit(REGISTRY, "kind: city", "kind: Village")
    source = edit(SOURCE, "passage: 1", "passage: one")
    source = edit(source, "language: en\ntext:", "language: en\ncolour: red\ntext:")
    source = edit(source, "    title: Alice meets Bob\n", "")
    assert problems(registry, source) == [
        "registry.yaml:8: places[0].kind: must be a kebab-case term (a-z, 0-9, -)",
        "report.yaml:7: colour: unknown field",
        "report.yaml:12: events[0].title: required field is missing",
        "report.yaml:19: events[0].evidence[0].passage: Not a valid integer.",
    ]


def seed_files(old: str = "", new: str = "") -> list[RawFile]:
    """The real seed folder, with `old` replaced by `new` throughout the source's YAML."""
    files = collect_files([SEEDS])
    assert sorted(Path(f.name).name for f in files) == [SEED_YAML.name, "registry.yaml"]
    edited = []
    for file in files:
        text = file.content().decode("utf-8")
        if old and file.name == str(SEED_YAML):
            assert old in text
            text = text.replace(old, new)
        edited.append(RawFile(file.name, text.encode("utf-8"), file.folder))
    return edited


def test_the_real_seed_is_valid_despite_its_odd_whitespace() -> None:
    batch = validate(seed_files(), nothing)
    source = list(batch.documents())[1]
    assert len(source.passages) == 20
    assert batch.labels["russia-calls-for-early-ceasefire-2020-09-27"] == "Statement"
    # Passage 14 has a no-break space then a space where its quote has a single space.
    assert "التي\u00a0 تتمتع" in source.passages[13]
    assert "التي تتمتع" in SEED_YAML.read_text(encoding="utf-8")
    assert "شدّد" in source.passages[6]


def test_a_seed_quote_tolerates_whitespace_but_not_a_changed_letter() -> None:
    quoted = "الجانب الروسي شدّد"  # in statements[2].quote and its evidence from passage 7
    assert validate(seed_files(quoted, "الجانب  الروسي\u00a0شدّد"), nothing)
    with pytest.raises(CurationError) as exc:
        validate(seed_files(quoted, "الجانب الروسى شدّد"), nothing)  # ي (yeh) -> ى (alef maksura)
    lines = SEED_YAML.read_text(encoding="utf-8").splitlines()
    at = [n for n, line in enumerate(lines, 1) if quoted in line]
    assert len(at) == 2
    assert [str(problem) for problem in exc.value.problems] == [
        f"{SEED_YAML}:{at[0]}: statements[2].quote:"
        " quote does not appear verbatim in any cited passage",
        f"{SEED_YAML}:{at[1]}: statements[2].evidence[0].quote:"
        " quote does not appear verbatim in passage 7",
    ]


@pytest.mark.parametrize(
    ("quote", "matches"),
    [
        ("\u0634\u062f\u064e\u0651\u062f", True),  # fatha then shadda: equal once normalised
        ("\u0634\u062f\u062f", False),  # the shadda left out
    ],
)
def test_quotes_match_up_to_unicode_normal_form(quote: str, matches: bool) -> None:
    shadda_fatha = "\u0634\u062f\u0651\u064e\u062f"  # the order most keyboards type
    source = edit(SOURCE, "Alice met Bob in Town.", f"Alice met Bob in Town: {shadda_fatha}.")
    source = edit(source, "quote: Alice met Bob", f"quote: '{quote}'")
    if matches:
        assert accepted_source(source=source)["events"][0]["evidence"][0]["quote"] == quote
    else:
        assert problems(source=source) == [
            "report.yaml:20: events[0].evidence[0].quote:"
            " quote does not appear verbatim in passage 1"
        ]


def test_windows_line_ends_and_a_byte_order_mark_are_accepted() -> None:
    def windows(text: str) -> bytes:
        return ("\ufeff" + text).replace("\n", "\r\n").encode("utf-8")

    batch = accept(windows(REGISTRY), windows(SOURCE))
    assert list(batch.documents())[1].passages == PASSAGES
    # Lines are still counted once per CRLF.
    late = windows(edit(SOURCE, "date: 2020-09-26", "date: 2020-10"))
    assert problems(windows(REGISTRY), late) == [
        "report.yaml:14: events[0].date: '2020-10' is after the source's publication (2020-09-27)"
        + LATER_HINT
    ]


def test_a_source_may_cite_entities_known_only_to_the_database() -> None:
    database = {"alice": "Actor", "town": "Place", "elsewhere": "Place"}
    asked: list[set[str]] = []

    def look_up(ids: set[str], replacing: frozenset[str]) -> dict[str, str]:
        asked.append(set(ids))
        return {ident: database[ident] for ident in ids if ident in database}

    batch = validate([raw("report.yaml", SOURCE)], look_up)
    # First the ids the batch defines (none may be another kind in the database), then the
    # references the batch cannot resolve itself.
    assert asked == [{"meeting", "peace", "report"}, {"alice", "town"}]
    assert (batch.labels["alice"], batch.labels["town"]) == ("Actor", "Place")
    with pytest.raises(CurationError) as exc:
        validate([raw("report.yaml", edit(SOURCE, "[town]", "[alice]"))], look_up)
    assert [str(p) for p in exc.value.problems] == [
        "report.yaml:17: events[0].places[0]: 'alice' is an actor, not a place"
    ]


def test_an_id_the_database_holds_as_another_kind_is_refused() -> None:
    def look_up(ids: set[str], replacing: frozenset[str]) -> dict[str, str]:
        known = {"meeting": "Actor", "alice": "Actor", "town": "Place"}
        return {ident: known[ident] for ident in ids if ident in known}

    with pytest.raises(CurationError) as exc:
        validate([raw("report.yaml", SOURCE)], look_up)
    assert [str(p) for p in exc.value.problems] == [
        "report.yaml:11: events[0].id: id 'meeting' is already used by an actor in the database"
    ]


def test_a_file_of_comments_only_is_a_problem_not_a_crash() -> None:
    assert problems(source="# nothing here yet\n") == ["report.yaml:1: file is empty"]


def test_29_february_of_a_common_year_is_a_problem_not_a_crash() -> None:
    found = source_problems("date: 2020-09-26", "date: '2019-02-29'")
    assert len(found) == 1 and found[0].endswith("'2019-02-29' names a day that does not exist")
