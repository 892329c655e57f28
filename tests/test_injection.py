"""Hostile parameters on every GET endpoint, and where API keys are (not) accepted and logged.

Every query parameter and every path parameter of every GET endpoint gets each payload of
PAYLOADS: Cypher-injection attempts, an oversized value, percent-encoded bytes that are not
UTF-8, NUL and other control characters. The answer must be a normal 200 or a 4xx problem+json
(an embed page answers a 4xx page naming the parameter),
never a 5xx, and the seeded graph must be unchanged afterwards.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote_from_bytes

import pytest
from conftest import SEED_SOURCE, free_port, graph_checksum, wait_until_up
from flask import Flask
from flask.testing import FlaskClient
from marshmallow import Schema, fields, validate

from kb_service.api.changes_routes import ChangesQuery
from kb_service.api.counts_routes import CountsQuery
from kb_service.api.curation_params import DateReadingQuery
from kb_service.api.graph_routes import GraphQuery
from kb_service.api.html_routes import EmbedQuery
from kb_service.api.param_fields import DateBound
from kb_service.api.params import (
    ActorStatementQuery,
    AsOfQuery,
    EntityListQuery,
    NoParameters,
    Paging,
    PlaceListQuery,
    RecordQuery,
    SearchQuery,
    StatementQuery,
    TimelineQuery,
)
from kb_service.config import PROJECT_ROOT, Settings
from kb_service.observability import JsonFormatter
from kb_service.store.db import Database

# Every GET endpoint of the API and the embed page, with the schema of its query parameters.
ENDPOINTS: dict[str, type[Schema]] = {
    "/api/v1/timeline": TimelineQuery,
    "/api/v1/timeline/counts": CountsQuery,
    "/api/v1/changes": ChangesQuery,
    "/api/v1/events/{id}": RecordQuery,
    "/api/v1/statements": StatementQuery,
    "/api/v1/statements/{id}": RecordQuery,
    "/api/v1/actors": EntityListQuery,
    "/api/v1/actors/{id}": AsOfQuery,
    "/api/v1/actors/{id}/statements": ActorStatementQuery,
    "/api/v1/places": PlaceListQuery,
    "/api/v1/places/{id}": AsOfQuery,
    "/api/v1/conflicts": Paging,
    "/api/v1/conflicts/{id}": AsOfQuery,
    "/api/v1/sources": Paging,
    "/api/v1/sources/{id}": NoParameters,
    "/api/v1/sources/{id}/text": NoParameters,
    "/api/v1/search": SearchQuery,
    "/api/v1/vocabulary": NoParameters,
    "/api/v1/dates": DateReadingQuery,
    "/api/v1/graph": GraphQuery,
    "/embed/timeline": EmbedQuery,
    "/embed/map": EmbedQuery,
    "/embed/dashboard": EmbedQuery,
}
# Real seed ids for the path, so that an injected query parameter meets a real record.
REAL_IDS = {
    "events": "lavrov-bayramov-call-2020-09-27",
    "statements": "lavrov-concern-shelling-2020-09-27",
    "actors": "sergey-lavrov",
    "places": "stepanakert",
    "conflicts": "nagorno-karabakh-conflict",
    "sources": SEED_SOURCE,
}
# Required parameters, given whenever another parameter is the one attacked.
REQUIRED = {
    "/api/v1/search": {"q": "Lavrov"},
    "/api/v1/graph": {"center": "osce-minsk-group"},
    "/api/v1/dates": {"edtf": "1988-02"},
    "/api/v1/timeline/counts": {"bucket": "year"},
}

XSS = "\"><script>alert('kb')</script>"
PAYLOADS: dict[str, bytes] = {
    name: value if isinstance(value, bytes) else value.encode("utf-8")
    for name, value in {
        "single-quote": "'",
        "double-quote": '"',
        "braces": "{id: 'x'}) RETURN n //",
        "line-comment": "russia //",
        "block-comment": "russia /* */ OR 1=1",
        "or-1-1": "' OR 1=1 //",
        "dq-or-1-1": '" OR ""="',
        "close-and-delete": "'}) DETACH DELETE n //",
        "call-dbms": "' CALL dbms.components() YIELD name RETURN name //",
        "label": "Actor) MATCH (n) DETACH DELETE n //",
        "relationship-type": "ASSERTS]->() MATCH (n) DETACH DELETE n //",
        "backticks": "`Actor` MATCH (`n`) DETACH DELETE `n` //",
        "parameter": "$id",
        "union": "x' UNION MATCH (n) RETURN n //",
        "apoc": "' CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {}) //",
        "load-csv": "' LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l //",
        "lucene": "name:* OR id:[a TO z]",
        "xss": XSS,
        "oversized": ("' OR 1=1 // " * 9000)[:100_000],
        "not-utf8": b"\xff\xfe",
        "nul": "a\x00b",
        "controls": "\x01\x07\x1b[2J\x7f",
        "crlf-header": "x\r\nSet-Cookie: kb=1",
        "bidi": "\u202eaissur",
        "open-date-set": "[..2020]",
        "plausible-id": "sergey-lavrov-2",
    }.items()
}
# Lucene operators in q and EDTF sets in date parameters once answered 500; they are in the
# matrix above like every other payload.


def parameters(endpoint: str) -> list[str]:
    """The names of the endpoint's query parameters, as sent."""
    return sorted(f.data_key or n for n, f in ENDPOINTS[endpoint]().load_fields.items())


PATH_ID = "path id"


def kind_of(parameter: fields.Field[Any]) -> str:
    """The code path a value of this parameter takes: how its schema field reads it."""
    if isinstance(parameter, fields.List):
        parameter = parameter.inner
    if isinstance(parameter, DateBound):
        return "EDTF bound"
    if isinstance(parameter, fields.Integer):
        return "integer"
    if isinstance(parameter, fields.Boolean):
        return "boolean"
    if any(isinstance(v, validate.OneOf) for v in parameter.validators):
        return "choice"
    if any(isinstance(v, validate.Regexp) for v in parameter.validators):
        return "pattern (ids, terms, cursors)"
    return "free text (search words, kinds, an EDTF to read)"


def kinds(endpoint: str) -> dict[str, str]:
    """Each parameter of the endpoint (its path id included) and the kind of code path it takes."""
    found = {PATH_ID: PATH_ID} if "{id}" in endpoint else {}
    for name, parameter in ENDPOINTS[endpoint]().load_fields.items():
        found[parameter.data_key or name] = kind_of(parameter)
    return found


KINDS = sorted({kind for endpoint in ENDPOINTS for kind in kinds(endpoint).values()})


def targets(endpoint: str, payload: bytes, kind: str | None = None) -> list[tuple[str, str]]:
    """(what is attacked, URL) for the path parameter (if any) and each query parameter; with
    `kind`, only the parameters of that kind."""
    encoded = quote_from_bytes(payload, safe="")
    found = []
    path = endpoint
    taken = kinds(endpoint)
    if "{id}" in endpoint:
        if kind in (None, PATH_ID):
            found.append(("{id}", endpoint.replace("{id}", encoded)))
        path = endpoint.replace("{id}", REAL_IDS[endpoint.split("/")[3]])
    required = REQUIRED.get(endpoint, {})
    for name in parameters(endpoint):
        if kind is not None and taken[name] != kind:
            continue
        query = [f"{key}={value}" for key, value in required.items() if key != name]
        query.append(f"{name}={encoded}")
        found.append((name, f"{path}?{'&'.join(query)}"))
    return found


def assert_answered_safely(response: Any, where: str) -> None:
    """A normal 200 (or 304), or a 4xx problem+json (an embed page: a 4xx page); never a 5xx."""
    body = response.get_data()  # streams (CSV, NDJSON) are read to their end
    status = response.status_code
    assert status < 500, f"{where}: {status} {body[:300]!r}"
    assert "Set-Cookie" not in response.headers, where  # no header split by a CR LF payload
    if response.mimetype == "text/html":
        assert XSS.encode() not in body, where  # escaped, on a page and on its error page
    if status in (200, 304):
        return
    assert 400 <= status < 500, where
    if where.startswith("/embed/"):
        assert response.mimetype == "text/html" and b"cannot be shown" in body, where
        return
    assert response.headers["Content-Type"] == "application/problem+json", where
    assert json.loads(body)["status"] == status, where


@pytest.fixture(scope="module")
def seeded(seeded_db: Database) -> tuple[Database, str]:
    return seeded_db, graph_checksum(seeded_db)


def test_every_get_endpoint_is_attacked(app: Flask) -> None:
    routes = {}
    for rule in app.url_map.iter_rules():
        if "GET" in (rule.methods or ()) and rule.rule.startswith(("/api/v1/", "/embed/")):
            path = rule.rule
            for argument in rule.arguments:
                path = path.replace(f"<string:{argument}>", "{id}")
            routes[path] = app.view_functions[rule.endpoint]
    assert set(routes) == set(ENDPOINTS)
    for path, view in routes.items():
        declared = getattr(view, "_apidoc", {}).get("arguments", {}).get("parameters", [])
        schemas = [type(p["schema"]) for p in declared if p["in"] == "query"]
        assert schemas in ([ENDPOINTS[path]], []), path  # the embed page parses EmbedQuery itself


def test_every_parameter_takes_a_known_code_path() -> None:
    assert set(KINDS) <= {
        PATH_ID,
        "EDTF bound",
        "integer",
        "boolean",
        "choice",
        "pattern (ids, terms, cursors)",
        "free text (search words, kinds, an EDTF to read)",
    }
    assert len(KINDS) == 7  # every code path has a parameter to be attacked through


@pytest.mark.parametrize("kind", KINDS)
def test_hostile_parameters_are_answered_safely(
    seeded: tuple[Database, str], client: FlaskClient, kind: str
) -> None:
    """Every payload, through every parameter that takes this code path, on every endpoint."""
    db, checksum = seeded
    sent = 0
    for endpoint in ENDPOINTS:
        for payload, value in PAYLOADS.items():
            for attacked, url in targets(endpoint, value, kind):
                response = client.get(url, follow_redirects=True)
                where = f"{endpoint} {attacked}={payload}"
                assert_answered_safely(response, where)
                sent += 1
                if attacked == "{id}":  # no record has such an id: not found, or an empty list
                    status = response.status_code
                    empty = status == 200 and response.get_json()["data"] == []
                    assert status == 404 or empty, where
    assert sent >= len(PAYLOADS)
    assert graph_checksum(db) == checksum


# --- where a key is accepted ---------------------------------------------------------------------

KEY = "test-key-1"
SOURCE_ID = "injection-test-desk-2020-09-28"
SOURCE = f"""\
kind: source
id: {SOURCE_ID}
title: Lavrov spoke with Bayramov
publisher: Test desk
published: 2020-09-28
language: en
text: |
  Lavrov and Bayramov spoke by telephone on 27 September.
"""
# Ways of sending the key that are not `Authorization: Bearer <key>`, each refused.
MISPLACED: dict[str, tuple[dict[str, str], str, int]] = {
    # name: (headers, query string, status)
    "x-api-key-header": ({"X-Api-Key": KEY}, "", 401),
    "api-key-header": ({"Api-Key": KEY}, "", 401),
    "authorization-without-scheme": ({"Authorization": KEY}, "", 401),
    "basic-scheme": ({"Authorization": f"Basic {KEY}"}, "", 401),
    "two-keys": ({"Authorization": f"Bearer {KEY},test-key-2"}, "", 401),
    "cookie": ({"Cookie": f"api_key={KEY}"}, "", 401),
    "access-token-query": ({}, f"access_token={KEY}", 400),  # RFC 6750's query parameter
    "key-query-with-x-api-key": ({"X-Api-Key": KEY}, f"key={KEY}", 400),
}


@pytest.mark.parametrize("method", ["POST", "DELETE"])
@pytest.mark.parametrize("way", MISPLACED)
def test_key_anywhere_but_the_authorization_header_is_refused(
    seeded: tuple[Database, str], client: FlaskClient, way: str, method: str
) -> None:
    db, checksum = seeded
    headers, query, status = MISPLACED[way]
    path = "/api/v1/sources" if method == "POST" else f"/api/v1/sources/{SEED_SOURCE}"
    response = client.open(
        f"{path}?{query}" if query else path,
        method=method,
        data=SOURCE.encode() if method == "POST" else None,
        content_type="application/yaml",
        headers=headers,
    )
    assert response.status_code == status
    assert response.headers["Content-Type"] == "application/problem+json"
    assert KEY not in response.get_data(as_text=True)
    assert graph_checksum(db) == checksum


def test_rfc6750_form_body_token_is_refused(
    seeded: tuple[Database, str], client: FlaskClient
) -> None:
    db, checksum = seeded
    response = client.post(
        "/api/v1/sources",
        data=f"access_token={KEY}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 401
    assert graph_checksum(db) == checksum


# --- keys never logged ---------------------------------------------------------------------------

WRONG_KEY = "wrong-key-5f2c9a"
SECRETS = (KEY, "test-key-2", WRONG_KEY)


def write_requests(client: FlaskClient) -> list[int]:
    """A few writes with a valid key, a wrong key and keys in the query string."""
    bearer = {"Authorization": f"Bearer {KEY}"}
    yaml = "application/yaml"
    return [
        client.post("/api/v1/sources", data=SOURCE, content_type=yaml, headers=bearer).status_code,
        client.delete(f"/api/v1/sources/{SOURCE_ID}", headers=bearer).status_code,
        client.post(
            "/api/v1/sources", data="kind: source\n", content_type=yaml, headers=bearer
        ).status_code,
        client.post(
            "/api/v1/sources",
            data=SOURCE,
            content_type=yaml,
            headers={"Authorization": f"Bearer {WRONG_KEY}"},
        ).status_code,
        client.delete(
            f"/api/v1/sources/{SEED_SOURCE}", headers={"Authorization": f"Bearer {WRONG_KEY}"}
        ).status_code,
        client.post(f"/api/v1/sources?api_key={KEY}", data=SOURCE, content_type=yaml).status_code,
        client.delete(f"/api/v1/sources/{SEED_SOURCE}?api_key=test-key-2").status_code,
        client.post(
            "/api/v1/sources", data=SOURCE, content_type=yaml, headers={"X-Api-Key": KEY}
        ).status_code,
        client.get(f"/api/v1/sources?api_key={KEY}", headers=bearer).status_code,
    ]


@pytest.fixture()
def service_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """caplog at DEBUG, also fed by the service's logger (which does not propagate)."""
    service = logging.getLogger("kb_service")
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="kb_service")
    service.addHandler(caplog.handler)
    try:
        yield caplog
    finally:
        service.removeHandler(caplog.handler)


def test_api_keys_never_appear_in_the_logs(
    seeded: tuple[Database, str], client: FlaskClient, service_logs: pytest.LogCaptureFixture
) -> None:
    db, checksum = seeded
    assert write_requests(client) == [201, 200, 422, 401, 401, 400, 400, 401, 400]
    assert graph_checksum(db) == checksum
    records = service_logs.records
    assert sum(r.name == "kb_service.requests" for r in records) >= 9  # the logs were captured
    formatter = JsonFormatter()
    for record in records:
        rendered = "\n".join([formatter.format(record), record.getMessage(), repr(vars(record))])
        assert [key for key in SECRETS if key in rendered] == [], rendered[:500]


def test_kb_serve_never_logs_api_keys(
    seeded: tuple[Database, str], settings: Settings, tmp_path: Path
) -> None:
    """The same, through `kb serve` (gunicorn): everything the process writes is checked."""
    db, checksum = seeded
    port = free_port()
    env = {
        **os.environ,
        "KB_NEO4J_URI": settings.neo4j_uri,
        "KB_NEO4J_PASSWORD": settings.neo4j_password,
        "KB_API_KEYS": ",".join(settings.api_keys),
        "KB_HOME": str(tmp_path),  # its metrics folder, not the project's .kb/
    }
    command = [sys.executable, "-m", "kb_service.cli", "serve", "--port", str(port)]
    log = tmp_path / "serve.log"
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--workers", "1"],
            env=env,
            cwd=PROJECT_ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(base)
            statuses = [
                _send(base, "POST", "/api/v1/sources", {"Authorization": f"Bearer {KEY}"}),
                _send(base, "POST", "/api/v1/sources", {"Authorization": f"Bearer {WRONG_KEY}"}),
                _send(base, "POST", f"/api/v1/sources?api_key={KEY}", {}),
                _send(base, "DELETE", f"/api/v1/sources/x?api_key={KEY}", {}),
                _send(base, "POST", "/api/v1/sources", {"X-Api-Key": KEY}),
            ]
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert statuses == [422, 401, 400, 400, 401]
    text = log.read_text(encoding="utf-8", errors="replace")
    assert text.count('"logger": "kb_service.requests"') >= 5, text[-2000:]
    assert [key for key in SECRETS if key in text] == []
    assert graph_checksum(db) == checksum


def _send(base: str, method: str, path: str, headers: dict[str, str]) -> int:
    request = urllib.request.Request(
        base + path,
        data=b"kind: source\n" if method == "POST" else None,
        method=method,
        headers={"Content-Type": "application/yaml", **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)
