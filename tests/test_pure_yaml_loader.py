"""Pure tests (no Neo4j) of how a curated YAML file is read (yaml_loader.py): the data and the
line of every value, and the problem a curator sees, exactly, for each kind of YAML refused."""

from __future__ import annotations

import pytest

from kb_service.curation import CurationError
from kb_service.curation.yaml_loader import (
    MAX_BYTES,
    LoadedDocument,
    decode,
    line_ends,
    load_text,
)


def refused(text: str) -> list[str]:
    """Read `text` as f.yaml, which must fail; return the problems."""
    with pytest.raises(CurationError) as exc:
        load_text("f.yaml", text)
    return said(exc.value)


def said(error: CurationError) -> list[str]:
    """Return the problems of `error` as text; the API answers each one's line as a number and
    its field as text (empty for the whole file), never null."""
    assert all(isinstance(p.line, int) and isinstance(p.field, str) for p in error.problems)
    return [str(problem) for problem in error.problems]


def test_values_keep_their_types_and_their_lines() -> None:
    document = load_text("f.yaml", "a: 2020-01-02\nb:\n  - x\n  - {c: 1.5, d: true, e: null}\n")
    # a date stays the text the curator wrote: dates are EDTF, never Python dates
    assert document.data == {"a": "2020-01-02", "b": ["x", {"c": 1.5, "d": True, "e": None}]}
    assert document.lines == {
        (): 1,
        ("a",): 1,
        ("b",): 2,
        ("b", 0): 3,
        ("b", 1): 4,
        ("b", 1, "c"): 4,
        ("b", 1, "d"): 4,
        ("b", 1, "e"): 4,
    }
    # a path without a line of its own takes its nearest ancestor's
    assert document.line(("b", 1, "c", "deeper")) == 4
    assert document.line(("b", 7)) == 2
    assert document.line(("z",)) == 1


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("a: 1\n---\nb: 2\n", "f.yaml:2: a file holds one YAML document, not several"),
        ("a: 1\n? [b]\n: 1\n", "f.yaml:2: keys must be plain text"),
        ("a: 1\n1: x\n", "f.yaml:2: keys must be plain text"),
        ("a: 1\nb: 2\na: 3\n", "f.yaml:3: a: key appears twice"),
        ("a:\n  b: 1\n  b: 2\n", "f.yaml:3: a.b: key appears twice"),
        ("a: 1\nb: [1, !!int two]\n", "f.yaml:2: b[1]: is not a valid int"),
        ("a: 1\nb: \x07\n", "f.yaml:2: file has a character YAML forbids"),
        ("a: 1\nb: !custom x\n", "f.yaml:2: YAML tag '!custom' is not allowed"),
        ("a: !!binary aGk=\n", "f.yaml:1: YAML tag 'tag:yaml.org,2002:binary' is not allowed"),
        ("a: 1\nb: !!map [1]\n", "f.yaml:2: YAML tag 'tag:yaml.org,2002:map' is not allowed"),
        ("a: 1\nb: !!seq {c: 1}\n", "f.yaml:2: YAML tag 'tag:yaml.org,2002:seq' is not allowed"),
        ("a: 1\nx: [1, 2\n", "f.yaml:3: YAML syntax error: did not find expected ',' or ']'"),
        ("# only a comment\n", "f.yaml:1: file is empty"),
        (" \n\n", "f.yaml:1: file is empty"),
    ],
)
def test_each_kind_of_yaml_refused_names_its_line(text: str, problem: str) -> None:
    assert refused(text) == [problem]


def test_nesting_is_refused_deeper_than_32() -> None:
    value = load_text("f.yaml", "a: " + "[" * 32 + "]" * 32 + "\n").data["a"]
    depth = 0
    while value != []:
        [value] = value
        depth += 1
    assert depth == 31  # 32 lists, the innermost empty
    assert refused("a: " + "[" * 33 + "]" * 33 + "\n") == ["f.yaml:1: nesting deeper than 32"]


def test_a_file_too_large_is_refused_as_bytes_and_as_text() -> None:
    large = "a: " + "x" * MAX_BYTES + "\n"
    assert refused(large) == [f"f.yaml: file is larger than {MAX_BYTES} bytes"]
    with pytest.raises(CurationError) as exc:
        decode("f.yaml", large.encode())
    assert said(exc.value) == [f"f.yaml: file is larger than {MAX_BYTES} bytes"]
    with pytest.raises(CurationError) as exc:
        decode("f.yaml", b"a: 1\n\xff\n")
    assert said(exc.value) == ["f.yaml:2: file is not valid UTF-8"]


def test_a_non_specific_tag_is_no_foreign_tag() -> None:
    assert load_text("f.yaml", "a: ! [1, x]\n").data == {"a": [1, "x"]}


def test_a_document_read_without_its_lines_names_no_line() -> None:
    # a JSON document whose text YAML reads otherwise is kept without lines (json_loader.py)
    assert LoadedDocument("f.json", {"a": 1}).line(("a",)) == 0


def test_a_lone_carriage_return_ends_a_line() -> None:
    assert line_ends("a: 1\rb: 2\r\nc: 3\r") == "a: 1\nb: 2\nc: 3\n"
    assert decode("old-mac.yaml", b"kind: registry\ractors: []\r") == "kind: registry\nactors: []\n"
