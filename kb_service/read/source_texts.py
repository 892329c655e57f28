"""A source's stored text, and where each evidence quote lies in it (for Web Annotations)."""

from __future__ import annotations

from typing import Any

from kb_service.errors import NotFound
from kb_service.model.anchors import stored_text
from kb_service.store.db import Reader


def text(db: Reader, source_id: str) -> str:
    """Return the stored text of a source: its passages joined by "\\n", in order."""
    rows = db.read("read/source_text", id=source_id)
    if not rows:
        raise NotFound("source", source_id)
    return stored_text(rows[0]["passages"])


def anchored_evidence(
    db: Reader, ids: list[str], sources: dict[str, list[str]]
) -> list[dict[str, Any]]:
    """Return, in the order of `ids`, each event's and statement's evidence with its place in
    the stored text, its speakers and its reporting chain (only what `sources` name per record
    say)."""
    rows = db.read("read/source_text_anchors", ids=ids, sources=sources)
    by_id = {row["id"]: row for row in rows}
    return [by_id[ident] for ident in dict.fromkeys(ids) if ident in by_id]
