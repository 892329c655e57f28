"""The change log under concurrent writers and retractions, and `as_known_on` on the timeline
and the statement list (fixtures: tests/fixtures/changes, invented)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, at_once, cypher, edit, load
from test_changes import DESK, WIRE, present, replay, text_of, walk

from kb_service.curation import CurationError, RawFile
from kb_service.errors import Conflict, DatabaseUnavailable, NotFound
from kb_service.store.db import Database
from kb_service.write.ingest import ingest
from kb_service.write.retraction import retract

HERE = FIXTURES / "changes"


# What a writer in the race may meet: a record or source another writer removed or has not
# written yet, or (on a busy machine) a lock wait past db.lock.acquisition.timeout. Each
# refuses the whole write, so the log must still match the graph.
REFUSED = (NotFound, Conflict, CurationError, DatabaseUnavailable)


def writer(db: Database, name: str, text: str) -> Any:
    def write() -> bool:
        try:
            ingest(db, [RawFile(name, text.encode())])
        except REFUSED:
            return False
        return True

    return write


def retracter(db: Database, source: str) -> Any:
    def remove() -> bool:
        try:
            retract(db, source)
        except REFUSED:
            return False
        return True

    return remove


def test_concurrent_writers_and_retractions_log_the_final_graph(
    clean_db: Database, client: Any
) -> None:
    load(clean_db, HERE / "registry.yaml")
    wire, desk = text_of("wire.yaml"), text_of("desk.yaml")
    versions = [edit(wire, "by wire", f"by wire, take {n}") for n in range(3)]
    items: list[dict[str, Any]] = []
    for _ in range(2):  # two rounds: the second starts from what the first left
        tasks = [writer(clean_db, "wire.yaml", text) for text in versions]
        tasks += [writer(clean_db, "desk.yaml", desk), retracter(clean_db, DESK)]
        tasks += [retracter(clean_db, WIRE)]
        assert any(at_once(tasks))
        items, _ = walk(client)
        assert [item["seq"] for item in items] == list(range(1, len(items) + 1))
        assert replay(items) == present(clean_db)
    sources = {row["id"] for row in cypher(clean_db, "MATCH (s:Source) RETURN s.id AS id")}
    assert {i for k, i in replay(items) if k == "source"} == sources


def ids_of(client: Any, path: str, **query: Any) -> list[str]:
    response = client.get(path, query_string=query)
    assert response.status_code == 200, response.get_json()
    return [record["id"] for record in response.get_json()["data"]]


@pytest.fixture()
def two_writes(clean_db: Database, client: Any) -> dict[str, str]:
    """The registry, then the wire, then the desk: the time of each source's write."""
    load(clean_db, HERE / "registry.yaml")
    load(clean_db, HERE / "wire.yaml")
    load(clean_db, HERE / "desk.yaml")
    items, _ = walk(client)
    times = {item["id"]: item["at"] for item in items if item["kind"] == "source"}
    assert times[WIRE] < times[DESK]  # two commits, one after the other
    stamped = "MATCH (n:Record) WHERE n.known_since IS NOT NULL RETURN count(n) AS n"
    assert cypher(clean_db, stamped) == [{"n": 0}]  # the time is each claim's, not the record's
    first = min(item["at"] for item in items)
    return {"before": "2001-01-01T00:00:00Z", "registry": first, **times}


def test_as_known_on_answers_what_was_held_then(two_writes: dict[str, str], client: Any) -> None:
    timeline = "/api/v1/timeline"
    assert ids_of(client, timeline, as_known_on=two_writes["before"]) == []
    assert ids_of(client, timeline, as_known_on=two_writes["registry"]) == []
    then = ids_of(client, timeline, as_known_on=two_writes[WIRE])
    assert then == ["chg-talks", "chg-truce"]
    now = ids_of(client, timeline, as_known_on=two_writes[DESK])
    assert now == ["chg-talks", "chg-truce", "chg-visit"] == ids_of(client, timeline)
    assert ids_of(client, "/api/v1/statements", as_known_on=two_writes[WIRE]) == [
        "chg-truce-will-hold"
    ]
    assert ids_of(client, "/api/v1/statements", as_known_on=two_writes["registry"]) == []


def test_as_known_on_shows_only_the_versions_known_then(
    two_writes: dict[str, str], client: Any
) -> None:
    def talks(**query: Any) -> dict[str, Any]:
        body = client.get("/api/v1/timeline", query_string=query).get_json()
        return next(r for r in body["data"] if r["id"] == "chg-talks")

    then = talks(as_known_on=two_writes[WIRE])
    assert [v["source"] for v in then["versions"]] == [WIRE]
    assert {e["source"] for e in then["evidence"]} == {WIRE}
    assert then["title"] == "Harbour talks"
    now = talks()
    assert {e["source"] for e in now["evidence"]} == {WIRE, DESK}


def test_as_known_on_takes_dates_and_offsets(two_writes: dict[str, str], client: Any) -> None:
    day = two_writes[WIRE][:10]
    assert ids_of(client, "/api/v1/timeline", as_known_on=day) == [
        "chg-talks",
        "chg-truce",
        "chg-visit",
    ]  # a date is the end of that day
    assert ids_of(client, "/api/v1/timeline", as_known_on="2001-01-01T05:00:00+05:00") == []
    for wrong in ("yesterday", "2030-13-01", "x" * 41):
        response = client.get("/api/v1/timeline", query_string={"as_known_on": wrong})
        assert response.status_code == 400
        assert [p["name"] for p in response.get_json()["invalid_params"]] == ["as_known_on"]
