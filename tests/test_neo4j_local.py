"""The local Neo4j is the real server: Bolt answers, the Browser is served, ports are checked."""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path

import pytest

from kb_service import neo4j_local
from kb_service.config import PROJECT_ROOT
from kb_service.db import Database


def test_driver_reaches_neo4j_5_26_community(db: Database) -> None:
    rows = db.read("admin/components")
    assert rows[0]["name"] == "Neo4j Kernel"
    assert rows[0]["versions"][0].startswith("5.26.")
    assert rows[0]["edition"] == "community"


def test_browser_is_served(neo4j_uri: str) -> None:
    port = os.environ["KB_TEST_NEO4J_HTTP_PORT"]
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/browser/", timeout=10) as response:
        body = response.read().decode()
    assert response.status == 200
    assert "<title>Neo4j Browser</title>" in body


def test_a_taken_port_is_reported_clearly(neo4j_uri: str, tmp_path: Path) -> None:
    bolt_port = int(neo4j_uri.rsplit(":", 1)[1])
    instance = neo4j_local.LocalNeo4j(
        home=PROJECT_ROOT / ".kb", data_dir=tmp_path, bolt_port=bolt_port, http_port=1
    )
    with pytest.raises(neo4j_local.LocalNeo4jError, match=f"port {bolt_port} .* already in use"):
        neo4j_local.start(instance)


def test_status_of_a_stopped_instance(tmp_path: Path) -> None:
    instance = neo4j_local.LocalNeo4j(home=tmp_path, data_dir=tmp_path / "neo4j")
    assert neo4j_local.running_pid(instance) is None
    assert neo4j_local.stop(instance) is False
