"""What changed since a client's last pull: the change log in commit order, from a cursor.

Every write appends its changes under the graph's write lock, numbered by a counter in the same
transaction (kb_service/write/change_log), so the numbers follow commit order. A cursor names
the last change a client has seen: `<payload>.<signature>`, the payload being [seq, at] as JSON
in base64url and the signature HMAC-SHA256 of it. A cursor is taken only if its signature
matches and the log still holds that change at that time, so a forged one, or one from before
the database was emptied, is refused rather than silently skipping or repeating changes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from datetime import UTC, datetime
from typing import Any

from kb_service.errors import InvalidParameter
from kb_service.model.instants import iso
from kb_service.store.db import Reader

PARAMETER = "since"
MAX_TOKEN_CHARS = 512
# Signs cursors when the service has no key (a read-only service): the check against the log
# still refuses any cursor that names no change it holds.
UNKEYED = b"kb-changes-cursor\x00"
START = (0, "")
NOT_ISSUED = "is not a cursor this API issued"


def changes(db: Reader, since: str | None, limit: int, key: bytes | None) -> dict[str, Any]:
    """Return the changes after the cursor `since` (all of them when None), `limit` at most, as
    {data, next_cursor, has_more}; the cursor resumes after the last change returned."""
    signing = key or UNKEYED
    after = _position(db, since, signing)
    upto = db.read("read/changes_upto")[0]["upto"]  # read first: the page stops there
    rows = db.read("read/changes_page", after=after[0], upto=upto, limit=limit + 1)
    items = [{**row, "at": iso(row["at"])} for row in rows[:limit]]
    last = (items[-1]["seq"], items[-1]["at"]) if items else after
    return {"data": items, "next_cursor": issue(last, signing), "has_more": len(rows) > limit}


def issue(position: tuple[int, str], key: bytes) -> str:
    """Return the signed cursor of a position in the log: (seq, at) of its last change."""
    payload = _encode(json.dumps(list(position), separators=(",", ":")).encode())
    return f"{payload}.{_signature(payload, key)}"


def read_position(token: str, key: bytes) -> tuple[int, str]:
    """Return the (seq, at) a cursor names, refusing (400, naming `since`) one not signed here."""
    payload, dot, signature = token.partition(".")
    if len(token) > MAX_TOKEN_CHARS or not dot:
        raise InvalidParameter(PARAMETER, NOT_ISSUED)
    if not hmac.compare_digest(signature.encode(), _signature(payload, key).encode()):
        raise InvalidParameter(PARAMETER, NOT_ISSUED)
    try:
        values = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, UnicodeError, binascii.Error) as exc:
        raise InvalidParameter(PARAMETER, NOT_ISSUED) from exc
    if not (
        isinstance(values, list)
        and len(values) == 2
        and type(values[0]) is int
        and 0 <= values[0] < 2**63
        and isinstance(values[1], str)
    ):
        raise InvalidParameter(PARAMETER, NOT_ISSUED)
    return values[0], values[1]


def _position(db: Reader, since: str | None, key: bytes) -> tuple[int, str]:
    """Return the position a cursor names, checked against the log."""
    if since is None:
        return START
    seq, at = read_position(since, key)
    if (seq, at) == START:
        return START
    found = db.read("read/changes_at", seq=seq)
    if not found or iso(found[0]["at"]) != at:
        raise InvalidParameter(
            PARAMETER, "names a change this knowledge base does not hold: start again without it"
        )
    return seq, at


def known_on(text: str) -> datetime:
    """Return the time an `as_known_on` value names: an ISO-8601 datetime (UTC when it names
    no offset), or a date, meaning the end of that day in UTC."""
    try:
        if len(text) == 10:
            day = datetime.fromisoformat(text)
            return day.replace(hour=23, minute=59, second=59, microsecond=999_000, tzinfo=UTC)
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError("is not an ISO-8601 date or datetime") from exc
    # At offset +00:00, as the write times are stored: Neo4j does not order the same instant
    # at two offsets (or at an offset and a zone id) as equal.
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _signature(payload: str, key: bytes) -> str:
    return _encode(hmac.new(key, payload.encode(), hashlib.sha256).digest())


def _encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")
