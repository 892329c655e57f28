"""The change log's write side: what a write created, updated and deleted, appended under the
write lock in the same transaction (GET /api/v1/changes reads it, kb_service/read/changes).

A change names a record by kind and id, never its content: a sync client fetches the record
again. An event, statement or relation counts as updated when anything a client sees of it
changed: its properties, a source's version of it (or a source's own metadata, which its
evidence shows), or a sourced link out of it (participants, places, evidence). It is compared
before and after the write (read/changes_record_state).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, NamedTuple

from neo4j import ManagedTransaction

from kb_service.store.db import run_in

CHUNK = 2000
# The API's names for record kinds, by node label.
KINDS = {
    "Source": "source",
    "Actor": "actor",
    "Place": "place",
    "Conflict": "conflict",
    "Event": "event",
    "Statement": "statement",
    "Relation": "relation",
    "Term": "term",
}


class Change(NamedTuple):
    """One entry of the change log: created, updated or deleted, a record's kind and id."""

    op: str
    kind: str
    id: str


class State(NamedTuple):
    """What a sync client sees of one event, statement or relation (to tell an update)."""

    label: str
    digest: str


def clock(tx: ManagedTransaction) -> datetime:
    """Return this write's time from Neo4j's clock (call it holding the write lock), in UTC at
    offset +00:00: the driver sends a time whose zone is named (pytz's UTC) with the zone id
    [UTC], which Neo4j does not order as equal to the same instant at an offset, as reads give."""
    return utc(run_in(tx, "write/changes_clock")[0]["at"])


def utc(stored: Any) -> datetime:
    """Return a time read from Neo4j as a Python datetime at offset +00:00, to write back."""
    return datetime.fromtimestamp(stored.to_native().timestamp(), tz=UTC)


def states(tx: ManagedTransaction, ids: Iterable[str], source: str | None) -> dict[str, State]:
    """Return the state of the records `ids` (and those `source` claims) as they are now."""
    ordered = sorted(set(ids))
    found: dict[str, State] = {}
    for start in range(0, max(len(ordered), 1), CHUNK):
        chunk = ordered[start : start + CHUNK]
        for row in run_in(tx, "read/changes_record_state", ids=chunk, source=source):
            found[row["id"]] = State(row["label"], _digest(row))
        source = None  # its claimed records come with the first chunk
    return found


def _digest(row: dict[str, Any]) -> str:
    def text(value: Any) -> str:
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)

    claims = sorted(text(claim) for claim in row["claims"])
    links = sorted(text(link) for link in row["links"])
    return text([row["fingerprint"], claims, links])


def compare(before: dict[str, State], after: dict[str, State]) -> list[Change]:
    """Return the changes between two states of the same records, in id order."""
    changes = []
    for ident in sorted(before.keys() | after.keys()):
        old, new = before.get(ident), after.get(ident)
        if old is None and new is not None:
            changes.append(Change("created", KINDS[new.label], ident))
        elif old is not None and new is None:
            changes.append(Change("deleted", KINDS[old.label], ident))
        elif old is not None and new is not None and old != new:
            changes.append(Change("updated", KINDS[new.label], ident))
    return changes


def of_rows(label: str, rows: Iterable[dict[str, Any]]) -> list[Change]:
    """Return the changes a write query reported as [{op, id}] for records of one label."""
    return [Change(row["op"], KINDS[label], row["id"]) for row in rows]


def updated(tx: ManagedTransaction, ids: set[str]) -> list[Change]:
    """Return an update of each record `ids` names, with its kind, in id order."""
    if not ids:
        return []
    rows = run_in(tx, "read/labels_of_ids", ids=sorted(ids), replacing=[])
    return sorted(Change("updated", KINDS[row["label"]], row["id"]) for row in rows)


def append(tx: ManagedTransaction, at: datetime, source: str | None, changes: list[Change]) -> None:
    """Append `changes` to the log in their order, numbered after the last one committed."""
    for start in range(0, len(changes), CHUNK):
        rows = [change._asdict() for change in changes[start : start + CHUNK]]
        run_in(tx, "write/changes_append", at=at, source=source, rows=rows)
