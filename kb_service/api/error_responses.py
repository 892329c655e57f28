"""One error shape for every error: RFC 9457 problem details, built by `problem()` alone."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response
from werkzeug.exceptions import HTTPException, InternalServerError

from kb_service.api.render import dumps, shaped
from kb_service.api.responses import Problem
from kb_service.curation import CurationError
from kb_service.curation.drafting.budget import DraftOverBudget
from kb_service.errors import (
    Conflict,
    DatabaseFailure,
    DatabaseUnavailable,
    Forbidden,
    InvalidParameter,
    KbError,
    NotFound,
    Unauthorized,
)
from kb_service.model import date_reading

PROBLEM_TYPE_BASE = "https://kb.invalid/problems/"
RETRY_AFTER_SECONDS = 5
log = logging.getLogger("kb_service.api")
PROBLEM = Problem()


def problem(
    status: int,
    detail: str,
    *,
    invalid_params: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Build the problem+json response for `status`, the only place error bodies are made."""
    title = _title(status)
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + title.lower().replace(" ", "-"),
        "title": title,
        "status": status,
        "detail": detail,
    }
    if invalid_params is not None:
        body["invalid_params"] = invalid_params
    # UTF-8 text like data bodies; a lone surrogate a refused value echoes stays a JSON escape.
    text = dumps(shaped(PROBLEM, body)).encode("utf-8", "backslashreplace")
    response = Response(text, status=status, mimetype="application/problem+json")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _title(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def flatten_messages(messages: Any, prefix: str = "") -> list[dict[str, str]]:
    """Turn marshmallow's nested error messages into a flat list of {name, reason}."""
    if isinstance(messages, dict):
        found: list[dict[str, str]] = []
        for key, value in messages.items():
            if isinstance(key, int) and prefix:
                name = prefix  # a repeatable parameter is named as sent: `actor`, not `actor.0`
            else:
                name = f"{prefix}.{key}" if prefix else str(key)
            found.extend(flatten_messages(value, name))
        return found
    if isinstance(messages, list) and all(isinstance(item, str) for item in messages):
        return [{"name": prefix, "reason": " ".join(messages), **_date_refusal(messages)}]
    if isinstance(messages, list):
        return [entry for item in messages for entry in flatten_messages(item, prefix)]
    return [{"name": prefix, "reason": str(messages)}]


def _date_refusal(messages: list[str]) -> dict[str, Any]:
    """Return the code and parameters of a date the parameter's one message refuses, if it is
    one (clients say it in their own language)."""
    refused = date_reading.refusal(messages[0]) if len(messages) == 1 else None
    return {} if refused is None else {"code": refused[0], "params": refused[1]}


def invalid_parameters(error: HTTPException) -> list[dict[str, str]] | None:
    """Return the invalid parameters a webargs error names ({name, reason}), if it is one."""
    data = getattr(error, "data", None) or {}
    messages = data.get("messages")
    if messages is None:
        return None
    # webargs nests by location (query, json, ...); the parameter name is what users need.
    return [
        entry
        for location_messages in messages.values()
        for entry in flatten_messages(location_messages)
    ]


def from_http_exception(error: HTTPException) -> Response:
    """Map a werkzeug or webargs HTTP error to problem+json, listing invalid parameters."""
    status = error.code or 500
    flat = invalid_parameters(error)
    if flat is not None:
        return problem(status, "the request has invalid parameters", invalid_params=flat)
    if status >= 500:
        return problem(status, "the server failed to answer this request")
    return problem(status, error.description or _title(status), headers=_allow_header(error))


def _allow_header(error: HTTPException) -> dict[str, str]:
    valid = getattr(error, "valid_methods", None)
    return {"Allow": ", ".join(valid)} if valid else {}


def from_kb_error(error: KbError) -> Response:
    """Map the service's own exceptions to problem+json."""
    if isinstance(error, NotFound):
        return problem(404, str(error))
    if isinstance(error, InvalidParameter):
        return problem(
            400,
            "the request has invalid parameters",
            invalid_params=[{"name": error.name, "reason": error.reason}],
        )
    if isinstance(error, Conflict):
        return problem(409, str(error))
    if isinstance(error, Forbidden):
        return problem(403, str(error))
    if isinstance(error, Unauthorized):
        return problem(401, str(error), headers={"WWW-Authenticate": "Bearer"})
    if isinstance(error, DatabaseUnavailable):
        return problem(
            503,
            "the database is unavailable; try again shortly",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    if isinstance(error, DraftOverBudget):
        return problem(503, str(error), headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
    if isinstance(error, DatabaseFailure):
        log.error("database failure: %s", error)
        return problem(500, "the database failed to answer this request")
    return problem(400, str(error))


def from_curation_error(error: CurationError) -> Response:
    """Answer an invalid curated document with 422 and every problem, with its line and field,
    and what would fix it where that is known (`hint`, and fields such as `closest`,
    `found_in_passages`, `nearest_ids`, `write_as`)."""
    found = [
        {
            "name": p.field or "body",
            "file": p.file,
            "line": p.line,
            "reason": p.message,
            **({"hint": p.hint} if p.hint else {}),
            **p.details,
            **p.coded,
        }
        for p in error.problems
    ]
    return problem(
        422, f"the document has {len(found)} problem(s); nothing was written", invalid_params=found
    )


def from_unexpected(error: Exception) -> Response:
    """Log an unexpected exception without echoing it, and answer a bare 500."""
    if isinstance(error, HTTPException):
        return from_http_exception(error)
    # The log names the exception's class only: its text and stack may carry query text or data.
    log.error("unhandled error: %s", type(error).__name__)
    return from_http_exception(InternalServerError())


def init_app(app: Flask) -> None:
    """Register the handlers so every error leaves as problem+json."""
    app.register_error_handler(KbError, from_kb_error)
    app.register_error_handler(CurationError, from_curation_error)
    app.register_error_handler(HTTPException, from_http_exception)
    app.register_error_handler(Exception, from_unexpected)
