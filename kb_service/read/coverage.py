"""Which passages of a source no assertion cites: what a curator has still to read."""

from __future__ import annotations

from typing import Any

from kb_service.errors import NotFound
from kb_service.store.db import Database


def coverage(db: Database, source_id: str) -> list[dict[str, Any]]:
    """List the passages with content of a source that no assertion cites."""
    if not db.read("read/labels_of_ids", ids=[source_id], replacing=[]):
        raise NotFound("source", source_id)
    return db.read("read/coverage", source=source_id)
