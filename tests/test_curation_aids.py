"""What the workbench asks the API besides the writes: a date read back in words
(/api/v1/dates), a text numbered and drafted (/api/v1/drafts), names found as they are typed
(/api/v1/search?prefix=true), and the page itself (/curate)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, fresh_graph
from flask.testing import FlaskClient

from kb_service.api.curation_params import DRAFT_MAX_CHARACTERS
from kb_service.curation.drafting import draft
from kb_service.curation.drafting.mentions import entities_of_rows
from kb_service.curation.vocabulary import base
from kb_service.model import date_reading, dates
from kb_service.model.text import split_passages
from kb_service.read.entities import registry_entries
from kb_service.store.db import Database

WORKBENCH = FIXTURES / "workbench"
CURATE_STATIC = Path(__file__).parent.parent / "kb_service" / "static" / "curate"
DRAFT_EN = FIXTURES / "draft_en"


@pytest.mark.parametrize(
    ("edtf", "en", "ar"),
    [
        ("1988-02", "Feb 1988, month precision", "فبراير 1988، بدقة الشهر"),
        (
            "../2020-09-27",
            "by 27 Sep 2020, start unknown",
            "حتى 27 سبتمبر 2020، البداية غير معروفة",
        ),
        ("1992/1994", "1992 to 1994, year precision", "من 1992 إلى 1994، بدقة السنة"),
        ("1995/..", "from 1995, end open", "منذ 1995، النهاية مفتوحة"),
        (
            "2020-09-27?",
            "27 Sep 2020, day precision, uncertain",
            "27 سبتمبر 2020، بدقة اليوم، غير مؤكد",
        ),
        ("2020-09~", "Sep 2020, month precision, approximate", "سبتمبر 2020، بدقة الشهر، تقريبي"),
        (
            "198X",
            "some time between 1980 and 1989, decade precision",
            "في وقت ما بين 1980 و1989، بدقة العقد",
        ),
    ],
)
def test_a_date_is_read_back_in_words(client: FlaskClient, edtf: str, en: str, ar: str) -> None:
    assert date_reading.words(dates.parse(edtf), "en") == en
    assert date_reading.words(dates.parse(edtf), "ar") == ar
    body = client.get("/api/v1/dates", query_string={"edtf": edtf, "lang": "ar"}).get_json()
    span = dates.parse(edtf)
    assert body["data"] == {
        "edtf": edtf,
        "earliest": span.earliest.isoformat() if span.earliest else None,
        "latest": span.latest.isoformat() if span.latest else None,
        "precision": span.precision,
        "uncertain": span.uncertain,
        "approximate": span.approximate,
        "reading": ar,
    }


def test_an_unknown_end_says_how_it_is_stored() -> None:
    span = dates.parse("/2020-09-27")
    # the edtf package stores an empty start ten years before the end: the reading shows it
    assert (span.earliest, span.latest) == (dt.date(2010, 9, 27), dt.date(2020, 9, 27))
    reading = date_reading.words(span, "en")
    assert reading == "27 Sep 2010 to 27 Sep 2020, day precision, start unknown"


@pytest.mark.parametrize("edtf", ["2020-13", "[..2020]", "2021/2020", "x" * 65])
def test_a_date_that_cannot_be_stored_is_refused_with_the_reason(
    client: FlaskClient, edtf: str
) -> None:
    response = client.get("/api/v1/dates", query_string={"edtf": edtf})
    assert response.status_code == 400
    [invalid] = response.get_json()["invalid_params"]
    assert invalid["name"] == "edtf"
    if len(edtf) <= dates.MAX_LENGTH:
        with pytest.raises(dates.InvalidDate) as refused:
            dates.parse(edtf)
        assert invalid["reason"] == str(refused.value)


@pytest.mark.parametrize("query", [{"edtf": "1988", "lang": "fr"}, {"edtf": "1988", "x": "1"}, {}])
def test_the_date_reading_takes_only_its_parameters(
    client: FlaskClient, query: dict[str, str]
) -> None:
    response = client.get("/api/v1/dates", query_string=query)
    assert response.status_code == 400
    named = {p["name"] for p in response.get_json()["invalid_params"]}
    assert named == ({"edtf"} if not query else set(query) - {"edtf"})


@pytest.fixture()
def registry(db: Database) -> Database:
    return fresh_graph(db, DRAFT_EN / "registry.yaml")


def test_a_text_is_numbered_as_ingest_numbers_it(registry: Database, client: FlaskClient) -> None:
    text = "  First line  \n\n\n  second\tline\r\nthird\u2028fourth\n \n"
    response = client.post("/api/v1/drafts", json={"text": text})
    assert response.status_code == 200
    data = response.get_json()["data"]
    assert [p["text"] for p in data["passages"]] == split_passages(text)
    assert [p["number"] for p in data["passages"]] == list(range(1, len(split_passages(text)) + 1))
    assert data["document"] is None  # no publication date given or written
    assert data["published"] is None


def test_a_text_is_drafted_as_kb_draft_drafts_it(registry: Database, client: FlaskClient) -> None:
    text = (DRAFT_EN / "brief.txt").read_text(encoding="utf-8")
    response = client.post("/api/v1/drafts", json={"text": text, "publisher": "Test Wire"})
    assert response.status_code == 200
    data = response.get_json()["data"]
    expected = draft(
        text,
        source_id=data["document"]["id"],
        publisher="Test Wire",
        entities=entities_of_rows(registry_entries(registry)),
        vocabulary=base(),
    )
    assert data["published"] == expected.document["published"]
    assert data["language"] == "en"
    for section in ("events", "statements", "non_content"):
        assert data["document"][section] == expected.document[section], section
    assert "text" not in data["document"]
    items = data["document"]["events"] + data["document"]["statements"]
    assert items and {item["review"] for item in items} == {"draft"}
    names = {n["id"] for p in data["passages"] for n in p["names"]}
    assert {"norland", "ostmark"} <= names
    flagged = [p["number"] for p in data["passages"] if p["not_content"]]
    assert flagged == expected.non_content


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"text": "a\u202eb"}, "text"),
        ({"text": "a\x07b"}, "text"),
        ({"text": ""}, "text"),
        ({"text": "x", "published": "2020-13"}, "published"),
        ({"text": "x", "id": "Not A Slug"}, "id"),
        ({"text": "x", "language": "English!"}, "language"),
        ({"text": "x", "extra": 1}, "extra"),
        ({"publisher": "p"}, "text"),
        ({"text": "a" * (DRAFT_MAX_CHARACTERS + 1)}, "text"),
    ],
)
def test_a_text_that_cannot_be_drafted_is_refused_naming_the_field(
    registry: Database, client: FlaskClient, body: dict[str, Any], named: str
) -> None:
    response = client.post("/api/v1/drafts", json=body)
    assert response.status_code == 400
    assert [p["name"] for p in response.get_json()["invalid_params"]] == [named]


def test_a_draft_body_over_the_cap_is_refused(registry: Database, client: FlaskClient) -> None:
    response = client.post(
        "/api/v1/drafts",
        data=b'{"text": "' + b"a" * (1024 * 1024 + 1) + b'"}',
        content_type="application/json",
    )
    assert response.status_code == 413


@pytest.fixture()
def named(db: Database) -> Database:
    return fresh_graph(db, WORKBENCH / "registry.yaml")


@pytest.mark.parametrize(
    ("typed", "found", "found_without"),
    [
        ("Norl", ["norland"], []),
        ("نورلا", ["norland"], []),  # Arabic, as typed
        ("ونورلا", ["norland"], []),  # with the conjunction
        ("اوستم", ["ostmark"], []),  # without the registry's hamza (أوستمارك)
        # The name with both words first; without prefix, "dis" matches nothing.
        ("Kessel dis", ["kessel-dispute", "kessel"], ["kessel", "kessel-dispute"]),
    ],
)
def test_a_search_as_you_type_finds_the_names_a_word_begins(
    named: Database, client: FlaskClient, typed: str, found: list[str], found_without: list[str]
) -> None:
    hits = client.get("/api/v1/search", query_string={"q": typed, "prefix": "true"}).get_json()
    assert [h["id"] for h in hits["data"]] == found
    without = client.get("/api/v1/search", query_string={"q": typed}).get_json()
    assert [h["id"] for h in without["data"]] == found_without


def test_a_whole_name_still_ranks_before_a_name_it_begins(
    named: Database, client: FlaskClient
) -> None:
    hits = client.get("/api/v1/search", query_string={"q": "Kessel", "prefix": "true"}).get_json()
    assert [(h["id"], h["match"]) for h in hits["data"]] == [
        ("kessel", "exact"),
        ("kessel-dispute", "exact"),
    ]


@pytest.mark.parametrize("typed", ["N", "*", "x_*", "nor* OR x_*", "\\*"])
def test_a_prefix_search_takes_no_query_syntax(
    named: Database, client: FlaskClient, typed: str
) -> None:
    response = client.get("/api/v1/search", query_string={"q": typed, "prefix": "true"})
    assert response.status_code == 200
    assert response.get_json()["data"] == []


def test_the_page_is_served_offline_and_never_framed(client: FlaskClient) -> None:
    for lang in ("en", "ar"):
        response = client.get(f"/curate?lang={lang}")
        assert response.status_code == 200
        policy = response.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy
        assert "script-src 'self';" in policy
        assert response.headers["Cache-Control"] == "no-store"
        html = response.get_data(as_text=True)
        assert f'lang="{lang}"' in html
        assets = re.findall(r'(?:src|href)="([^"]+)"', html)
        local = [a for a in assets if a.startswith("/static/")]
        # js-yaml, every ES module of static/curate (main.js and what it preloads), and one
        # stylesheet, each once
        modules = {f"/static/curate/{path.name}" for path in CURATE_STATIC.glob("*.js")}
        expected = modules | {
            "/static/curate/curate.css",
            "/static/vendor/js-yaml/js-yaml.umd.min.js",
        }
        assert sorted(local) == sorted(expected)
        for asset in local:
            with client.get(asset) as served:
                assert served.status_code == 200, asset
        assert all(a.startswith(("/", "?", "data:")) for a in assets), assets


@pytest.mark.parametrize("query", ["lang=fr", "lang=en&key=secret", "x=1"])
def test_the_page_refuses_other_parameters(client: FlaskClient, query: str) -> None:
    response = client.get(f"/curate?{query}")
    assert response.status_code == 400
    assert "secret" not in response.get_data(as_text=True)
