"""Read your own writes across workers and hosts: every write answers a signed consistency
token (the Neo4j bookmarks of its transaction); a read that sends it back waits, in Neo4j, until
the database it reads from has caught up with that write.

The token is `<payload>.<signature>`: the payload is the sorted bookmarks as JSON, base64url;
the signature is HMAC-SHA256 of the payload with KB_TOKEN_SECRET, or, when that is empty, with
a key derived from KB_API_KEYS (every worker and host with the same keys derives the same one).
It is signed because a bookmark makes Neo4j wait: a forged one could hold a worker.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Sequence

from flask import Flask, Response, request

from kb_service.api.request_context import settings
from kb_service.config import Settings
from kb_service.errors import InvalidParameter
from kb_service.store import causal

HEADER = causal.CARRIER
MAX_TOKEN_CHARS = 8192  # a token holds one bookmark per database: a few hundred characters
_DERIVED_KEY_LABEL = b"kb-consistency-token\x00"


def signing_key(config: Settings) -> bytes | None:
    """Return the key tokens are signed with, or None when the service takes no writes."""
    if config.token_secret:
        return config.token_secret.encode()
    if config.api_keys:
        keys = "\n".join(sorted(config.api_keys)).encode()
        return hashlib.sha256(_DERIVED_KEY_LABEL + keys).digest()
    return None


def issue(bookmarks: Sequence[str], key: bytes) -> str:
    """Return the signed token that names `bookmarks`."""
    payload = _encode(json.dumps(sorted(bookmarks), separators=(",", ":")).encode())
    return f"{payload}.{_signature(payload, key)}"


def verify(token: str, key: bytes | None) -> list[str]:
    """Return the bookmarks a token names, refusing (400, naming the header) one this service
    did not sign."""
    if key is None:
        raise InvalidParameter(HEADER, "cannot be checked: this service takes no writes")
    payload, dot, signature = token.partition(".")
    if len(token) > MAX_TOKEN_CHARS or not dot:
        raise InvalidParameter(HEADER, "is not a token this service issued")
    if not hmac.compare_digest(signature.encode(), _signature(payload, key).encode()):
        raise InvalidParameter(HEADER, "has a signature that does not match: send it unchanged")
    try:
        bookmarks = json.loads(_decode(payload))
    except (ValueError, binascii.Error) as exc:  # signed, so only a key shared by mistake
        raise InvalidParameter(HEADER, "is not a token this service issued") from exc
    if not isinstance(bookmarks, list) or not all(isinstance(b, str) for b in bookmarks):
        raise InvalidParameter(HEADER, "is not a token this service issued")
    return bookmarks


def _signature(payload: str, key: bytes) -> str:
    return _encode(hmac.new(key, payload.encode(), hashlib.sha256).digest())


def _encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _await_token() -> None:
    # Reset first, so that nothing of an earlier request in this thread is carried over.
    causal.start()
    token = request.headers.get(HEADER)
    if token:
        causal.start(verify(token.strip(), signing_key(settings())))


def _answer_token(response: Response) -> Response:
    committed = causal.committed()
    key = signing_key(settings())
    if committed and key is not None:
        response.headers[HEADER] = issue(committed, key)
    return response


def _forget(_: BaseException | None) -> None:
    causal.start()


def init_app(app: Flask) -> None:
    """Make each request's reads wait for the token it sends, and answer each write's token."""
    app.before_request(_await_token)
    app.after_request(_answer_token)
    app.teardown_request(_forget)
