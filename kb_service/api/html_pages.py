"""The HTML pages (the embeds, the workbench, the docs): their parameters checked as the API
checks them, what is wrong shown as a page (still a 400, not problem+json), the headers every
page carries, and the security headers on every response."""

from __future__ import annotations

import base64
import hashlib
import re

from flask import Flask, Response, render_template, request
from marshmallow import Schema
from werkzeug.exceptions import HTTPException

from kb_service.api.blueprint import PARSER
from kb_service.api.error_responses import invalid_parameters

DOCS_PREFIX = "/docs"
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def html(body: str, policy: str, status: int = 200, *, cache: str | None = None) -> Response:
    """Answer a page under its Content-Security-Policy, sending no Referer."""
    response = Response(body, status=status, mimetype="text/html")
    response.headers["Content-Security-Policy"] = policy
    response.headers["Referrer-Policy"] = "no-referrer"
    if cache is not None:
        response.headers["Cache-Control"] = cache
    return response


def refused(schema: Schema, policy: str, *, cache: str | None = None) -> Response | None:
    """Parse the query string with the API's parser; answer the error page when it refuses."""
    try:
        PARSER.parse(schema, request, location="query")
    except HTTPException as exc:
        invalid = invalid_parameters(exc)
        if invalid is None:
            raise
        page = render_template("embed_error.html", invalid=invalid)
        return html(page, policy, 400, cache=cache)
    return None


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
