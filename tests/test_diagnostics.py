"""Errors that show the fix: the closest span of a quote and the first character that differs,
the passage that does hold a quote, the nearest ids to an unknown one (by id, name and alias,
Arabic folded), and the EDTF form of a date written another way. In the CLI and the API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import edit
from flask.testing import FlaskClient

from kb_service.curation import CurationError, Problem, RawFile, validate
from kb_service.curation.diagnostics import character, suggested_edtf
from kb_service.store.db import Database
from kb_service.write.ingest import ingest

AUTH = {"Authorization": "Bearer test-key-1"}
REGISTRY = """\
# TEST FIXTURE: invented entities.
kind: registry
actors:
  - id: nikol-pashinyan
    kind: person
    names: {en: Nikol Pashinyan, ar: نيكول باشينيان}
  - id: fixture-mfa
    kind: ministry
    names: {en: Ministry of Foreign Affairs of Fixtureland, ar: وزارة الخارجية الفكستورية}
    aliases: {en: [Fixture Foreign Ministry]}
"""
SOURCE = """\
# TEST FIXTURE: an invented brief.
kind: source
id: fixture-diagnostics-2020-11-10
title: A brief
publisher: Test fixtures
published: 2020-11-10
language: en
text: |
  The ministry's spokesman spoke on Monday.
  Pashinyan said: "we signed it".
statements:
  - id: fixture-pashinyan-signed
    kind: announcement
    speakers: [nikol-pashinyan]
    date: 2020-11-10
    quote: we signed it
    language: en
    text_en: we signed it
    evidence: [{passage: 2, quote: 'Pashinyan said: "we signed it"'}]
"""


def nothing(ids: set[str], replacing: frozenset[str]) -> dict[str, str]:
    return {}


def problems_of(source: str, registry: str = REGISTRY) -> list[Problem]:
    with pytest.raises(CurationError) as exc:
        validate(
            [RawFile("registry.yaml", registry.encode()), RawFile("s.yaml", source.encode())],
            nothing,
        )
    return exc.value.problems


def test_the_fixture_is_valid() -> None:
    files = [RawFile("registry.yaml", REGISTRY.encode()), RawFile("s.yaml", SOURCE.encode())]
    assert validate(files, nothing).labels["nikol-pashinyan"] == "Actor"


def test_a_curly_apostrophe_shows_the_closest_span_and_both_code_points() -> None:
    source = edit(
        SOURCE,
        "evidence: [{passage: 2,",
        "evidence: [{passage: 1, quote: The ministry’s spokesman}, {passage: 2,",
    )
    [problem] = problems_of(source)
    assert problem.field == "statements[0].evidence[0].quote"
    assert problem.details == {
        "closest": "The ministry's spokesman",
        "differs_at": 13,
        "quote_character": "’ U+2019",
        "passage_character": "' U+0027",
    }
    assert "’ U+2019 in the quote, ' U+0027 in the text" in problem.hint


def test_a_quote_from_another_passage_names_that_passage() -> None:
    source = edit(SOURCE, "evidence: [{passage: 2,", "evidence: [{passage: 1,")
    found = {p.field: p for p in problems_of(source)}
    assert found["statements[0].evidence[0].quote"].details == {"found_in_passages": [2]}
    assert found["statements[0].quote"].details == {"found_in_passages": [2]}
    assert "verbatim in passage 2" in found["statements[0].quote"].hint


def test_a_quote_cut_short_of_the_text_says_where() -> None:
    source = edit(SOURCE, "quote: 'Pashinyan said: \"we signed it\"'", "quote: Pashinyan sad")
    [problem] = [p for p in problems_of(source) if p.field.endswith("evidence[0].quote")]
    assert problem.details["differs_at"] == len("Pashinyan sa") + 1
    assert problem.details["quote_character"] == character("d")
    assert problem.details["passage_character"] == character("i")


@pytest.mark.parametrize(
    ("typed", "nearest"),
    [
        ("pashinyan", "nikol-pashinyan"),  # by id
        ("nikol-pashinian", "nikol-pashinyan"),  # a spelling of the id
        ("fixture-foreign-ministry", "fixture-mfa"),  # by alias
    ],
)
def test_an_unknown_id_lists_the_nearest_ids(typed: str, nearest: str) -> None:
    source = edit(SOURCE, "speakers: [nikol-pashinyan]", f"speakers: [{typed}]")
    [problem] = problems_of(source)
    assert problem.message == f"unknown id '{typed}'"
    assert problem.details["nearest_ids"][0] == nearest
    assert problem.hint.startswith(f"the nearest known: {nearest}")


def test_the_nearest_ids_come_from_the_database_by_name_too(clean_db: Database) -> None:
    ingest(clean_db, [RawFile("registry.yaml", REGISTRY.encode())])
    source = edit(SOURCE, "speakers: [nikol-pashinyan]", "speakers: [fixtureland-foreign-affairs]")
    with pytest.raises(CurationError) as exc:
        ingest(clean_db, [RawFile("s.yaml", source.encode())])
    [problem] = exc.value.problems
    assert problem.details["nearest_ids"][0] == "fixture-mfa"


def test_an_id_far_from_every_known_one_gets_no_guess() -> None:
    source = edit(SOURCE, "speakers: [nikol-pashinyan]", "speakers: [qqqq-zzzz]")
    [problem] = problems_of(source)
    assert problem.details == {} and problem.hint == ""


@pytest.mark.parametrize(
    ("written", "edtf"),
    [
        ("10 Nov 2020", "2020-11-10"),
        ("November 10, 2020", "2020-11-10"),
        ("Nov 2020", "2020-11"),
        ("2020/11/10", "2020-11-10"),
        ("10th of never", None),
    ],
)
def test_a_date_written_otherwise_gets_its_edtf_form(written: str, edtf: str | None) -> None:
    assert suggested_edtf(written) == edtf
    source = edit(SOURCE, "    date: 2020-11-10\n", f"    date: {written}\n")
    [problem] = problems_of(source)
    assert problem.field == "statements[0].date"
    assert problem.details.get("write_as") == edtf
    assert "2020-11-10? (uncertain)" in problem.hint and "../2020-09-27" in problem.hint
    assert "../2020-09-27" in problem.details["edtf_forms"]


def test_the_api_returns_the_fix_in_invalid_params(clean_db: Database, client: FlaskClient) -> None:
    def post(endpoint: str, body: str) -> Any:
        return client.post(
            f"/api/v1/{endpoint}", data=body, content_type="application/yaml", headers=AUTH
        )

    assert post("registry", REGISTRY).status_code == 201
    dated = edit(SOURCE, "    date: 2020-11-10\n", "    date: 10 Nov 2020\n")
    answer = post("sources", dated)
    assert answer.status_code == 422
    [date] = answer.get_json()["invalid_params"]
    line = dated.splitlines().index("    date: 10 Nov 2020") + 1
    assert (date["name"], date["line"], date["write_as"]) == (
        "statements[0].date",
        line,
        "2020-11-10",
    )
    assert "2020-11 (a month)" in date["hint"]
    unknown = edit(SOURCE, "speakers: [nikol-pashinyan]", "speakers: [pashinyan]")
    [speaker] = post("sources", unknown).get_json()["invalid_params"]
    assert speaker["nearest_ids"][0] == "nikol-pashinyan"
    assert speaker["reason"] == "unknown id 'pashinyan'"


def test_the_cli_prints_the_fix(db: Database, tmp_path: Path) -> None:
    (tmp_path / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
    source = edit(SOURCE, "speakers: [nikol-pashinyan]", "speakers: [pashinyan]")
    (tmp_path / "s.yaml").write_text(source, encoding="utf-8")
    env = {**os.environ, "KB_NEO4J_URI": db.uri}
    done = subprocess.run(
        [sys.executable, "-m", "kb_service.cli", "ingest", "--dry-run", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    at = next(i for i, line in enumerate(lines) if "unknown id 'pashinyan'" in line)
    assert lines[at + 1].strip() == "fix: the nearest known: nikol-pashinyan"
