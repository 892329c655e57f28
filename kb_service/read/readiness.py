"""Whether the graph can answer: Neo4j is reachable and every constraint and index is online."""

from __future__ import annotations

from kb_service.store.db import Database
from kb_service.store.schema import missing_schema


def not_online(db: Database) -> list[str]:
    """Check that Neo4j answers (else DatabaseUnavailable) and return the names of the schema
    items not online yet: none when the graph is ready."""
    db.ping()
    return missing_schema(db)
