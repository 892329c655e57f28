"""GET /api/v1/changes: created, updated and deleted records in commit order, with tombstones,
through the real ingestion and the real Neo4j (fixtures: tests/fixtures/changes, invented)."""

from __future__ import annotations

import base64
import json
import re
from typing import Any

import pytest
from conftest import FIXTURES, cypher, edit, load, wipe

from kb_service.curation import RawFile
from kb_service.read.changes import iso
from kb_service.store.db import Database
from kb_service.write.ingest import ingest
from kb_service.write.retraction import retract

HERE = FIXTURES / "changes"
WIRE, DESK = "chg-wire-2030-05-02", "chg-desk-2030-05-06"
AUTH = {"Authorization": "Bearer test-key-1"}
ISO_MS = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"


def walk(
    client: Any, since: str | None = None, limit: int = 500
) -> tuple[list[dict[str, Any]], str]:
    """Every change after `since`, following next_cursor as a client would; and the last cursor."""
    items: list[dict[str, Any]] = []
    while True:
        query = {"limit": limit, **({"since": since} if since else {})}
        response = client.get("/api/v1/changes", query_string=query)
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        items += body["data"]
        since = body["next_cursor"]
        assert since
        if not body["has_more"]:
            return items, since


def triples(items: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(item["op"], item["kind"], item["id"]) for item in items]


def replay(items: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """The records a client holds after applying the changes in order."""
    held: set[tuple[str, str]] = set()
    for item in items:
        key = (item["kind"], item["id"])
        if item["op"] == "deleted":
            held.discard(key)
        else:
            held.add(key)
    return held


def present(db: Database) -> set[tuple[str, str]]:
    """Every record the graph holds, by the API's kind names."""
    rows = cypher(
        db,
        "MATCH (n:Record) RETURN toLower([l IN labels(n) WHERE l <> 'Record'][0]) AS kind, "
        "n.id AS id UNION ALL MATCH (t:Term) RETURN 'term' AS kind, t.key AS id",
    )
    return {(row["kind"], row["id"]) for row in rows}


def text_of(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


def write(db: Database, name: str, text: str) -> None:
    ingest(db, [RawFile(name, text.encode())])


@pytest.fixture()
def registry_db(clean_db: Database) -> Database:
    load(clean_db, HERE / "registry.yaml")
    return clean_db


def test_first_write_lists_every_record_it_created(registry_db: Database, client: Any) -> None:
    _, mark = walk(client)
    load(registry_db, HERE / "wire.yaml")
    items, _ = walk(client, mark)
    assert triples(items) == [
        ("created", "source", WIRE),
        ("created", "event", "chg-talks"),
        ("created", "event", "chg-truce"),
        ("created", "statement", "chg-truce-will-hold"),
    ]
    assert {item["source"] for item in items} == {WIRE}
    assert len({item["at"] for item in items}) == 1  # one commit, one time
    assert re.match(ISO_MS, items[0]["at"])
    everything, _ = walk(client)
    seqs = [item["seq"] for item in everything]
    assert seqs == sorted(set(seqs))
    assert [item["at"] for item in everything] == sorted(item["at"] for item in everything)
    assert replay(everything) == present(registry_db)


def test_registry_entries_come_without_a_source(clean_db: Database, client: Any) -> None:
    load(clean_db, HERE / "registry.yaml")
    items, _ = walk(client)
    assert sorted(triples(items)) == [
        ("created", "actor", "chg-mediator"),
        ("created", "actor", "chg-spokesman"),
        ("created", "actor", "chg-unused-envoy"),
        ("created", "place", "chg-harbour"),
    ]
    assert {item["source"] for item in items} == {None}


def test_an_edited_source_lists_updates_and_tombstones(registry_db: Database, client: Any) -> None:
    load(registry_db, HERE / "wire.yaml")
    _, mark = walk(client)
    edited = edit(text_of("wire.yaml"), "    title: Harbour talks\n", "    title: Talks held\n")
    truce = edited[edited.index("  - id: chg-truce\n") : edited.index("statements:")]
    write(registry_db, "wire.yaml", edited.replace(truce, ""))
    items, _ = walk(client, mark)
    assert triples(items) == [
        ("updated", "source", WIRE),
        ("updated", "event", "chg-talks"),
        ("deleted", "event", "chg-truce"),
    ]
    everything, _ = walk(client)
    assert replay(everything) == present(registry_db)


def test_a_second_source_updates_the_record_it_shares(registry_db: Database, client: Any) -> None:
    load(registry_db, HERE / "wire.yaml")
    _, mark = walk(client)
    load(registry_db, HERE / "desk.yaml")
    items, _ = walk(client, mark)
    assert triples(items) == [
        ("created", "source", DESK),
        ("updated", "event", "chg-talks"),
        ("created", "event", "chg-visit"),
    ]


def test_an_unchanged_source_writes_no_change(registry_db: Database, client: Any) -> None:
    load(registry_db, HERE / "wire.yaml")
    _, mark = walk(client)
    load(registry_db, HERE / "wire.yaml")
    response = client.post(
        "/api/v1/sources",
        data=text_of("wire.yaml").encode(),
        headers={**AUTH, "Content-Type": "application/yaml"},
    )
    assert response.status_code == 200
    items, again = walk(client, mark)
    assert items == []
    assert again == mark  # caught up: the same position


def test_a_dry_run_writes_no_change(registry_db: Database, client: Any) -> None:
    _, mark = walk(client)
    edits = (
        ("sources", "wire.yaml", "reported by wire", "reported by cable"),
        ("registry", "registry.yaml", "Changes Unused Envoy", "Changes Unused Envoy Two"),
    )
    for path, name, old, new in edits:
        response = client.post(
            f"/api/v1/{path}?dry_run=true",
            data=edit(text_of(name), old, new).encode(),
            headers={**AUTH, "Content-Type": "application/yaml"},
        )
        assert response.status_code == 200, response.get_json()
        assert response.get_json()["data"]["changed"] is True  # it would have written
    ingest(registry_db, [RawFile("desk.yaml", text_of("desk.yaml").encode())], dry_run=True)
    assert walk(client, mark)[0] == []


def test_a_retraction_leaves_tombstones(registry_db: Database, client: Any) -> None:
    load(registry_db, HERE / "wire.yaml", HERE / "desk.yaml")
    _, mark = walk(client)
    response = client.delete(f"/api/v1/sources/{DESK}", headers=AUTH)
    assert response.status_code == 200
    items, _ = walk(client, mark)
    assert triples(items) == [
        ("updated", "event", "chg-talks"),
        ("deleted", "event", "chg-visit"),
        ("deleted", "source", DESK),
    ]
    assert {item["source"] for item in items} == {DESK}
    everything, _ = walk(client)
    assert replay(everything) == present(registry_db)


def test_removing_a_registry_entry_leaves_a_tombstone(registry_db: Database, client: Any) -> None:
    _, mark = walk(client)
    assert client.delete("/api/v1/registry/chg-unused-envoy", headers=AUTH).status_code == 200
    items, _ = walk(client, mark)
    assert [(i["op"], i["kind"], i["id"], i["source"]) for i in items] == [
        ("deleted", "actor", "chg-unused-envoy", None)
    ]


def test_vocabulary_terms_are_changes(registry_db: Database, client: Any) -> None:
    _, mark = walk(client)
    load(registry_db, HERE / "vocabulary.yaml")
    items, _ = walk(client, mark)
    assert [(i["op"], i["kind"], i["source"]) for i in items] == [("created", "term", None)]
    assert items[0]["id"].endswith("chg-harbour-visit")


def test_sources_keep_when_they_were_ingested_and_replaced(
    registry_db: Database, client: Any
) -> None:
    load(registry_db, HERE / "wire.yaml")
    write(registry_db, "wire.yaml", edit(text_of("wire.yaml"), "by wire", "by cable"))
    items, _ = walk(client)
    times = {item["op"]: item["at"] for item in items if item["kind"] == "source"}
    [row] = cypher(
        registry_db,
        "MATCH (s:Source {id: $id}) RETURN s.ingested_at AS ingested, s.replaced_at AS replaced",
        id=WIRE,
    )
    assert (iso(row["ingested"]), iso(row["replaced"])) == (times["created"], times["updated"])


def test_a_source_record_shows_when_it_was_ingested_and_replaced(
    registry_db: Database, client: Any
) -> None:
    load(registry_db, HERE / "wire.yaml")
    first = client.get(f"/api/v1/sources/{WIRE}").get_json()["data"]
    assert re.match(ISO_MS, first["ingested_at"]) and first["replaced_at"] is None
    write(registry_db, "wire.yaml", edit(text_of("wire.yaml"), "by wire", "by cable"))
    items, _ = walk(client)
    times = {item["op"]: item["at"] for item in items if item["kind"] == "source"}
    record = client.get(f"/api/v1/sources/{WIRE}").get_json()["data"]
    # the replacement keeps the first ingest's time and adds its own, as the change log has them
    assert (record["ingested_at"], record["replaced_at"]) == (times["created"], times["updated"])
    assert record["ingested_at"] == first["ingested_at"] <= record["replaced_at"]


def test_pages_resume_exactly_after_their_last_change(registry_db: Database, client: Any) -> None:
    load(registry_db, HERE / "wire.yaml", HERE / "desk.yaml")
    retract(registry_db, DESK)
    whole, last = walk(client)
    paged, paged_last = walk(client, limit=2)
    assert paged == whole and paged_last == last
    for cut in range(len(whole)):
        first = client.get("/api/v1/changes", query_string={"limit": cut + 1}).get_json()
        rest, _ = walk(client, first["next_cursor"])
        assert first["data"] + rest == whole
        assert first["has_more"] == (cut + 1 < len(whole))


def test_no_change_yet_is_an_empty_page_with_a_cursor(clean_db: Database, client: Any) -> None:
    body = client.get("/api/v1/changes").get_json()
    assert body["data"] == [] and body["has_more"] is False and body["next_cursor"]
    load(clean_db, HERE / "registry.yaml")
    items, _ = walk(client, body["next_cursor"])
    assert len(items) == 4


def bad(client: Any, since: str) -> dict[str, Any]:
    response = client.get("/api/v1/changes", query_string={"since": since})
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    return dict(response.get_json())


def test_a_cursor_not_issued_here_is_refused(registry_db: Database, client: Any) -> None:
    load(registry_db, HERE / "wire.yaml")
    body = client.get("/api/v1/changes", query_string={"limit": 1}).get_json()
    token = body["next_cursor"]
    payload, signature = token.split(".")

    def forged(values: list[Any]) -> str:
        raw = base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")
        return f"{raw}.{signature}"

    for since in (
        "garbage",
        f"{payload}.{signature[:-2]}xx",
        forged([2, "2030-01-01T00:00:00.000Z"]),
        f"{payload}x.{signature}",
        "a" * 600,
    ):
        problem = bad(client, since)
        assert [p["name"] for p in problem["invalid_params"]] == ["since"]
    assert client.get("/api/v1/changes", query_string={"since": token}).status_code == 200
    wipe(registry_db)  # a cursor from before the log was emptied names a change it lacks
    load(registry_db, HERE / "registry.yaml")
    assert [p["name"] for p in bad(client, token)["invalid_params"]] == ["since"]
