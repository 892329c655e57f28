"""/healthz answers without the database; /readyz tells whether Neo4j and the schema are there."""

from __future__ import annotations

import dataclasses

from conftest import free_port

from kb_service import create_app
from kb_service.config import Settings


def test_healthz(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "up"}


def test_readyz_with_neo4j_up(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready"}


def test_readyz_with_neo4j_unreachable(settings: Settings) -> None:
    closed_port = free_port()
    down = dataclasses.replace(
        settings, neo4j_uri=f"bolt://127.0.0.1:{closed_port}", neo4j_timeout=1.0
    )
    response = create_app(down).test_client().get("/readyz")
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"].isdigit()
    body = response.get_json()
    assert body["status"] == 503
    assert str(closed_port) not in response.get_data(as_text=True)
