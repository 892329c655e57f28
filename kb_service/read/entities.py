"""Actors, places, conflicts and sources: lists in id order and one record each; and every
registry entry with all its names."""

from __future__ import annotations

from typing import Any

from kb_service.errors import NotFound
from kb_service.model import names
from kb_service.model.instants import iso
from kb_service.read import pages
from kb_service.store.db import Database, Reader

# Each kind's list and record queries: the only entity kinds the API serves.
QUERIES = {
    "actor": ("read/actors", "read/actor"),
    "place": ("read/places", "read/place"),
    "conflict": ("read/conflicts", "read/conflict"),
    "source": ("read/sources", "read/source"),
}
TITLES_IN_LANGUAGES = ("title_ar", "title_ru")
WRITE_TIMES = ("ingested_at", "replaced_at")


def listing(
    db: Database, entity: str, cursor: str | None, limit: int, **filters: Any
) -> pages.Page:
    """Return one page of entities of the kind `entity` names, in id order."""
    after = pages.decode(cursor, (str,)) or [""]
    rows = db.read(QUERIES[entity][0], after=after[0], limit=limit + 1, **filters)
    kept, next_cursor = pages.page_of(rows, limit, lambda row: [row["record"]["id"]])
    return pages.Page([_kinded(entity, row["record"]) for row in kept], next_cursor)


def record(db: Database, entity: str, ident: str, **params: Any) -> dict[str, Any]:
    """Return one entity of the kind `entity` names, or raise NotFound."""
    rows = db.read(QUERIES[entity][1], id=ident, **params)
    if not rows:
        raise NotFound(entity, ident)
    found = _kinded(entity, rows[0]["record"])
    for stamped in WRITE_TIMES:  # a source's ingest and replacement
        if stamped in found:
            found[stamped] = None if found[stamped] is None else iso(found[stamped])
    if "aliases" in found:  # stored joined, for the full-text indexes
        found["aliases"] = {lang: names.stored_aliases(a) for lang, a in found["aliases"].items()}
    for listed in ("events", "key_dates"):  # a place's events, a conflict's key dates
        if listed in found:
            found[listed] = [_without_missing_titles(event) for event in found[listed]]
    return found


def _kinded(entity: str, found: dict[str, Any]) -> dict[str, Any]:
    """Name the record's kind `kind` (actor, place, conflict) and an actor's or a place's own
    kind from the vocabulary `actor_kind` or `place_kind`; a source is left as it is."""
    if entity == "source":
        return found
    own = found.pop("kind", None)
    return {"kind": entity, **({f"{entity}_kind": own} if entity != "conflict" else {}), **found}


def _without_missing_titles(event: dict[str, Any]) -> dict[str, Any]:
    # an event's title in its source's words is shown only when the curator gave one, as in
    # the timeline's rows
    return {k: v for k, v in event.items() if v is not None or k not in TITLES_IN_LANGUAGES}


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
