"""The HTML pages (the embeds, the workbench): their parameters checked as the API checks
them, what is wrong shown as a page (still a 400, not problem+json), and the headers every
page carries."""

from __future__ import annotations

from flask import Response, render_template, request
from marshmallow import Schema
from werkzeug.exceptions import HTTPException

from kb_service.api.blueprint import PARSER
from kb_service.api.error_responses import invalid_parameters


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
