"""A registry document merged onto the stored entries it names, inside the write transaction
that holds the graph's write lock, so that concurrent writers each merge onto what the one
before committed (curation/registry_merge); and the places checked to form a tree."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kb_service.curation import CurationError, Document, Problem, place_tree, registry_merge
from kb_service.curation.checks import REGISTRY_LABELS
from kb_service.store.db import Reader
from kb_service.write.row_builder import registry_row
from kb_service.write.source_links import Row


@dataclass(frozen=True)
class Plan:
    """The rows to write (each entry merged onto its stored version) and, per entry created or
    updated, what happened to its fields."""

    rows: list[Row]
    changes: list[dict[str, Any]]


def plan(reader: Reader, document: Document) -> Plan:
    """Merge every entry of a registry document onto the graph as `reader` sees it; raise
    CurationError (nothing to write) for a `remove:` that cannot be done or a loop of places."""
    entries = list(_entries(document))
    stored = {
        row["id"]: row["props"]
        for row in reader.read("read/registry_stored_props", ids=[e[3]["id"] for e in entries])
    }
    problems: list[Problem] = []
    rows: list[Row] = []
    changes: list[dict[str, Any]] = []
    places: dict[str, str | None] = {}
    for section, index, label, item in entries:
        before = stored.get(item["id"])
        missing = [] if before else _required_of_new(label, item)
        if missing:
            problems += [document.problem((section, index, *path), m) for path, m in missing]
            continue
        merged = registry_merge.merge(
            registry_merge.entry_of_props(before) if before else None, item
        )
        problems += [document.problem((section, index, *p), m) for p, m in merged.problems]
        row = registry_row(label, merged.entry)
        rows.append(row)
        if label == "Place":
            places[item["id"]] = merged.entry.get("within")
        change = _change(before, row["props"]["fingerprint"])
        if change:
            fields = merged.fields if change == "updated" else {}
            changes.append({"id": item["id"], "kind": label, "change": change, "fields": fields})
    problems += _loops(reader, document, places)
    if problems:
        raise CurationError(problems)
    return Plan(rows, changes)


def _required_of_new(label: str, item: Mapping[str, Any]) -> list[tuple[tuple[str, ...], str]]:
    """Return what a new entry lacks: an update may leave out names.en and kind (the stored
    ones are kept), but an entry not stored yet must give them."""
    new = f"is required: '{item['id']}' is a new entry (an update of a stored one may leave it out)"
    missing: list[tuple[tuple[str, ...], str]] = []
    if not item["names"].get("en"):
        missing.append((("names", "en"), new))
    if label in ("Actor", "Place") and not item.get("kind"):
        missing.append((("kind",), new))
    return missing


def _entries(document: Document) -> Iterator[tuple[str, int, str, dict[str, Any]]]:
    for section, label in REGISTRY_LABELS.items():
        for index, item in enumerate(document.data[section]):
            yield section, index, label, item


def _change(before: Mapping[str, Any] | None, fingerprint: str) -> str | None:
    if before is None:
        return "created"
    return "updated" if before.get("fingerprint") != fingerprint else None


def _loops(reader: Reader, document: Document, places: dict[str, str | None]) -> list[Problem]:
    """Report each loop of `within` that the document's places would close."""

    def stored(ids: list[str]) -> dict[str, str | None]:
        """Return the stored `within` of the places among `ids`."""
        return {row["id"]: row["within"] for row in reader.read("read/places_within", ids=ids)}

    index = {item["id"]: i for i, item in enumerate(document.data["places"])}
    problems = []
    for place, loop in place_tree.cycles(places, stored):
        message = (
            f"places must form a tree, but '{place}' would lie within itself: "
            f"{place_tree.chain(loop)}"
        )
        problems.append(document.problem(("places", index[place], "within"), message))
    return problems
