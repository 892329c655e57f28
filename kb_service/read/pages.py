"""Opaque keyset cursors and pages: page 1,000 costs what page 1 does."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kb_service.errors import InvalidParameter

INT64 = (-(2**63), 2**63 - 1)  # what Neo4j's integers hold: a cursor's numbers must fit


@dataclass(frozen=True)
class Page:
    """One page of records and the cursor of the next page (None on the last page)."""

    items: list[dict[str, Any]]
    next_cursor: str | None


def encode(values: list[Any]) -> str:
    """Return the opaque cursor for a record's sort key."""
    raw = json.dumps(values, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None, shape: tuple[type, ...]) -> list[Any] | None:
    """Return the sort key inside a cursor, checking it has the expected shape."""
    if cursor is None:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error) as exc:
        raise InvalidParameter("cursor", "is not a cursor this API issued") from exc
    valid = isinstance(values, list) and len(values) == len(shape)
    if (
        not valid
        or not all(
            isinstance(value, kind) and not isinstance(value, bool)
            for value, kind in zip(values, shape, strict=True)
        )
        or not all(INT64[0] <= value <= INT64[1] for value in values if isinstance(value, int))
    ):
        raise InvalidParameter("cursor", "is not a cursor this API issued")
    return list(values)


def page_of(
    rows: list[dict[str, Any]], limit: int, sort_key: Callable[[dict[str, Any]], list[Any]]
) -> tuple[list[dict[str, Any]], str | None]:
    """Cut rows fetched with LIMIT limit+1 to a page, and make the next cursor if any."""
    if len(rows) <= limit:
        return rows, None
    kept = rows[:limit]
    return kept, encode(sort_key(kept[-1]))
