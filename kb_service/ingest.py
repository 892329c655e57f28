"""Validated documents -> batched, atomic, idempotent writes: one transaction per file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from neo4j import ManagedTransaction

from kb_service import graph_rows
from kb_service.curation import Batch, Document, RawFile, validate
from kb_service.db import Database, run_in
from kb_service.errors import NotFound

CHUNK = 2000
LOOK_UP_CHUNK = 20_000
KINDS = ("Source", "Actor", "Place", "Conflict", "Event", "Statement", "Relation")


@dataclass
class Report:
    """What an ingest changed (or, in a dry run, would change), per kind of record."""

    dry_run: bool = False
    files: int = 0
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        """Return the counts as a JSON-ready mapping."""
        return {
            "dry_run": self.dry_run,
            "files": self.files,
            "counts": {
                kind: {
                    "created": self.created[kind],
                    "updated": self.updated[kind],
                    "removed": self.removed[kind],
                }
                for kind in KINDS
            },
        }


def look_up_labels(db: Database) -> Callable[[set[str]], dict[str, str]]:
    """Return a function that finds the labels of ids already in the database."""

    def look_up(ids: set[str]) -> dict[str, str]:
        """Return {id: label} for the ids that exist, asking in chunks."""
        found: dict[str, str] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), LOOK_UP_CHUNK):
            rows = db.read("read/labels_of_ids", ids=ordered[start : start + LOOK_UP_CHUNK])
            found.update({row["id"]: row["label"] for row in rows})
        return found

    return look_up


def ingest(
    db: Database,
    files: Iterable[RawFile],
    *,
    dry_run: bool = False,
    sources_only: bool = False,
    progress: Callable[[Document], None] | None = None,
    timeout: float | None = None,
) -> Report:
    """Validate every file first, then write each in its own transaction (or only preview)."""
    batch = validate(files, look_up_labels(db), sources_only=sources_only)
    report = Report(dry_run=dry_run, files=len(batch.files))
    for document in batch.documents():
        if dry_run:
            _preview(db, document, report)
        else:
            work = partial(_write, document=document, batch=batch, report=report)
            db.in_write_transaction(work, timeout)
        if progress is not None:
            progress(document)
    return report


def _chunks(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _write(tx: ManagedTransaction, document: Document, batch: Batch, report: Report) -> None:
    # A retried transaction starts again from a clean report of this document's counts.
    partial_report = Report()
    if document.kind == "registry":
        _write_registry(tx, document, partial_report)
    else:
        _write_source(tx, document, batch, partial_report)
    report.created.update(partial_report.created)
    report.updated.update(partial_report.updated)
    report.removed.update(partial_report.removed)


def _write_registry(tx: ManagedTransaction, document: Document, report: Report) -> None:
    rows = graph_rows.registry_rows(document)
    for label in ("Actor", "Place", "Conflict"):
        labelled = [row for row in rows if row["label"] == label]
        for chunk in _chunks(labelled):
            result = run_in(tx, "write/registry_entities", rows=chunk)[0]
            report.created[label] += result["created"]
            report.updated[label] += result["updated"]


def _write_source(tx: ManagedTransaction, document: Document, batch: Batch, report: Report) -> None:
    source_id = document.data["id"]
    before = run_in(tx, "write/source_detach", source=source_id)
    result = run_in(
        tx,
        "write/source_upsert",
        source=graph_rows.source_props(document),
        passages=graph_rows.passage_rows(document),
    )[0]
    report.created["Source"] += result["created"]
    report.updated["Source"] += result["updated"]
    assertions = graph_rows.assertion_rows(document)
    for chunk in _chunks(assertions):
        for row in run_in(tx, "write/assertions_upsert", rows=chunk):
            report.created[row["label"]] += row["created"]
            report.updated[row["label"]] += row["updated"]
    for chunk in _chunks(assertions):
        run_in(tx, "write/assertions_claim", source=source_id, rows=chunk)
    labels = batch.labels.over(_passage_labels(document))
    for chunk in _chunks(graph_rows.link_rows(document, labels)):
        run_in(tx, "write/links_create", source=source_id, rows=chunk)
    touched = sorted({row["id"] for row in before} | {row["id"] for row in assertions})
    for chunk in _chunks([{"id": ident} for ident in touched]):
        for row in run_in(tx, "write/assertions_settle", ids=[r["id"] for r in chunk]):
            report.removed[row["label"]] += row["removed"]


def _passage_labels(document: Document) -> dict[str, str]:
    return {row["id"]: "Passage" for row in graph_rows.passage_rows(document)}


def _preview(db: Database, document: Document, report: Report) -> None:
    if document.kind == "registry":
        rows = graph_rows.registry_rows(document)
    else:
        source = graph_rows.source_props(document)
        rows = [
            {"label": "Source", "id": source["id"], "props": source},
            *graph_rows.assertion_rows(document),
        ]
        new_ids = {row["id"] for row in rows}
        for row in db.read("read/source_support", source=source["id"]):
            if row["id"] not in new_ids and not row["shared"]:
                report.removed[row["label"]] += 1
    stored = db.read(
        "read/stored_fingerprints", rows=[{"label": r["label"], "id": r["id"]} for r in rows]
    )
    known = {(row["label"], row["id"]): row["fingerprint"] for row in stored}
    for row in rows:
        before = known.get((row["label"], row["id"]))
        if before is None:
            report.created[row["label"]] += 1
        elif before != row["props"]["fingerprint"]:
            report.updated[row["label"]] += 1


def retract(db: Database, source_id: str, timeout: float | None = None) -> Report:
    """Delete a source and every assertion that only it supported, in one transaction."""
    report = Report(files=1)

    def work(tx: ManagedTransaction) -> None:
        """Detach the source's claims, settle what they touched, delete the source."""
        report.removed.clear()  # a retried transaction counts from zero again
        before = run_in(tx, "write/source_detach", source=source_id)
        touched = [row["id"] for row in before]
        for row in run_in(tx, "write/assertions_settle", ids=touched):
            report.removed[row["label"]] += row["removed"]
        deleted = run_in(tx, "write/source_delete", source=source_id)[0]["deleted"]
        if not deleted:
            raise NotFound("source", source_id)
        report.removed["Source"] += deleted

    db.in_write_transaction(work, timeout)
    return report


def coverage(db: Database, source_id: str) -> list[dict[str, Any]]:
    """List the passages with content of a source that no assertion cites."""
    if not db.read("read/labels_of_ids", ids=[source_id]):
        raise NotFound("source", source_id)
    return db.read("read/coverage", source=source_id)
