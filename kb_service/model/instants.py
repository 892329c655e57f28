"""Instants the knowledge base stamps on its writes, written as clients read them."""

from __future__ import annotations

from datetime import UTC
from typing import Any


def iso(at: Any) -> str:
    """Return a stored time (a Neo4j or Python datetime) as ISO-8601 UTC to the millisecond."""
    native = at.to_native() if hasattr(at, "to_native") else at
    text = native.astimezone(UTC).isoformat(timespec="milliseconds")
    return str(text).replace("+00:00", "Z")
