"""Typed exceptions for the API's problem+json answers (RFC 9457), one class per status."""

from __future__ import annotations

import datetime as dt
import json
from email.utils import parsedate_to_datetime
from typing import Any

import httpx


class KbError(Exception):
    """An error answer of the API: its status and its problem+json fields."""

    status: int = 0

    def __init__(self, response: httpx.Response, problem: dict[str, Any]) -> None:
        self.response = response
        self.status = response.status_code
        self.problem = problem
        self.title = str(problem.get("title") or response.reason_phrase)
        self.detail = str(problem.get("detail") or "")
        self.type = str(problem.get("type") or "about:blank")
        self.invalid_params: list[dict[str, Any]] = list(problem.get("invalid_params") or [])
        self.retry_after = retry_after(response)
        super().__init__(f"{self.status} {self.title}: {self.detail}{_listed(self.invalid_params)}")


def _listed(invalid: list[dict[str, Any]]) -> str:
    """Return each invalid parameter or problem as `name (line n): reason`, one a line."""
    lines = []
    for entry in invalid:
        line = f" (line {entry['line']})" if entry.get("line") is not None else ""
        lines.append(f"\n  {entry.get('name')}{line}: {entry.get('reason')}")
    return "".join(lines)


class BadRequest(KbError):
    """400: a parameter is unknown or invalid; `parameters` names each one."""

    @property
    def parameters(self) -> list[str]:
        """Return the name of every invalid parameter, as the request sent it."""
        return [str(entry.get("name")) for entry in self.invalid_params]


class Unauthorized(KbError):
    """401: the request needs an API key, or its key is not valid."""


class Forbidden(KbError):
    """403: the key is valid but not for this."""


class NotFound(KbError):
    """404: no record has this id (or no route this path)."""


class Conflict(KbError):
    """409: the write conflicts with what the graph holds (e.g. an entry still cited)."""


class PayloadTooLarge(KbError):
    """413: the body is larger than the service accepts; nothing was written."""


class InvalidDocument(KbError):
    """422: the curated document has problems; `problems` lists each with its line."""

    @property
    def problems(self) -> list[dict[str, Any]]:
        """Return every problem of the document: name, line, reason and any hint."""
        return self.invalid_params


class RateLimited(KbError):
    """429: over a budget for expensive requests; `retry_after` says when to ask again."""


class ServerError(KbError):
    """500 and other 5xx the client does not retry."""


class ServiceUnavailable(ServerError):
    """503: the database is unreachable or busy; `retry_after` says when to ask again."""


BY_STATUS: dict[int, type[KbError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    413: PayloadTooLarge,
    422: InvalidDocument,
    429: RateLimited,
    503: ServiceUnavailable,
}


def error_for(response: httpx.Response) -> KbError:
    """Return the exception that an error answer stands for, its problem+json parsed."""
    cls = BY_STATUS.get(response.status_code)
    if cls is None:
        cls = ServerError if response.status_code >= 500 else KbError
    return cls(response, _problem(response))


def _problem(response: httpx.Response) -> dict[str, Any]:
    try:
        body = json.loads(response.read())
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def retry_after(response: httpx.Response, now: dt.datetime | None = None) -> float | None:
    """Return the seconds `Retry-After` asks for (as seconds or as an HTTP date), if any."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    moment = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - moment).total_seconds())
