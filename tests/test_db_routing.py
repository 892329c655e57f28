"""Reads go through read transactions (routed to readers in a cluster), and the service runs
unchanged through the routing driver (`neo4j://`), as it would against a cluster or Aura."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import cypher
from flask.testing import FlaskClient
from neo4j import exceptions as neo4j_errors

from kb_service import create_app
from kb_service.config import Settings
from kb_service.store.db import Database


def test_a_read_cannot_write(seeded_db: Database) -> None:
    """Database.read runs in read access mode: Neo4j refuses a write inside it."""
    with pytest.raises(neo4j_errors.ClientError) as refused:
        seeded_db._read_once("CREATE (:ReadModeProbe)", {})
    assert "AccessMode" in (refused.value.code or ""), refused.value.code
    assert cypher(seeded_db, "MATCH (n:ReadModeProbe) RETURN count(n) AS n") == [{"n": 0}]


def test_the_api_answers_the_same_through_the_routing_driver(
    seeded_db: Database, settings: Settings, client: FlaskClient
) -> None:
    routed = dataclasses.replace(
        settings, neo4j_uri=settings.neo4j_uri.replace("bolt://", "neo4j://")
    )
    assert routed.neo4j_uri.startswith("neo4j://")
    app = create_app(routed)
    try:
        for path in ("/api/v1/timeline?include=all&limit=500", "/api/v1/statements?limit=500"):
            direct = client.get(path).get_json()
            through_routing = app.test_client().get(path).get_json()
            assert through_routing == direct and direct["data"]
    finally:
        app.extensions["kb_db"].close()
