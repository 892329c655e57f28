"""The documented CSV column sets, and how each record is flattened into one row.

A cell that holds a list (ids, quotes, passages) is a JSON array (`["russia","france"]`): a
separator such as " | " could appear inside a quote, an array cannot be misread.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

TIMELINE = [
    "kind",
    "id",
    "type",
    "status",
    "title",
    "date",
    "earliest",
    "latest",
    "precision",
    "uncertain",
    "approximate",
    "conflict",
    "actors",
    "places",
    "quote",
    "sources",
    "passages",
]
STATEMENTS = [
    "id",
    "kind",
    "date",
    "earliest",
    "latest",
    "precision",
    "uncertain",
    "speakers",
    "addressees",
    "reported_via",
    "about",
    "text_en",
    "quote",
    "language",
    "contradicts",
    "conflict",
    "sources",
    "passages",
]
ENTITIES = ["id", "kind", "name_en", "name_ar", "name_ru", "wikidata"]
SOURCES = ["id", "title", "publisher", "published", "language", "passage_count"]
SEARCH = [
    "type",
    "id",
    "name",
    "name_original",
    "match",
    "matched_name",
    "matched_language",
    "score",
]


def cell(values: Iterable[Any]) -> str:
    """Return a list as one CSV cell: a JSON array of strings."""
    return json.dumps([str(value) for value in values], ensure_ascii=False, separators=(",", ":"))


def _ids(items: list[dict[str, Any]]) -> str:
    return cell(item["id"] for item in items)


def _dated(record: dict[str, Any]) -> dict[str, Any]:
    date = record["date"]
    return {
        "date": date["edtf"],
        "earliest": date["earliest"],
        "latest": date["latest"],
        "precision": date["precision"],
        "uncertain": date["uncertain"],
        "approximate": date["approximate"],
    }


def _evidence(record: dict[str, Any]) -> dict[str, Any]:
    evidence = record["evidence"]
    return {
        "sources": cell(sorted({e["source"]["id"] for e in evidence})),
        "passages": cell(f"{e['source']['id']}#{e['passage']}" for e in evidence),
    }


def timeline_row(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten an event or a statement into the timeline columns."""
    if record["kind"] == "statement":
        return {
            "kind": "statement",
            "id": record["id"],
            "type": record["statement_kind"],
            "status": record["status"],
            "title": record["text_en"],
            **_dated(record),
            "conflict": record["conflict"],
            "actors": _ids(record["speakers"]),
            "places": cell([record["place"]] if record["place"] else []),
            "quote": cell([record["quote"]]),
            **_evidence(record),
        }
    quotes = cell(e["quote"] for e in record["evidence"])
    return {
        "kind": "event",
        "id": record["id"],
        "type": record["type"],
        "status": record["status"],
        "title": record["title"],
        **_dated(record),
        "conflict": record["conflict"],
        "actors": _ids(record["participants"]),
        "places": _ids(record["places"]),
        "quote": quotes,
        **_evidence(record),
    }


def statement_row(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten a statement into the statement columns."""
    return {
        "id": record["id"],
        "kind": record["statement_kind"],
        **_dated(record),
        "speakers": _ids(record["speakers"]),
        "addressees": _ids(record["addressees"]),
        "reported_via": _ids(record["reported_via"]),
        "about": _ids(record["about"]),
        "text_en": record["text_en"],
        "quote": record["quote"],
        "language": record["language"],
        "contradicts": cell(record["contradicts"]),
        "conflict": record["conflict"],
        **_evidence(record),
    }


def entity_row(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten an actor, place or conflict."""
    names = record["names"]
    return {
        "id": record["id"],
        "kind": record.get("actor_kind") or record.get("place_kind") or "",
        "name_en": names["en"],
        "name_ar": names["ar"],
        "name_ru": names["ru"],
        "wikidata": record["wikidata"],
    }


def plain_row(record: dict[str, Any]) -> dict[str, Any]:
    """Use a flat record as it is."""
    return record
