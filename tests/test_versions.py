"""Two sources, one assertion: every source's version is kept and shown side by side.

The fixture (tests/fixtures/two_versions, invented test texts) has two reports of the same talks
that disagree on the day and on the mediator's role, and agree on a truce.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import fresh_graph, graph_checksum, load, wipe
from flask.testing import FlaskClient

from kb_service.store.db import Database

FIXTURE = Path(__file__).parent / "fixtures" / "two_versions"
SOURCES = {
    doc["id"]: doc
    for doc in (yaml.safe_load((FIXTURE / n).read_text()) for n in ("wire.yaml", "desk.yaml"))
}
AUTH = {"Authorization": "Bearer test-key-1"}


def told(event_id: str) -> dict[str, dict[str, Any]]:
    """What each fixture source says of an event: its date and participants' roles."""
    found = {}
    for ident, source in SOURCES.items():
        for event in source["events"]:
            if event["id"] == event_id:
                found[ident] = {
                    "date": str(event["date"]),
                    "participants": [
                        {"id": p["actor"], "role": p["role"]} for p in event.get("participants", [])
                    ],
                }
    return found


@pytest.fixture()
def api(db: Database, client: FlaskClient) -> FlaskClient:
    fresh_graph(db, FIXTURE)
    return client


def event(client: FlaskClient, ident: str, query: str = "") -> dict[str, Any]:
    response = client.get(f"/api/v1/events/{ident}{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    return dict(response.get_json()["data"])


def versions(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        v["source"]: {"date": v["date"]["edtf"], "participants": v["participants"]}
        for v in record["versions"]
    }


def test_both_versions_stand_side_by_side_and_disagree(api: FlaskClient) -> None:
    record = event(api, "fixture-talks")
    assert versions(record) == told("fixture-talks")
    assert [v["source"] for v in record["versions"]] == sorted(
        SOURCES, key=lambda ident: str(SOURCES[ident]["published"])
    )  # oldest report first
    assert record["sources_disagree"] is True
    assert record["disagree_on"] == ["date"]  # a host and a chair: the same actor, other words


def test_sources_that_agree_are_not_flagged(api: FlaskClient) -> None:
    record = event(api, "fixture-truce")
    assert len(record["versions"]) == len(told("fixture-truce")) == 2
    assert record["sources_disagree"] is False


def test_lists_carry_the_versions_and_the_flag(api: FlaskClient) -> None:
    items = api.get("/api/v1/timeline?limit=500").get_json()["data"]
    flags = {item["id"]: item["sources_disagree"] for item in items}
    assert flags == {"fixture-talks": True, "fixture-truce": False}


def test_as_of_shows_only_the_versions_published_by_then(api: FlaskClient) -> None:
    first = min(SOURCES, key=lambda ident: str(SOURCES[ident]["published"]))
    record = event(api, "fixture-talks", f"?as_of={SOURCES[first]['published']}")
    assert list(versions(record)) == [first]
    assert record["sources_disagree"] is False


def test_retracting_one_source_leaves_the_others_version(api: FlaskClient) -> None:
    later = max(SOURCES, key=lambda ident: str(SOURCES[ident]["published"]))
    assert api.delete(f"/api/v1/sources/{later}", headers=AUTH).status_code == 200
    record = event(api, "fixture-talks")
    remaining = {k: v for k, v in told("fixture-talks").items() if k != later}
    assert versions(record) == remaining
    assert record["date"]["edtf"] == next(iter(remaining.values()))["date"]
    assert record["sources_disagree"] is False


def test_the_record_is_derived_from_the_versions_not_from_the_last_write(
    db: Database, client: FlaskClient
) -> None:
    """Whichever source is written last, the record's own fields are the summary of both: the
    two days do not meet and are as narrow, so the most recently published source's day is
    shown, and the graph is the same."""
    latest = max(SOURCES, key=lambda ident: str(SOURCES[ident]["published"]))
    checksums = set()
    for order in (("wire.yaml", "desk.yaml"), ("desk.yaml", "wire.yaml")):
        wipe(db)
        load(db, FIXTURE / "registry.yaml")
        for name in order:
            load(db, FIXTURE / name)
        record = event(client, "fixture-talks")
        assert record["date"]["edtf"] == told("fixture-talks")[latest]["date"]
        assert record["sources_disagree"] is True
        checksums.add(graph_checksum(db))
    assert len(checksums) == 1
