"""`as_known_on` on one event or statement: the record as the knowledge base held it then, its
related events and statements too, and its evidence as annotations (fixtures:
tests/fixtures/changes, invented, and one later source written here)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, load
from test_changes import DESK, WIRE, walk

from kb_service.curation import RawFile
from kb_service.store.db import Database
from kb_service.write.ingest import ingest

HERE = FIXTURES / "changes"
LATE = "chg-late-2030-05-09"
LATE_SOURCE = f"""kind: source
id: {LATE}
title: "TEST FIXTURE: a review of the harbour talks"
publisher: Test fixtures
published: 2030-05-09
language: en
text: |
  The envoys reviewed the harbour talks on 8 May.

  The spokesman said on 8 May that the talks had helped.
events:
  - id: chg-review
    title: A review of the talks
    type: meeting
    date: 2030-05-08
    related: [{{type: responds-to, event: chg-talks}}]
    evidence: [{{passage: 1, quote: The envoys reviewed the harbour talks on 8 May}}]
statements:
  - id: chg-talks-helped
    kind: position
    speakers: [chg-spokesman]
    about: [chg-talks]
    date: 2030-05-08
    language: en
    quote: the talks had helped
    text_en: the talks had helped
    evidence: [{{passage: 2, quote: The spokesman said on 8 May that the talks had helped}}]
"""


@pytest.fixture()
def three_writes(clean_db: Database, client: Any) -> dict[str, str]:
    """The registry, the wire, the desk, then a later review: the time of each source's write."""
    load(clean_db, HERE / "registry.yaml", HERE / "wire.yaml")
    load(clean_db, HERE / "desk.yaml")
    ingest(clean_db, [RawFile("late.yaml", LATE_SOURCE.encode())])
    items, _ = walk(client)
    times = {item["id"]: item["at"] for item in items if item["kind"] == "source"}
    assert times[WIRE] < times[DESK] < times[LATE]
    return times


def get(client: Any, path: str, **query: Any) -> Any:
    return client.get(f"/api/v1/{path}", query_string=query)


def sources_of(items: list[dict[str, Any]]) -> set[str]:
    return {item["source"] for item in items}


def test_one_event_as_known_on_has_only_the_versions_held_then(
    three_writes: dict[str, str], client: Any
) -> None:
    then = get(client, "events/chg-talks", as_known_on=three_writes[WIRE]).get_json()["data"]
    assert [v["source"] for v in then["versions"]] == [WIRE]
    assert sources_of(then["evidence"]) == {WIRE}
    assert then["title"] == "Harbour talks"
    now = get(client, "events/chg-talks").get_json()["data"]
    assert sources_of(now["versions"]) == {WIRE, DESK}


def test_one_event_not_yet_held_is_not_found(three_writes: dict[str, str], client: Any) -> None:
    assert get(client, "events/chg-visit", as_known_on=three_writes[WIRE]).status_code == 404
    assert get(client, "events/chg-visit", as_known_on=three_writes[DESK]).status_code == 200
    assert (
        get(client, "statements/chg-talks-helped", as_known_on=three_writes[DESK]).status_code
        == 404
    )
    late = get(client, "statements/chg-talks-helped", as_known_on=three_writes[LATE])
    assert late.status_code == 200
    assert sources_of(late.get_json()["data"]["evidence"]) == {LATE}


def test_related_events_and_statements_follow_the_time(
    three_writes: dict[str, str], client: Any
) -> None:
    def around(**query: Any) -> tuple[list[str], list[str]]:
        body = get(client, "events/chg-talks", **query).get_json()["data"]
        return [r["id"] for r in body["related"]], [s["id"] for s in body["statements"]]

    assert around() == (["chg-review"], ["chg-talks-helped"])
    assert around(as_known_on=three_writes[LATE]) == (["chg-review"], ["chg-talks-helped"])
    assert around(as_known_on=three_writes[DESK]) == ([], [])


def test_annotations_as_known_on_cite_only_the_sources_held_then(
    three_writes: dict[str, str], client: Any
) -> None:
    def cited(**query: Any) -> set[str]:
        body = get(client, "events/chg-talks", format="hypothesis", **query).get_json()
        return {annotation["uri"] for annotation in body["annotations"]}

    everything, then = cited(), cited(as_known_on=three_writes[WIRE])
    assert len(everything) == 2 and len(then) == 1
    assert then < everything
    assert all(WIRE in uri for uri in then)


def test_as_known_on_of_one_record_is_checked(client: Any) -> None:
    response = get(client, "events/any", as_known_on="2030-13-01")
    assert response.status_code == 400
    assert [p["name"] for p in response.get_json()["invalid_params"]] == ["as_known_on"]
