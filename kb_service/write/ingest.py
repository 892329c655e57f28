"""Validated documents -> batched, atomic, idempotent writes: one transaction per file.

Every write transaction holds the graph's write lock (cypher/write/lock_writes.cypher) from its
first statement to its commit, so concurrent writers, in any process, queue in Neo4j and each
sees what the one before committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from neo4j import ManagedTransaction

from kb_service.curation import (
    Batch,
    CurationError,
    Document,
    Problem,
    RawFile,
    validate,
    vocabulary,
)
from kb_service.curation.vocabulary import Vocabulary
from kb_service.errors import Conflict
from kb_service.read.entities import registry_entries
from kb_service.store.db import Database, Reader, TransactionReader, run_in
from kb_service.write import change_log, record_summary, registry_update, row_builder, same_record
from kb_service.write.change_log import Change
from kb_service.write.change_report import Report
from kb_service.write.preview import link_of, preview, stored_links, unchanged

T = TypeVar("T")
CHUNK = 2000
LOOK_UP_CHUNK = 20_000


def look_up_labels(reader: Reader) -> Callable[[set[str], frozenset[str]], dict[str, str]]:
    """Return a function that finds the labels of ids already in the database, counting what
    only the sources being replaced assert as gone."""

    def look_up(ids: set[str], replacing: frozenset[str]) -> dict[str, str]:
        """Return {id: label} for the ids that exist, asking in chunks."""
        found: dict[str, str] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), LOOK_UP_CHUNK):
            rows = reader.read(
                "read/labels_of_ids",
                ids=ordered[start : start + LOOK_UP_CHUNK],
                replacing=sorted(replacing),
            )
            found.update({row["id"]: row["label"] for row in rows})
        return found

    return look_up


def look_up_terms(reader: Reader) -> Callable[[], Vocabulary]:
    """Return a function that reads the vocabulary: the base terms and the stored ones."""
    return partial(vocabulary.stored, reader)


def entity_names(reader: Reader) -> Callable[[], list[tuple[str, str, list[str]]]]:
    """Return a function that reads the registry entries with their names (for the ids nearest
    to an unknown one, on the error path only)."""

    def read() -> list[tuple[str, str, list[str]]]:
        return [(e["id"], e["label"], e["names"]) for e in registry_entries(reader)]

    return read


def ingest(
    db: Database,
    files: Iterable[RawFile],
    *,
    dry_run: bool = False,
    progress: Callable[[Document], None] | None = None,
    timeout: float | None = None,
    strict: bool = False,
) -> Report:
    """Validate every file first, then write each in its own transaction (or only preview).
    A new record that looks like a stored one is a warning, or with `strict` an error.

    A write finds the graph as validation left it or refuses it whole: a reference that another
    writer removed in between undoes the file's transaction (Conflict), nothing is dropped.
    """
    batch = validate(
        files, look_up_labels(db), stored_terms=look_up_terms(db), candidates=entity_names(db)
    )
    report = Report(dry_run=dry_run, files=len(batch.files))
    if strict:  # every file is checked before the first write
        same_record.refuse(same_record.of_batch(db, batch))
    for document in batch.documents():
        report.warnings += same_record.warnings(db, document, batch)
        if dry_run:
            report.add(preview(db, document, batch))
        else:
            work = partial(_write, document=document, batch=batch)
            report.add(db.in_write_transaction(locked(work), timeout))
        if progress is not None:
            progress(document)
    return report


def ingest_one(
    db: Database,
    file: RawFile,
    *,
    kind: str,
    dry_run: bool = False,
    timeout: float | None = None,
    strict: bool = False,
) -> Report:
    """Validate and write (or preview) one document of `kind` in one transaction that holds
    the write lock throughout, so it is checked against exactly the graph it changes; a
    preview reads in a read transaction that takes no lock."""

    def work(tx: ManagedTransaction) -> Report:
        """Validate against the graph as it is now, then write or preview."""
        reader = TransactionReader(tx)
        batch = validate(
            [file],
            look_up_labels(reader),
            only=kind,
            stored_terms=look_up_terms(reader),
            candidates=entity_names(reader),
        )
        document = next(batch.documents())
        warned = same_record.warnings(reader, document, batch)  # the graph the write will see
        if strict:
            same_record.refuse(warned)
        report = preview(reader, document, batch) if dry_run else _write(tx, document, batch)
        report.dry_run, report.files, report.warnings = dry_run, 1, warned
        return report

    if dry_run:  # writes nothing: a read transaction, no lock, so no write waits behind it
        return db.in_read_transaction(work, timeout)
    return db.in_write_transaction(locked(work), timeout)


def locked(work: Callable[[ManagedTransaction], T]) -> Callable[[ManagedTransaction], T]:
    """Return `work` holding the graph's write lock from its first statement to its commit."""

    def under_lock(tx: ManagedTransaction) -> T:
        """Take the lock (Neo4j holds it until the commit), then work."""
        run_in(tx, "write/lock_writes")
        return work(tx)

    return under_lock


def _chunks(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _write(tx: ManagedTransaction, document: Document, batch: Batch) -> Report:
    # A retried transaction starts again from a clean report of this document's counts.
    report = Report()
    at = change_log.clock(tx)
    source = None  # registry and vocabulary writes are no source's
    if document.kind == "vocabulary":
        changes = _write_vocabulary(tx, document, report)
    elif document.kind == "registry":
        changes = _write_registry(tx, document, report)
    else:
        source = document.data["id"]
        changes = _write_source(tx, document, batch, report, at)
    change_log.append(tx, at, source, changes)
    return report


def _write_vocabulary(tx: ManagedTransaction, document: Document, report: Report) -> list[Change]:
    rows = row_builder.term_rows(document)
    changes: list[Change] = []
    moved: set[str] = set()
    for chunk in _chunks(rows):
        result = run_in(tx, "write/vocabulary_terms", rows=chunk)[0]
        report.created["Term"] += result["created"]
        report.updated["Term"] += result["updated"]
        changes += change_log.of_rows("Term", result["changes"])
        moved.update(result["recategorised"])
    # Events and statements whose PLOVER or CAMEO category a term change carried to them.
    return changes + change_log.updated(tx, moved)


def _write_registry(tx: ManagedTransaction, document: Document, report: Report) -> list[Change]:
    # Merged onto the entries as stored now, under the write lock (write/registry_update).
    merged = registry_update.plan(TransactionReader(tx), document)
    report.registry_changes += merged.changes
    rows = merged.rows
    changes: list[Change] = []
    for label in ("Actor", "Place", "Conflict"):
        labelled = [row for row in rows if row["label"] == label]
        for chunk in _chunks(labelled):
            result = run_in(tx, "write/registry_entities", rows=chunk)[0]
            report.created[label] += result["created"]
            report.updated[label] += result["updated"]
            changes += change_log.of_rows(label, result["changes"])
    return changes


def _write_source(
    tx: ManagedTransaction, document: Document, batch: Batch, report: Report, at: datetime
) -> list[Change]:
    source_id = document.data["id"]
    rows = row_builder.SourceRows.of(document, batch.labels, batch.vocabulary)
    if unchanged(TransactionReader(tx), rows.source):
        return []  # the same document again: nothing to write, nothing to report
    assertions, links = rows.assertions, rows.links
    states = change_log.states(tx, (row["id"] for row in assertions), source_id)
    before = run_in(tx, "write/source_detach", source=source_id)
    result = run_in(tx, "write/source_upsert", source=rows.source, passages=rows.passages, at=at)[0]
    report.created["Source"] += result["created"]
    report.updated["Source"] += result["updated"]
    for chunk in _chunks(assertions):
        for row in run_in(tx, "write/assertions_upsert", rows=chunk):
            report.created[row["label"]] += row["created"]
            report.updated[row["label"]] += row["updated"]
    for chunk in _chunks(assertions):
        run_in(tx, "write/assertions_claim", source=source_id, rows=chunk)
    _stamp_claims(tx, source_id, at, before)
    for chunk in _chunks(links):
        created = run_in(tx, "write/links_create", source=source_id, rows=chunk)[0]["created"]
        if created != len(chunk):
            raise Conflict("a record this source cites was removed by another write; send it again")
    report.count_links(stored_links(before), (link_of(row) for row in links))
    touched = sorted({row["id"] for row in before} | {row["id"] for row in assertions})
    _refuse_dangling(document, settle(tx, touched, report))
    op = "created" if result["created"] else "updated"
    after = change_log.states(tx, touched, None)
    return [Change(op, "source", source_id), *change_log.compare(states, after)]


def _stamp_claims(
    tx: ManagedTransaction, source_id: str, at: datetime, detached: list[dict[str, Any]]
) -> None:
    """Stamp the source's claims with when it first asserted each record."""
    since = {
        row["id"]: change_log.utc(row["known_since"])
        for row in detached
        if row["known_since"] is not None
    }
    run_in(tx, "write/changes_stamp_claims", source=source_id, at=at, since=since)


def _refuse_dangling(document: Document, dangling: list[str]) -> None:
    if dangling:  # raised inside the transaction: the whole write is undone
        message = "is cited by another source, but only the version of this source it replaces"
        problems = [Problem(document.name, 0, "", f"'{i}' {message} asserted it") for i in dangling]
        raise CurationError(problems)


def settle(tx: ManagedTransaction, ids: list[str], report: Report) -> list[str]:
    """Rebuild or delete the assertions `ids` from the sources left asserting them; return the
    ids deleted that another source still cites (the caller must then undo the transaction).
    Events and statements then take their summary date from all their versions."""
    dangling: list[str] = []
    for start in range(0, len(ids), CHUNK):
        for row in run_in(tx, "write/assertions_settle", ids=ids[start : start + CHUNK]):
            report.removed[row["label"]] += row["removed"]
            dangling += row["dangling"]
        record_summary.summarise(tx, ids[start : start + CHUNK])
    return sorted(dangling)
