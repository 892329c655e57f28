"""What every view reads from its request: this process's database and settings, the body
within its cap, the parameters by the API's parser (and the Blueprint that parses with it), and
the API key or metrics token it carries."""

from __future__ import annotations

import hmac
import ipaddress
from typing import Any

import flask
from flask import current_app, request
from flask_smorest import Blueprint as SmorestBlueprint
from marshmallow import RAISE
from webargs import core
from webargs.flaskparser import FlaskParser, abort, is_json_request
from werkzeug.exceptions import RequestEntityTooLarge

from kb_service.config import Settings
from kb_service.errors import Forbidden, InvalidParameter, Unauthorized
from kb_service.store.db import Database

READ_SIZE = 64 * 1024
WRITE_PARAMETERS = ("dry_run", "strict")  # strict: sources only (api/curation_params.py)


def database() -> Database:
    """Return this process's Database."""
    db: Database = current_app.extensions["kb_db"]
    return db


def settings() -> Settings:
    """Return this process's Settings."""
    found: Settings = current_app.extensions["kb_settings"]
    return found


def body_bytes(limit: int) -> bytes:
    """Return the request body, refusing (413) one longer than `limit` bytes.

    A Content-Length over the limit is refused before anything is read. A chunked body has no
    length: it is read up to one byte past the limit, so that a longer one is refused, never
    cut short and taken for a whole document.
    """
    request = flask.request
    length = request.content_length
    if length is not None:
        if length > limit:
            raise RequestEntityTooLarge()
        return request.get_data(cache=False)
    stream = request.environ["wsgi.input"]
    chunks: list[bytes] = []
    kept = 0
    while kept <= limit:
        chunk = stream.read(min(READ_SIZE, limit + 1 - kept))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        kept += len(chunk)
    raise RequestEntityTooLarge()


class ArgumentsParser(FlaskParser):
    """webargs answers 422 for invalid parameters and drops unknown query parameters by
    default: here an invalid or unknown query parameter is a 400, so a typo never silently
    widens a query (and the OpenAPI document says 400 too)."""

    DEFAULT_VALIDATION_STATUS = 400
    DEFAULT_UNKNOWN_BY_LOCATION: dict[str, str | None] = {  # noqa: RUF012 (webargs' own form)
        **FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION,
        "query": RAISE,
    }

    def _raw_load_json(self, req: flask.Request) -> Any:
        """Read a JSON body within the body limit, chunked or not (413 past it), and refuse
        JSON nested deeper than the parser can follow with a 400, not a 500."""
        if not is_json_request(req):
            return core.missing
        if "json_body" not in flask.g:  # read once: every JSON argument of a view parses it
            flask.g.json_body = body_bytes(flask.current_app.config["MAX_CONTENT_LENGTH"])
        try:
            return core.parse_json(flask.g.json_body)
        except RecursionError:
            abort(400, messages={"json": ["the JSON body nests too deeply"]})


PARSER = ArgumentsParser()


class Blueprint(SmorestBlueprint):  # type: ignore[misc]
    """A flask-smorest Blueprint that parses with PARSER. A subclass's ARGUMENTS_PARSER is
    flask-smorest's documented way to change the parser, and flask-smorest's own is untouched."""

    ARGUMENTS_PARSER = PARSER


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
