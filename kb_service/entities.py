"""Actors, places, conflicts and sources: lists in id order and one record each."""

from __future__ import annotations

from typing import Any

from kb_service import pagination
from kb_service.db import Database
from kb_service.errors import NotFound

# Each kind's list and record queries: the only entity kinds the API serves.
QUERIES = {
    "actor": ("read/actors", "read/actor"),
    "place": ("read/places", "read/place"),
    "conflict": ("read/conflicts", "read/conflict"),
    "source": ("read/sources", "read/source"),
}


def listing(
    db: Database, entity: str, cursor: str | None, limit: int, **filters: Any
) -> pagination.Page:
    """Return one page of entities of the kind `entity` names, in id order."""
    after = pagination.decode(cursor, (str,)) or [""]
    rows = db.read(QUERIES[entity][0], after=after[0], limit=limit + 1, **filters)
    kept, next_cursor = pagination.page_of(rows, limit, lambda row: [row["record"]["id"]])
    return pagination.Page([row["record"] for row in kept], next_cursor)


def record(db: Database, entity: str, ident: str, **params: Any) -> dict[str, Any]:
    """Return one entity of the kind `entity` names, or raise NotFound."""
    rows = db.read(QUERIES[entity][1], id=ident, **params)
    if not rows:
        raise NotFound(entity, ident)
    found: dict[str, Any] = rows[0]["record"]
    return found
