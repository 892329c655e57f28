"""Actors, places, conflicts and sources: lists in id order and one record each; and every
registry entry with all its names."""

from __future__ import annotations

from typing import Any

from kb_service.errors import NotFound
from kb_service.model import names
from kb_service.read import pages
from kb_service.store.db import Database, Reader

# Each kind's list and record queries: the only entity kinds the API serves.
QUERIES = {
    "actor": ("read/actors", "read/actor"),
    "place": ("read/places", "read/place"),
    "conflict": ("read/conflicts", "read/conflict"),
    "source": ("read/sources", "read/source"),
}


def listing(
    db: Database, entity: str, cursor: str | None, limit: int, **filters: Any
) -> pages.Page:
    """Return one page of entities of the kind `entity` names, in id order."""
    after = pages.decode(cursor, (str,)) or [""]
    rows = db.read(QUERIES[entity][0], after=after[0], limit=limit + 1, **filters)
    kept, next_cursor = pages.page_of(rows, limit, lambda row: [row["record"]["id"]])
    return pages.Page([row["record"] for row in kept], next_cursor)


def record(db: Database, entity: str, ident: str, **params: Any) -> dict[str, Any]:
    """Return one entity of the kind `entity` names, or raise NotFound."""
    rows = db.read(QUERIES[entity][1], id=ident, **params)
    if not rows:
        raise NotFound(entity, ident)
    found: dict[str, Any] = rows[0]["record"]
    return found


def registry_entries(reader: Reader) -> list[dict[str, Any]]:
    """Return every stored actor, place and conflict: id, label, kind and all its names (what
    `kb draft --database` matches a text against)."""
    return [
        {
            "id": row["id"],
            "label": row["label"],
            "kind": row["kind"],
            "names": [name for name, _ in names.of_node(row["names"])],
        }
        for row in reader.read("read/entity_names")
    ]
