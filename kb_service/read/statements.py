"""Who said what: the statement list and one statement."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kb_service.curation import vocabulary
from kb_service.errors import NotFound
from kb_service.read import pages
from kb_service.read.filters import Filters
from kb_service.read.pages import keyset_params, page_rows, sort_key
from kb_service.read.records import held, records
from kb_service.read.text_filter import matching_ids
from kb_service.store.db import Database, Reader

STATEMENT_QUERIES = {
    "asc": pages.Queries("read/statements_asc", "read/statements_by_ids_asc"),
    "desc": pages.Queries("read/statements_desc", "read/statements_by_ids_desc"),
}


def statement_rows(
    db: Reader, filters: Filters, cursor: str | None, limit: int
) -> list[dict[str, Any]]:
    """Return up to limit+1 (kind, id, keys) rows of statements matching the filters."""
    params = keyset_params(filters, cursor, limit)  # a bad cursor is refused before any query
    if filters.statuses is not None and "occurred" not in filters.statuses:
        return []  # what was said was said: a statement's status is "occurred"
    extra = {
        "speakers": None,
        "addressees": None,
        "about": None,
        "contested": False,
        **filters.statement_filters,
    }
    ids = matching_ids(db, filters.text, ["Statement"])
    for actors in (extra["speakers"], extra["addressees"], filters.actors):
        ids = pages.narrowest(ids, pages.linked_ids(db, "read/statement_ids_of_actors", actors))
    return page_rows(db, STATEMENT_QUERIES, filters, params, ids, kinds=filters.types, **extra)


def statements(db: Database, filters: Filters, cursor: str | None, limit: int) -> pages.Page:
    """Return one page of statements matching the filters, in time order."""
    vocabulary.require_known(db, ("statement_kinds",), filters.types or (), "statement_kind")
    rows = statement_rows(db, filters, cursor, limit)
    kept, next_cursor = pages.page_of(rows, limit, sort_key)
    return pages.Page(records(db, kept, filters.as_of_key, filters.known_on), next_cursor)


def statement(
    db: Database, ident: str, as_of_key: int | None, known_on: datetime | None = None
) -> dict[str, Any]:
    """Return one statement with its speakers, reporting chain, links and evidence (as
    reported by `as_of` and as the knowledge base held it on `known_on`, when given)."""
    found = held(db, [{"kind": "statement", "id": ident}], as_of_key, known_on)
    if not found:
        raise NotFound("statement", ident)
    return found[0]
