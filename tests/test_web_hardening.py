"""Headers, links, /metrics and configuration that a deployment can trust."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from conftest import gunicorn_server
from flask import Flask
from flask.testing import FlaskClient

from kb_service import create_app
from kb_service.cli import gunicorn_command
from kb_service.config import Settings
from kb_service.store.db import Database


@pytest.fixture()
def seeded_client(seeded_db: Database, client: FlaskClient) -> FlaskClient:
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/timeline?limit=1",  # JSON
        "/api/v1/timeline?format=csv",  # streamed CSV
        "/api/v1/events/no-such-event",  # problem+json 404
        "/api/v1/timeline?limit=0",  # problem+json 400
        "/openapi.json",
        "/docs/",
        "/docs/swagger-ui-bundle.js",
        "/embed/timeline",
        "/static/embed/timeline.js",
        "/healthz",
        "/metrics",
    ],
)
def test_every_response_says_nosniff(seeded_client: FlaskClient, path: str) -> None:
    response = seeded_client.get(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    response.close()


def test_the_docs_page_has_a_policy_that_allows_its_one_inline_script_only(
    client: FlaskClient,
) -> None:
    response = client.get("/docs/")
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    scripts = re.findall(rb"<script>(.*?)</script>", response.get_data(), flags=re.DOTALL)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0]).digest()).decode()
    assert directives["script-src"] == f"'self' 'sha256-{digest}'"
    assert "unsafe-inline" not in directives["script-src"]


def test_swagger_ui_renders_under_its_policy_in_chromium(
    seeded_db: Database, live_server: str, browser: Any
) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server + "/docs/")
    page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
    title = page.inner_text(".swagger-ui .info .title")
    operations = page.locator(".opblock").count()
    page.close()
    assert "Conflict timeline knowledge base" in title
    assert operations > 10
    assert errors == []  # a blocked script or style would be a console error


def test_next_links_never_come_from_the_host_header(seeded_client: FlaskClient) -> None:
    response = seeded_client.get("/api/v1/timeline?limit=1", headers={"Host": "evil.example"})
    link = response.headers["Link"]
    assert "evil.example" not in link
    target = link.split(";")[0].strip("<>")
    assert target.startswith("/api/v1/timeline?") and "cursor=" in target


def test_next_links_are_absolute_under_a_configured_public_base_url(
    seeded_db: Database, settings: Settings
) -> None:
    from dataclasses import replace

    app = create_app(replace(settings, public_base_url="https://kb.example.org"))
    try:
        response = app.test_client().get(
            "/api/v1/timeline?limit=1", headers={"Host": "evil.example"}
        )
        target = urlparse(response.headers["Link"].split(";")[0].strip("<>"))
        assert (target.scheme, target.netloc, target.path) == (
            "https",
            "kb.example.org",
            "/api/v1/timeline",
        )
    finally:
        app.extensions["kb_db"].close()


@pytest.fixture()
def token_app(settings: Settings) -> Iterator[Flask]:
    from dataclasses import replace

    app = create_app(replace(settings, metrics_token="metrics-secret"))
    yield app
    app.extensions["kb_db"].close()


def test_metrics_answer_this_machine_only_without_a_token(client: FlaskClient) -> None:
    assert client.get("/metrics").status_code == 200
    remote = client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.7"})
    assert remote.status_code == 403
    assert remote.mimetype == "application/problem+json"
    assert b"kb_http_requests_total" not in remote.get_data()


def test_metrics_need_the_token_when_one_is_set(token_app: Flask) -> None:
    client = token_app.test_client()
    remote = {"REMOTE_ADDR": "203.0.113.7"}
    assert client.get("/metrics").status_code == 401  # even from this machine
    wrong = {"Authorization": "Bearer nope"}
    assert client.get("/metrics", headers=wrong, environ_base=remote).status_code == 401
    right = {"Authorization": "Bearer metrics-secret"}
    answer = client.get("/metrics", headers=right, environ_base=remote)
    assert answer.status_code == 200 and b"kb_http_requests_total" in answer.get_data()


def test_the_default_neo4j_uri_follows_the_local_bolt_port() -> None:
    assert Settings.from_env({"KB_NEO4J_BOLT_PORT": "7689"}).neo4j_uri == "bolt://127.0.0.1:7689"
    assert Settings.from_env({}).neo4j_uri == "bolt://127.0.0.1:7687"
    given = {"KB_NEO4J_BOLT_PORT": "7689", "KB_NEO4J_URI": "neo4j://db.example.org:7000"}
    assert Settings.from_env(given).neo4j_uri == "neo4j://db.example.org:7000"


def test_kb_commands_reach_the_database_on_the_bolt_port_alone(
    settings: Settings, tmp_path: Path
) -> None:
    """`kb schema apply` with only KB_NEO4J_BOLT_PORT set talks to the Neo4j on that port."""
    parsed = urlparse(settings.neo4j_uri)
    assert parsed.hostname == "127.0.0.1", "the test database is the local one"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "KB_NEO4J_BOLT_PORT": str(parsed.port),
        "KB_NEO4J_PASSWORD": settings.neo4j_password,
    }
    kb = str(Path(sys.executable).with_name("kb"))
    done = subprocess.run([kb, "schema", "apply"], env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"schema applied" in done.stdout


def test_gunicorn_opens_no_shared_control_socket(settings: Settings, tmp_path: Path) -> None:
    assert "--no-control-socket" in gunicorn_command("127.0.0.1", 8000, 1)
    with gunicorn_server(settings, workers=1, env={"HOME": str(tmp_path)}):
        assert not (tmp_path / ".gunicorn").exists()
