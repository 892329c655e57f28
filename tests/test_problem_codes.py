"""Problems carry a stable code and its parameters, so that a client says them in its own
language: every message form has its code (a sample of each, below), every bad file of the
corpus (tests/bad_input) is answered with a known code, and the date reading's refusals and the
drafter's non-content reasons have codes too."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import SEEDS, load, wipe
from flask.testing import FlaskClient
from test_bad_input import CORPUS, CORPUS_DIR, post

from kb_service.api.error_responses import problem
from kb_service.curation import problem_codes
from kb_service.curation.problems import Problem
from kb_service.model import date_reading
from kb_service.store.db import Database

AUTH = {"Authorization": "Bearer test-key-1"}

# One message of each form, as the checks write it, and the code and parameters it reads as.
SAMPLES: dict[str, tuple[str, dict[str, str]]] = {
    "unknown field": ("unknown_field", {}),
    "required field is missing": ("required", {}),
    "Not a valid string.": ("wrong_type", {"type": "string"}),
    "Field may not be null.": ("null", {}),
    "Longer than maximum length 300.": ("length", {"limit": "300"}),
    "Must be greater than or equal to 1.": ("range", {"limit": "1"}),
    "Must be one of: occurred, ongoing.": ("one_of", {"choices": "occurred, ongoing"}),
    "String does not match expected pattern.": ("wrong_form", {}),
    "must be a kebab-case id (a-z, 0-9, -)": ("not_kebab_id", {}),
    "must be a kebab-case term (a-z, 0-9, -)": ("not_kebab_term", {}),
    "must be a language tag": ("not_language", {}),
    "must be a .txt file name beside this file": ("not_text_file", {}),
    "must be a QID": ("not_qid", {}),
    "must be an ISO 8601 period such as P5Y, P6M or P90D": ("not_period", {}),
    "contains a control character U+0007": ("unsafe_character", {"character": "U+0007"}),
    "give exactly one of text_file and text": ("text_file_or_text", {}),
    "give both lat and lon": ("lat_and_lon", {}),
    "give a point (lat, lon) or a bbox, not both": ("point_or_bbox", {}),
    "south and north must be latitudes, south first": ("bbox_order", {}),
    "give the entry the location comes from: geonames (an id) or wikidata": (
        "location_source",
        {},
    ),
    "drafted alias proposals are not part of a source: add each": ("drafted_aliases", {}),
    "drafted entries the registry lacks are not part of a source: add": ("drafted_entries", {}),
    "file is larger than 5000 bytes": ("file_too_large", {"limit": "5000"}),
    "file is empty": ("file_empty", {}),
    "the file could not be read": ("file_unreadable", {}),
    "no such file or folder": ("no_such_file", {}),
    "no file 'brief.txt' beside it": ("no_text_file", {"name": "brief.txt"}),
    "no part named 'brief.txt' was sent with the document": ("no_text_part", {"name": "brief.txt"}),
    "give the text inline as `text`, or send it as a part": ("text_inline_or_part", {}),
    "the file changed while it was being ingested; run the ingest again": ("file_changed", {}),
    "file is not valid UTF-8": ("not_utf8", {}),
    "a curated file must be a mapping": ("not_mapping", {}),
    "must be 'vocabulary', 'registry' or 'source'": ("unknown_kind", {}),
    "only a registry document is accepted here": ("wrong_document_kind", {"kind": "registry"}),
    "YAML syntax error: found unexpected end of stream": ("yaml_syntax", {}),
    "file has a character YAML forbids": ("yaml_character", {}),
    "YAML aliases (*name) are not allowed": ("yaml_alias", {}),
    "a file holds one YAML document, not several": ("yaml_documents", {}),
    "YAML tag '!!python/object' is not allowed": ("yaml_tag", {"tag": "!!python/object"}),
    "is not a valid binary": ("yaml_tag_value", {"type": "binary"}),
    "nesting deeper than 64": ("too_deep", {"limit": "64"}),
    "key appears twice": ("key_twice", {}),
    "keys must be plain text": ("key_not_text", {}),
    "\\ud800 is half of a surrogate pair, not a character": ("lone_surrogate", {}),
    "unknown id 'berg'": ("unknown_id", {"id": "berg"}),
    "id 'x-1' is already defined in a.yaml:3": (
        "id_defined_twice",
        {"id": "x-1", "where": "a.yaml:3"},
    ),
    "id 'x-1' is already used by an actor in the database": (
        "id_used_by_other_kind",
        {"id": "x-1"},
    ),
    "'kessel' is a place, not an actor": ("wrong_kind", {"id": "kessel"}),
    "event type 'truce' is already defined in v.yaml:4": (
        "term_defined_twice",
        {"term": "truce", "where": "v.yaml:4"},
    ),
    "event type 'meeting' is in the base vocabulary; give a new term": (
        "term_in_base",
        {"term": "meeting"},
    ),
    "unknown event type 'meting'; the nearest known: meeting. A new term is added in": (
        "unknown_term",
        {"term": "meting", "nearest": "meeting"},
    ),
    "a drafted item (review: draft) has not been reviewed": ("not_reviewed", {"review": "draft"}),
    "drafted same_as_candidates (a, b) have not been reviewed": (
        "candidates_not_reviewed",
        {"ids": "a, b"},
    ),
    "'x' is this item's own id: a record cannot be not the same as itself": (
        "not_same_as_itself",
        {"id": "x"},
    ),
    "new 'x' may be the stored 'y' (score 90: same day)": (
        "may_be_stored",
        {"id": "x", "stored": "y"},
    ),
    "'x' is cited by another source, but only the version of this source it replaces asserted it": (
        "cited_elsewhere",
        {"id": "x"},
    ),
    "passage 9 is out of range: the text has 4 passages": (
        "passage_out_of_range",
        {"passage": "9"},
    ),
    "quote does not appear verbatim in passage 2": ("quote_not_verbatim", {"passage": "2"}),
    "quote does not appear verbatim in any cited passage": ("quote_not_in_cited", {}),
    "'2024-05-26' is after the source's publication (2024-05-20)": (
        "date_after_publication",
        {"date": "2024-05-26", "published": "2024-05-20"},
    ),
    "a renewable term needs a date with a known end (the end of its first term)": (
        "renewal_needs_end",
        {},
    ),
    "cannot remove names.ar: 'x' is a new entry": ("cannot_remove_new", {"id": "x"}),
    "names.ar is both given and removed: leave one out": ("given_and_removed", {}),
    "names.ru is not stored, so it cannot be removed": ("not_stored", {}),
    "is required: 'x' is a new entry (an update of a stored one may leave it out)": (
        "required_new_entry",
        {"id": "x"},
    ),
    "places must form a tree, but 'a' would lie within itself: a > b > a": (
        "place_loop",
        {"id": "a"},
    ),
    "a navigation line, a credit or a caption": ("not_content_line", {}),
    "after the last sentence of the text: a footer or a credit": ("not_content_after_end", {}),
    "a date must be a non-empty EDTF string": ("date_empty", {}),
    "a date is at most 64 characters": ("date_too_long", {"max": "64"}),
    "'٢٠٢٠' is not a valid EDTF date: write it in ASCII with ASCII digits (0-9)": (
        "date_not_ascii",
        {"value": "٢٠٢٠"},
    ),
    "'[2020, 2021]' is an EDTF set or list; give one date or an interval": (
        "date_set",
        {"value": "[2020, 2021]"},
    ),
    "'2020-09-2X' is not a date this service can store": (
        "date_not_storable",
        {"value": "2020-09-2X"},
    ),
    "'2020-13' is not a valid EDTF date": ("date_not_edtf", {"value": "2020-13"}),
    "'1994/1992' ends before it starts": ("date_reversed", {"value": "1994/1992"}),
    "'2021-02-30' names a day that does not exist": ("date_no_such_day", {"value": "2021-02-30"}),
    "'2020-XX/..' has a bound that is not a day": ("date_bound_not_day", {"value": "2020-XX/.."}),
    "'10000' lies outside the years 1 to 9999 that can be stored": (
        "date_out_of_range",
        {"value": "10000"},
    ),
    "something no check says": ("refused", {}),
}


@pytest.mark.parametrize(("message", "expected"), SAMPLES.items())
def test_each_message_form_reads_as_its_code(
    message: str, expected: tuple[str, dict[str, str]]
) -> None:
    assert problem_codes.code_of(message) == expected


def test_every_code_has_a_sample() -> None:
    codes = set(problem_codes.CODES) | {code for code, _ in date_reading.REFUSALS}
    assert codes == {code for code, _ in SAMPLES.values()}


def test_a_problem_carries_its_code() -> None:
    problem = Problem("a.yaml", 3, "events[0].date", "'2020-13' is not a valid EDTF date")
    assert problem.coded == {"code": "date_not_edtf", "params": {"value": "2020-13"}}


def test_a_problem_body_is_utf8_text_not_escapes() -> None:
    body = problem(404, "no event named «الحرب»").get_data()
    assert "«الحرب»".encode() in body
    assert b"\\u" not in body


def test_a_lone_surrogate_in_a_problem_stays_an_escape() -> None:
    body = problem(400, "refused \ud800 here").get_data()
    assert json.loads(body)["detail"] == "refused \ud800 here"


@pytest.fixture(scope="module")
def seed_registry(db: Database) -> Iterator[Database]:
    """The registry the bad-input corpus cites (its files are copies of one seed-citing
    document, tests/test_bad_input.py)."""
    wipe(db)
    load(db, SEEDS / "registry.yaml")
    yield db
    wipe(db)


def test_every_bad_file_is_answered_with_a_known_code(
    seed_registry: Database, client: FlaskClient
) -> None:
    unknown: dict[str, Any] = {}
    for name in CORPUS:
        path = CORPUS_DIR / name
        response = post(client, path.read_bytes(), path)
        assert response.status_code == 422, name
        for param in response.get_json()["invalid_params"]:
            if param.get("code") in (None, problem_codes.FALLBACK):
                unknown[name] = param["reason"]
    assert unknown == {}


def test_a_refused_date_parameter_has_its_code(client: FlaskClient) -> None:
    response = client.get("/api/v1/dates?edtf=2021-02-30&lang=ar")
    assert response.status_code == 400
    assert response.get_json()["invalid_params"] == [
        {
            "name": "edtf",
            "reason": "'2021-02-30' names a day that does not exist",
            "code": "date_no_such_day",
            "params": {"value": "2021-02-30"},
        }
    ]


def test_a_non_content_reason_has_its_code(seed_registry: Database, client: FlaskClient) -> None:
    text = "A test brief.\n\nPublished on 20 May 2024.\n\nThe talks went on.\n\nPhoto: an archive\n"
    response = client.post("/api/v1/drafts", json={"text": text, "publisher": "Test"})
    assert response.status_code == 200, response.get_data(as_text=True)
    passages = response.get_json()["data"]["passages"]
    # a dateline and a caption are not content; the title and the sentence are
    assert [(p["number"], p["not_content_code"]) for p in passages] == [
        (1, None),
        (2, "not_content_line"),
        (3, None),
        (4, "not_content_line"),
    ]
