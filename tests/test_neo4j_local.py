"""The local Neo4j is the real server: Bolt answers, the Browser is served, ports are checked."""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path

import pytest

from kb_service.config import PROJECT_ROOT
from kb_service.store import neo4j_local
from kb_service.store.db import Database


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


def test_missing_java_is_reported_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no java and no mvn on it
    instance = neo4j_local.LocalNeo4j(home=tmp_path, data_dir=tmp_path / "neo4j")
    with pytest.raises(neo4j_local.LocalNeo4jError, match="Java is not installed"):
        neo4j_local.start(instance)


def test_missing_maven_is_reported_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    instance = neo4j_local.LocalNeo4j(home=tmp_path, data_dir=tmp_path / "neo4j")
    with pytest.raises(neo4j_local.LocalNeo4jError, match="Maven \\(mvn\\) is not installed"):
        neo4j_local.ensure_jars(instance)


def test_jars_are_fetched_once_and_reused(neo4j_uri: str) -> None:
    instance = neo4j_local.LocalNeo4j(home=PROJECT_ROOT / ".kb", data_dir=PROJECT_ROOT / ".kb")
    stamp = instance.jar_dir / ".pom-sha256"
    before = stamp.stat().st_mtime_ns
    assert neo4j_local.ensure_jars(instance) == instance.jar_dir  # no Maven run: stamp matches
    assert stamp.stat().st_mtime_ns == before
    assert len(list(instance.jar_dir.glob("neo4j-5.26.*.jar"))) == 1
