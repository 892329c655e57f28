"""Security headers on every response, and the docs page's content security policy."""

from __future__ import annotations

import base64
import hashlib
import re

from flask import Flask, Response, request

DOCS_PREFIX = "/docs"
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def docs_policy(page: bytes) -> str:
    """Allow the docs page its own assets and, by hash, the one inline script that starts
    Swagger UI; no framing by other sites."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(script).digest()).decode() + "'"
        for script in _INLINE_SCRIPT.findall(page)
    )
    # Swagger UI sets inline style attributes and draws data: images, hence those two allowances.
    return (
        f"default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


def _secure(response: Response) -> Response:
    response.headers["X-Content-Type-Options"] = "nosniff"
    if request.path.startswith(DOCS_PREFIX) and response.mimetype == "text/html":
        response.headers["Content-Security-Policy"] = docs_policy(response.get_data())
        response.headers["Referrer-Policy"] = "no-referrer"
    return response


def init_app(app: Flask) -> None:
    """Add the headers to every response, errors included."""
    app.after_request(_secure)
