"""Full-text search across Arabic, English and Russian, and text filters for other queries."""

from __future__ import annotations

from typing import Any

from kb_service.db import Database, Reader

SEARCHABLE = ("Actor", "Place", "Conflict", "Event", "Statement")
_MAX_TERMS = 20
TEXT_FILTER_LIMIT = 10_000


def lucene_query(text: str, *, all_terms: bool) -> str | None:
    """Turn user words into a Lucene query: each word a quoted term, so that nothing the user
    types (AND, OR, NOT, brackets, wildcards) is read as query syntax."""
    words = text.split()[:_MAX_TERMS]
    terms = ['"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"' for word in words]
    if not terms:
        return None
    return (" AND " if all_terms else " OR ").join(terms)


def search(db: Database, text: str, types: list[str] | None, limit: int) -> list[dict[str, Any]]:
    """Rank actors, places, conflicts, events and statements matching the words, best first."""
    query = lucene_query(text, all_terms=False)
    if query is None:
        return []
    labels = [label for label in SEARCHABLE if types is None or label.lower() in types]
    return db.read("read/text_matches", q=query, labels=labels, limit=limit)


def matching_ids(db: Reader, text: str | None, labels: list[str]) -> list[str] | None:
    """Return ids of records containing every word (None when there is no text filter)."""
    if text is None:
        return None
    query = lucene_query(text, all_terms=True)
    if query is None:
        return None
    rows = db.read("read/text_matches", q=query, labels=labels, limit=TEXT_FILTER_LIMIT)
    return [row["id"] for row in rows]
