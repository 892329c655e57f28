"""What a write would change, counted without writing (dry runs), and the comparisons the write
shares with it: the same document again, and links as the report counts them."""

from __future__ import annotations

from typing import Any

from kb_service.curation import Batch, Document
from kb_service.store.db import Reader
from kb_service.write import registry_update, row_builder
from kb_service.write.change_report import Link, Report

LINK_FIELDS = ("type", "from", "to", "role", "position", "quote", "note")


def link_of(row: dict[str, Any]) -> Link:
    """Return a link row as the tuple the report compares."""
    return tuple(row.get(key) for key in LINK_FIELDS)


def stored_links(detached: list[dict[str, Any]]) -> list[Link]:
    """Return the links write/source_detach removed, as tuples."""
    return [tuple(link) for row in detached for link in row["links"]]


def unchanged(reader: Reader, source: dict[str, Any]) -> bool:
    """Tell whether the stored source was written from this very document."""
    rows = reader.read("read/source_document_fingerprint", source=source["id"])
    return bool(rows) and rows[0]["fingerprint"] == source["document_fingerprint"]


def preview(reader: Reader, document: Document, batch: Batch) -> Report:
    """Count what writing `document` would create, update and remove, writing nothing."""
    report = Report(dry_run=True)
    if document.kind == "vocabulary":
        rows = row_builder.term_rows(document)
        stored = reader.read("read/stored_term_fingerprints", keys=[r["key"] for r in rows])
        known = {row["key"]: row["fingerprint"] for row in stored}
        for row in rows:
            _count(report, "Term", known.get(row["key"]), row["props"]["fingerprint"])
        return report
    if document.kind == "registry":
        merged = registry_update.plan(reader, document)
        report.registry_changes += merged.changes
        rows = merged.rows
    else:
        written = row_builder.SourceRows.of(document, batch.labels, batch.vocabulary)
        source = written.source
        if unchanged(reader, source):
            return report
        rows = [{"label": "Source", "id": source["id"], "props": source}, *written.assertions]
        links = reader.read("read/source_links", source=source["id"])
        report.count_links([tuple(r["link"]) for r in links], map(link_of, written.links))
        new_ids = {row["id"] for row in rows}
        for row in reader.read("read/source_support", source=source["id"]):
            if row["id"] not in new_ids and not row["shared"]:
                report.removed[row["label"]] += 1
    stored = reader.read(
        "read/stored_fingerprints", rows=[{"label": r["label"], "id": r["id"]} for r in rows]
    )
    known = {(row["label"], row["id"]): row["fingerprint"] for row in stored}
    for row in rows:
        before = known.get((row["label"], row["id"]))
        _count(report, row["label"], before, row["props"]["fingerprint"])
    return report


def _count(report: Report, label: str, before: str | None, after: str) -> None:
    """Count a record a write would create (no stored fingerprint) or update (another one)."""
    if before is None:
        report.created[label] += 1
    elif before != after:
        report.updated[label] += 1
