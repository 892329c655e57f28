"""One id per record across kinds, enforced by Neo4j itself (the shared label Record and its
uniqueness constraint), not only by the validator: writers that skip validation or race each
other cannot give an actor and an event one id."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from conftest import cypher, wipe

from kb_service.errors import Conflict
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema

KIND_LABELS = ["Actor", "Place", "Conflict", "Event", "Statement", "Relation", "Source"]


def actor_row(ident: str) -> dict[str, object]:
    props = {"id": ident, "kind": "person", "name_en": ident, "fingerprint": "a"}
    return {"label": "Actor", "id": ident, "props": props}


def event_row(ident: str) -> dict[str, object]:
    props = {"id": ident, "title": ident, "type": "meeting", "fingerprint": "e"}
    return {"label": "Event", "id": ident, "props": props}


def write_actor(db: Database, ident: str) -> None:
    db.write("write/registry_entities", rows=[actor_row(ident)])


def write_event(db: Database, ident: str) -> None:
    db.write("write/assertions_upsert", rows=[event_row(ident)])


def nodes_with_id(db: Database, ident: str) -> list[list[str]]:
    rows = cypher(db, "MATCH (n {id: $id}) RETURN labels(n) AS labels", id=ident)
    return sorted(sorted(r["labels"]) for r in rows)  # type: ignore[arg-type]


def test_every_record_kind_carries_the_shared_label(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $kinds) "
        "RETURN n:Record AS shared, count(*) AS n",
        kinds=KIND_LABELS,
    )
    assert {r["shared"]: r["n"] for r in rows}.keys() == {True}


@pytest.mark.parametrize(
    ("first", "second"), [(write_actor, write_event), (write_event, write_actor)]
)
def test_an_id_held_by_another_kind_is_refused_by_neo4j(
    clean_db: Database,
    first: Callable[[Database, str], None],
    second: Callable[[Database, str], None],
) -> None:
    first(clean_db, "shared-id")
    before = nodes_with_id(clean_db, "shared-id")
    with pytest.raises(Conflict):
        second(clean_db, "shared-id")
    assert nodes_with_id(clean_db, "shared-id") == before
    assert len(before) == 1


def test_the_same_kind_again_updates_the_one_record(clean_db: Database) -> None:
    write_event(clean_db, "same-id")
    write_event(clean_db, "same-id")
    assert nodes_with_id(clean_db, "same-id") == [["Event", "Record"]]


def race(db: Database, ident: str) -> list[str]:
    """Write an actor and an event with one id from two threads at once; return the outcomes."""
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def run(write: Callable[[Database, str], None], name: str) -> None:
        barrier.wait()
        try:
            write(db, ident)
            outcomes.append(name)
        except Conflict:
            outcomes.append("refused")

    threads = [
        threading.Thread(target=run, args=(write_actor, "Actor")),
        threading.Thread(target=run, args=(write_event, "Event")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_writers_racing_on_one_id_leave_one_record(clean_db: Database) -> None:
    """Without the write lock, an actor and an event with one id, written at the same moment:
    exactly one commits, whichever comes first, and the other is refused."""
    for number in range(8):
        ident = f"raced-{number}"
        outcomes = race(clean_db, ident)
        assert sorted(outcomes)[1] == "refused", outcomes
        winner = next(o for o in outcomes if o != "refused")
        assert nodes_with_id(clean_db, ident) == [sorted([winner, "Record"])]


def test_schema_apply_labels_records_stored_before_the_label(db: Database) -> None:
    wipe(db)
    write_actor(db, "old-actor")
    write_event(db, "old-event")
    cypher(db, "DROP CONSTRAINT record_id IF EXISTS")
    cypher(db, "MATCH (n:Record) REMOVE n:Record")
    assert nodes_with_id(db, "old-actor") == [["Actor"]]
    apply_schema(db)
    assert nodes_with_id(db, "old-actor") == [["Actor", "Record"]]
    assert nodes_with_id(db, "old-event") == [["Event", "Record"]]
    with pytest.raises(Conflict):
        write_event(db, "old-actor")
    wipe(db)
