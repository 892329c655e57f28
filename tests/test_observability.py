"""Each request leaves one JSON log line (no query string, no keys) and Prometheus samples."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from kb_service.observability import JsonFormatter


@pytest.fixture()
def log_lines() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("kb_service")
    logger.addHandler(handler)
    try:
        yield stream
    finally:
        logger.removeHandler(handler)


def lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_one_json_line_per_request_with_its_request_id(client: Any, log_lines: io.StringIO) -> None:
    response = client.get("/api/v1/timeline?q=secret-words&limit=1")
    [line] = [entry for entry in lines(log_lines) if entry["logger"] == "kb_service.requests"]
    assert line["request_id"] == response.headers["X-Request-Id"]
    assert (line["method"], line["path"], line["status"]) == ("GET", "/api/v1/timeline", 200)
    assert line["route"] == "/api/v1/timeline" and line["duration_ms"] >= 0
    assert "secret-words" not in log_lines.getvalue()


def test_a_safe_incoming_request_id_is_kept_and_an_unsafe_one_replaced(client: Any) -> None:
    assert (
        client.get("/healthz", headers={"X-Request-Id": "abc-123"}).headers["X-Request-Id"]
        == "abc-123"
    )
    unsafe = "bad id; <script>" + "x" * 80
    replaced = client.get("/healthz", headers={"X-Request-Id": unsafe}).headers["X-Request-Id"]
    assert replaced != unsafe and len(replaced) == 32


def test_keys_never_reach_the_logs(client: Any, log_lines: io.StringIO) -> None:
    client.post("/api/v1/sources?api_key=test-key-1", data="kind: source")
    client.post(
        "/api/v1/sources", data="kind: source", headers={"Authorization": "Bearer test-key-2"}
    )
    client.delete("/api/v1/sources/nothing", headers={"Authorization": "Bearer wrong-key-9"})
    text = log_lines.getvalue()
    assert len(lines(log_lines)) >= 3
    for secret in ("test-key-1", "test-key-2", "wrong-key-9", "Bearer"):
        assert secret not in text


OK_ACTORS = 'kb_http_requests_total{method="GET",route="/api/v1/actors",status="200"}'
MISSING_ACTOR = (
    'kb_http_requests_total{method="GET",route="/api/v1/actors/<string:actor_id>",status="404"}'
)
FAST_ACTORS = 'kb_http_request_duration_seconds_count{method="GET",route="/api/v1/actors"}'
ACTORS_QUERY = 'kb_neo4j_query_duration_seconds_count{query="read/actors"}'


def samples(client: Any) -> dict[str, float]:
    """Return every sample of /metrics by its name and labels (the registry is the process's:
    tests compare counts before and after, never absolute values)."""
    body = client.get("/metrics").get_data(as_text=True)
    found = {}
    for line in body.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            found[name] = float(value)
    return found


def test_metrics_count_requests_per_route_and_time_queries(client: Any) -> None:
    before = samples(client)
    client.get("/api/v1/actors?limit=1")
    client.get("/api/v1/actors?limit=2")
    client.get("/api/v1/actors/nobody")
    after = samples(client)

    def grew(name: str) -> float:
        return after[name] - before.get(name, 0.0)

    assert (grew(OK_ACTORS), grew(MISSING_ACTOR), grew(FAST_ACTORS)) == (2.0, 1.0, 2.0)
    assert grew(ACTORS_QUERY) == 2.0  # one read/actors query per page
