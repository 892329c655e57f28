"""Apply the constraints and indexes in cypher/schema, and tell whether they are in place."""

from __future__ import annotations

import re
from typing import LiteralString

from kb_service.model.dates import band_keys
from kb_service.model.names import keys as name_keys
from kb_service.model.names import of_node
from kb_service.store.cypher import names, statements
from kb_service.store.db import Database

_NAME = re.compile(r"CREATE\s+(?:FULLTEXT\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)", re.IGNORECASE)


def schema_statements() -> list[str]:
    """Return every schema statement, in file order."""
    return [text for name in names("schema") for text in statements(name)]


def expected_names() -> list[str]:
    """Return the names of every constraint and index the schema files create."""
    return [m.group(1) for text in schema_statements() for m in [_NAME.search(text)] if m]


BAND_INDEXES: tuple[LiteralString, ...] = ("event_band_order", "statement_band_order")
RECORD_CONSTRAINT = "record_id"
NAMES_INDEX = "search_names"


def apply_schema(db: Database) -> int:
    """Create every constraint and index that is missing, wait until online; return the count.

    A graph without the band indexes was stored before span bands existed: its nodes get their
    band once, here, and never again on later runs (every ingest stores bands itself). Likewise
    a graph without the record_id constraint gets the shared label Record on its records, and
    one without the names index gets the name keys of its actors, places and conflicts.
    """
    asked = [*BAND_INDEXES, RECORD_CONSTRAINT, NAMES_INDEX]
    present = {row["name"] for row in db.read("admin/schema_state", names=asked)}
    count = 0
    for name in names("schema"):
        count += db.apply_statements(name)
    db.write("admin/await_indexes")
    db.write("admin/write_lock")
    if not present >= set(BAND_INDEXES):
        backfill_bands(db)
    if RECORD_CONSTRAINT not in present:
        backfill_record_label(db)
    if NAMES_INDEX not in present:
        backfill_name_keys(db)
    return count


def backfill_name_keys(db: Database, batch: int = 10_000) -> int:
    """Give entities stored before name keys existed their keys; return how many."""
    done = 0
    while rows := db.read("admin/unkeyed_entities", limit=batch):
        keyed = [
            {"ref": row["ref"], "name_keys": name_keys(n for n, _ in of_node(row["names"]))}
            for row in rows
        ]
        done += db.write("admin/set_name_keys", rows=keyed)[0]["updated"]
    return done


def backfill_record_label(db: Database, batch: int = 10_000) -> int:
    """Give records stored before the shared label Record existed that label; return how many."""
    done = 0
    while labelled := db.write("admin/record_label", limit=batch)[0]["labelled"]:
        done += labelled
    return done


def backfill_bands(db: Database, batch: int = 10_000) -> int:
    """Give dated nodes and claims stored before span bands existed their band; return how many.

    Without a band a node is in no band's index range, so the timeline would not list it.
    """
    done = 0
    while rows := db.read("admin/unbanded", limit=batch):
        keyed = [{"ref": r["ref"], **band_keys(r["start_key"], r["end_key"])} for r in rows]
        done += db.write("admin/set_bands", rows=keyed)[0]["updated"]
    return done


def missing_schema(db: Database) -> list[str]:
    """Return the names of constraints and indexes that are absent or not yet online."""
    expected = expected_names()
    present = db.read("admin/schema_state", names=expected)
    online = {row["name"] for row in present if row["state"] == "ONLINE"}
    return [name for name in expected if name not in online]
