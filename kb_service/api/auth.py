"""API keys for writes: `Authorization: Bearer <key>`, compared in constant time."""

from __future__ import annotations

import hmac
import ipaddress

from flask import request

from kb_service.api.context import settings
from kb_service.errors import Forbidden, InvalidParameter, Unauthorized

WRITE_PARAMETERS = ("dry_run", "strict")  # strict: sources only (api/params.py)


def require_api_key() -> None:
    """Refuse the request unless it carries one of the configured keys in its header."""
    unknown = [name for name in request.args if name not in WRITE_PARAMETERS]
    if unknown:
        # A key in the query string would land in access logs: such requests are refused whole.
        raise InvalidParameter(unknown[0], "is not accepted on write requests")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    keys = settings().api_keys
    if scheme.lower() != "bearer" or not given or not keys:
        raise Unauthorized("this request needs an API key (Authorization: Bearer <key>)")
    matches = [hmac.compare_digest(given.encode(), key.encode()) for key in keys]
    if not any(matches):
        raise Unauthorized("the API key is not valid")


def require_metrics_access() -> None:
    """Refuse /metrics without the metrics token, or, when none is set, from another machine."""
    token = settings().metrics_token
    if token:
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
            raise Unauthorized("/metrics needs the metrics token (Authorization: Bearer <token>)")
        return
    try:
        local = ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        local = False
    if not local:
        raise Forbidden("/metrics answers this machine only; set KB_METRICS_TOKEN to open it")
