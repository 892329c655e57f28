"""What a source announces is not what happened: event statuses, deadlines and renewable terms.

The fixture (tests/fixtures/agreement, an invented test text) signs an agreement, announces
three deadlines and a meeting after its publication, and deploys a force for a renewable term.
Expected answers are derived from the fixture itself.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import fresh_graph, open_page
from flask.testing import FlaskClient

from kb_service.curation import CurationError, RawFile
from kb_service.model import dates
from kb_service.store.db import Database
from kb_service.write.ingest import ingest

FIXTURE = Path(__file__).parent / "fixtures" / "agreement"
SOURCE_TEXT = (FIXTURE / "statement.yaml").read_text(encoding="utf-8")
SOURCE = yaml.safe_load(SOURCE_TEXT)
EVENTS = {event["id"]: event for event in SOURCE["events"]}
PUBLISHED = dates.parse(str(SOURCE["published"]))


def with_status(status: str) -> set[str]:
    return {i for i, e in EVENTS.items() if e.get("status", "occurred") == status}


@pytest.fixture(scope="module")
def fixture_db(db: Database) -> Database:
    return fresh_graph(db, FIXTURE)


@pytest.fixture()
def api(fixture_db: Database, client: FlaskClient) -> FlaskClient:
    return client


def timeline(client: FlaskClient, query: str) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/timeline?limit=500&{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    return list(response.get_json()["data"])


def test_the_fixture_announces_what_lies_after_its_publication() -> None:
    later = {
        i for i, e in EVENTS.items() if dates.parse(str(e["date"])).start_key > PUBLISHED.end_key
    }
    assert later and later <= with_status("due") | with_status("scheduled")


def test_each_record_says_its_status(api: FlaskClient) -> None:
    found = {item["id"]: item["status"] for item in timeline(api, "")}
    assert found == {i: e.get("status", "occurred") for i, e in EVENTS.items()}


def test_a_deadline_is_on_its_day(api: FlaskClient) -> None:
    for ident in with_status("due"):
        day = str(EVENTS[ident]["date"])
        on_the_day = timeline(api, f"from={day}&to={day}")
        assert [item["id"] for item in on_the_day if item["status"] == "due"] == [ident]
        record = next(item for item in on_the_day if item["id"] == ident)
        assert record["date"]["earliest"] == record["date"]["latest"] == day


@pytest.mark.parametrize("status", ["occurred", "ongoing", "scheduled", "due"])
def test_the_status_filter(api: FlaskClient, status: str) -> None:
    assert {item["id"] for item in timeline(api, f"status={status}")} == with_status(status)


def test_the_status_filter_is_repeatable_and_checked(api: FlaskClient) -> None:
    both = {item["id"] for item in timeline(api, "status=due&status=scheduled")}
    assert both == with_status("due") | with_status("scheduled")
    response = api.get("/api/v1/timeline?status=planned")
    assert response.status_code == 400
    assert [p["name"] for p in response.get_json()["invalid_params"]] == ["status"]


def test_a_renewable_mandate_ends_with_its_term(api: FlaskClient) -> None:
    [ident] = [i for i, e in EVENTS.items() if "renewal" in e]
    record = api.get(f"/api/v1/events/{ident}").get_json()["data"]
    term = dates.parse(str(EVENTS[ident]["date"]))
    assert term.latest is not None
    assert record["date"]["latest"] == term.latest.isoformat()
    assert record["renewal"] == {
        "every": EVENTS[ident]["renewal"]["every"],
        "automatic": EVENTS[ident]["renewal"]["automatic"],
        "unless": EVENTS[ident]["renewal"]["unless"],
    }
    # It is not drawn into every future year: past its term it is not in a window.
    after = term.latest.year + 6
    assert ident not in {item["id"] for item in timeline(api, f"from={after}")}
    assert ident in {item["id"] for item in timeline(api, f"from={term.latest.year}")}


def test_as_of_keeps_its_meaning(api: FlaskClient) -> None:
    assert PUBLISHED.earliest is not None
    day_before = PUBLISHED.earliest.toordinal() - 1
    import datetime as dt

    before = dt.date.fromordinal(day_before).isoformat()
    assert timeline(api, f"as_of={before}") == []
    assert {i["id"] for i in timeline(api, f"as_of={PUBLISHED.edtf}")} == set(EVENTS)


def test_the_status_is_in_every_format(api: FlaskClient) -> None:
    rows = list(
        csv.DictReader(io.StringIO(api.get("/api/v1/timeline?format=csv").get_data(as_text=True)))
    )
    assert {row["id"]: row["status"] for row in rows} == {
        i: e.get("status", "occurred") for i, e in EVENTS.items()
    }
    lines = api.get("/api/v1/timeline?format=ndjson").get_data(as_text=True).splitlines()
    assert {json.loads(line)["id"]: json.loads(line)["status"] for line in lines} == {
        i: e.get("status", "occurred") for i, e in EVENTS.items()
    }
    slides = api.get("/api/v1/timeline?format=timelinejs").get_json()["events"]
    headlines = {slide["unique_id"]: slide["text"]["headline"] for slide in slides}
    for ident in with_status("due"):
        assert headlines[ident].endswith("(due by this date)")
    for ident in with_status("occurred"):
        assert "(" not in headlines[ident]


def test_an_occurred_event_after_publication_is_refused_with_the_fix(clean_db: Database) -> None:
    ingest(clean_db, [RawFile("registry.yaml", (FIXTURE / "registry.yaml").read_bytes())])
    occurred = SOURCE_TEXT.replace("    status: due\n    date: 2020-11-15", "    date: 2020-11-15")
    assert occurred != SOURCE_TEXT
    with pytest.raises(CurationError) as exc:
        ingest(clean_db, [RawFile("brief.yaml", occurred.encode())])
    [problem] = exc.value.problems
    assert problem.field == "events[2].date"
    assert "status: due" in problem.message and "status: scheduled" in problem.message


@pytest.mark.parametrize(
    ("old", "new", "field", "words", "on_line"),
    [
        (
            "every: P5Y",
            "every: five years",
            "events[1].renewal.every",
            "ISO 8601 period",
            "renewal:",
        ),
        (
            "date: 2020-11-10/2025-11-10",
            "date: 2020-11-10/..",
            "events[1].renewal",
            "known end",
            "renewal:",
        ),
        ("automatic: true, ", "", "events[1].renewal.automatic", "required", "renewal:"),
        (
            "    status: ongoing\n",
            "    status: planned\n",
            "events[1].status",
            "Must be one of",
            "status: planned",
        ),
    ],
)
def test_status_and_renewal_are_validated(
    clean_db: Database, old: str, new: str, field: str, words: str, on_line: str
) -> None:
    ingest(clean_db, [RawFile("registry.yaml", (FIXTURE / "registry.yaml").read_bytes())])
    broken = SOURCE_TEXT.replace(old, new, 1)
    assert broken != SOURCE_TEXT
    with pytest.raises(CurationError) as exc:
        ingest(clean_db, [RawFile("brief.yaml", broken.encode())])
    [problem] = exc.value.problems
    assert problem.field == field and words in problem.message, str(problem)
    lines = broken.splitlines()
    assert problem.line == 1 + next(i for i, line in enumerate(lines) if on_line in line)


def test_the_embed_names_each_status_that_is_not_occurred(
    db: Database, live_server: str, browser: Any
) -> None:
    fresh_graph(db, FIXTURE)  # tests above wrote to a clean database
    expected = sorted(
        e.get("status", "occurred")
        for e in EVENTS.values()
        if e.get("status", "occurred") != "occurred"
    )
    page, _, _ = open_page(
        browser, live_server + "/embed/timeline?from=2020-11&to=2025", height=640
    )
    tags = page.eval_on_selector_all(
        ".vis-item .status-tag",
        "els => els.map(e => e.closest('.vis-item').className.match(/status-(\\w+)/)[1])",
    )
    page.close()
    assert sorted(tags) == expected
