"""Who said what: the statement list and one statement."""

from __future__ import annotations

from typing import Any

from kb_service import pagination
from kb_service.curation import vocabulary
from kb_service.db import Database
from kb_service.errors import NotFound
from kb_service.keyset import sort_key
from kb_service.timeline import Filters, records, statement_rows


def statements(db: Database, filters: Filters, cursor: str | None, limit: int) -> pagination.Page:
    """Return one page of statements matching the filters, in time order."""
    vocabulary.require_known(db, ("statement_kinds",), filters.types or (), "kind")
    rows = statement_rows(db, filters, cursor, limit)
    kept, next_cursor = pagination.page_of(rows, limit, sort_key)
    return pagination.Page(records(db, kept, filters.as_of_key), next_cursor)


def statement(db: Database, ident: str, as_of_key: int | None) -> dict[str, Any]:
    """Return one statement with its speakers, reporting chain, links and evidence."""
    found = records(db, [{"kind": "statement", "id": ident}], as_of_key)
    if not found or (as_of_key is not None and not found[0]["evidence"]):
        raise NotFound("statement", ident)
    return found[0]
