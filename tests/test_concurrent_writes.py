"""Many writers at once, through real gunicorn and the real Neo4j: the graph equals one clean write.

Each round starts from the registry alone, releases its writers together from a barrier, and
compares the whole graph's checksum with that of one write made alone. Threads and rounds are
bounded, every request has a timeout, and the figures land in docs/reliability.md.
"""

from __future__ import annotations

import http.client
import json
import os
import threading
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from conftest import (
    FIXTURES,
    SEED_SOURCE,
    SEEDS,
    at_once,
    cypher,
    graph_checksum,
    gunicorn_server,
    load,
    wipe,
)
from conftest import seed_source_inline as seed_document

from kb_service.config import Settings
from kb_service.store.db import Database

AUTH = {"Authorization": "Bearer test-key-1"}
ROUNDS = int(os.environ.get("KB_CONCURRENCY_ROUNDS", "5"))  # more for docs/reliability.md
WRITERS = 20  # concurrent POSTs of one source per round
RACERS = 10  # POSTs, and as many DELETEs, of one source per round
TIMEOUT = 120  # seconds a request may take before the test fails (a hang guard, not a figure)
FIGURES: dict[str, Any] = {}


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[str]:
    """gunicorn with 4 workers: four writers at a time reach Neo4j from four processes."""
    with gunicorn_server(settings, workers=4) as base:
        yield base


@pytest.fixture(scope="module", autouse=True)
def _report_figures() -> Iterator[None]:
    yield
    report = os.environ.get("KB_CONCURRENCY_REPORT")
    if report:
        with open(report, "w", encoding="utf-8") as out:
            json.dump(FIGURES, out, indent=2, sort_keys=True)


def request(base: str, method: str, path: str, body: bytes | None = None) -> int:
    """Send one request; return its status (5xx included), never raising on an HTTP error."""
    headers = {**AUTH, "Content-Type": "application/yaml"}
    call = urllib.request.Request(base + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(call, timeout=TIMEOUT) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        error.read()
        return int(error.code)


def together(calls: list[tuple[str, str, bytes | None]], base: str) -> list[tuple[str, int]]:
    """Run every call in its own thread, released at once; return (method, status) in the
    order the answers came."""
    answers: list[tuple[str, int]] = []
    lock = threading.Lock()

    def task(method: str, path: str, body: bytes | None) -> Callable[[], None]:
        def send() -> None:
            status = request(base, method, path, body)
            with lock:
                answers.append((method, status))

        return send

    at_once([task(*call) for call in calls], TIMEOUT)
    return answers


def registry_only(db: Database) -> str:
    wipe(db)
    load(db, SEEDS / "registry.yaml")
    return graph_checksum(db)


def orphans(db: Database) -> dict[str, int]:
    """Assertions no source asserts, and links tagged with a source that does not exist."""
    [row] = cypher(
        db,
        "CALL () { MATCH (n) WHERE (n:Event OR n:Statement OR n:Relation) "
        "  AND NOT EXISTS { (:Source)-[:ASSERTS]->(n) } RETURN count(n) AS assertions } "
        "CALL () { MATCH ()-[r]->() WHERE r.source IS NOT NULL "
        "  AND NOT EXISTS { MATCH (s:Source) WHERE s.id = r.source } RETURN count(r) AS links } "
        "RETURN assertions, links",
    )
    return {"assertions": int(row["assertions"]), "links": int(row["links"])}  # type: ignore[call-overload]


def test_concurrent_posts_of_one_source_equal_one_post(db: Database, server: str) -> None:
    body = seed_document().encode()
    registry_only(db)
    assert request(server, "POST", "/api/v1/sources", body) == 201
    alone = graph_checksum(db)
    statuses: Counter[int] = Counter()
    for _ in range(ROUNDS):
        registry_only(db)
        answers = together([("POST", "/api/v1/sources", body)] * WRITERS, server)
        round_statuses = Counter(status for _, status in answers)
        statuses += round_statuses
        assert graph_checksum(db) == alone
        assert orphans(db) == {"assertions": 0, "links": 0}
        # One writer created the source; every other found it already there, unchanged.
        assert round_statuses == {201: 1, 200: WRITERS - 1}, round_statuses
    FIGURES["concurrent_posts"] = {
        "rounds": ROUNDS,
        "writers_per_round": WRITERS,
        "statuses": dict(sorted(statuses.items())),
        "5xx": sum(n for status, n in statuses.items() if status >= 500),
    }


@pytest.mark.parametrize("stored_first", [False, True], ids=["new-source", "stored-source"])
def test_posts_racing_deletes_leave_the_whole_source_or_nothing(
    db: Database, server: str, stored_first: bool
) -> None:
    body = seed_document().encode()
    nothing = registry_only(db)
    assert request(server, "POST", "/api/v1/sources", body) == 201
    whole = graph_checksum(db)
    ends: Counter[str] = Counter()
    orders: set[str] = set()
    statuses: Counter[tuple[str, int]] = Counter()
    for _ in range(ROUNDS):
        registry_only(db)
        if stored_first:
            assert request(server, "POST", "/api/v1/sources", body) == 201
        calls: list[tuple[str, str, bytes | None]] = []
        for _ in range(RACERS):  # interleaved in the start order; the barrier mixes them more
            calls.append(("POST", "/api/v1/sources", body))
            calls.append(("DELETE", f"/api/v1/sources/{SEED_SOURCE}", None))
        answers = together(calls, server)
        statuses.update(answers)
        assert {status for method, status in answers if method == "POST"} <= {200, 201}
        assert {status for method, status in answers if method == "DELETE"} <= {200, 404}
        orders.add("".join(method[0] for method, _ in answers))
        checksum = graph_checksum(db)
        assert checksum in (whole, nothing)
        ends["whole" if checksum == whole else "nothing"] += 1
        assert orphans(db) == {"assertions": 0, "links": 0}
        # What the graph holds is what the last answer said: a source can always be deleted.
        last = request(server, "DELETE", f"/api/v1/sources/{SEED_SOURCE}")
        assert last == (200 if checksum == whole else 404)
        assert graph_checksum(db) == nothing
    FIGURES[f"post_delete_race_{'stored' if stored_first else 'new'}"] = {
        "rounds": ROUNDS,
        "requests_per_round": 2 * RACERS,
        "distinct_completion_orders": len(orders),
        "ends": dict(ends),
        "statuses": {f"{m} {s}": n for (m, s), n in sorted(statuses.items())},
        "5xx": sum(n for (_, status), n in statuses.items() if status >= 500),
    }


def chunked_post(base: str, body: bytes) -> int:
    """POST `body` with Transfer-Encoding: chunked (no Content-Length); return the status."""
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=TIMEOUT)
    pieces = (body[start : start + 65536] for start in range(0, len(body), 65536))
    try:
        connection.request(
            "POST",
            "/api/v1/sources",
            body=pieces,
            headers={**AUTH, "Content-Type": "application/yaml"},
            encode_chunked=True,
        )
        response = connection.getresponse()
        response.read()
        return int(response.status)
    finally:
        connection.close()


def test_a_chunked_body_over_the_cap_is_413_and_writes_nothing(db: Database, server: str) -> None:
    from test_api_errors_and_writes import SMALL_SOURCE

    cap = Settings.from_env({}).max_body_bytes  # the server runs with the default cap
    nothing = registry_only(db)
    # A valid document, then a comment that runs past the cap: a body cut at the cap would
    # still be a valid document, and must not be taken for the whole.
    padded = (SMALL_SOURCE + "# " + "x" * cap + "\n").encode()
    assert len(padded) > cap
    assert chunked_post(server, padded) == 413
    assert graph_checksum(db) == nothing
    # Under the cap, a chunked body is read whole.
    assert chunked_post(server, SMALL_SOURCE.encode()) == 201
    assert cypher(db, "MATCH (s:Source) RETURN s.id AS id") == [{"id": "test-desk-2020-09-28"}]


# --- the same answers through gunicorn, for the items the test client also checks ------------


def call(base: str, method: str, path: str, body: bytes = b"", **headers: str) -> Any:
    """Send one request over a real socket; return (status, headers, body)."""
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=TIMEOUT)
    try:
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def form(parts: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    """Encode a multipart/form-data body: {part name: (file name, bytes)}."""
    boundary = "kb-test-boundary-7f3a"
    chunks = []
    for name, (filename, content) in parts.items():
        chunks.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    return b"".join(
        chunks
    ) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def test_curation_and_hardening_through_gunicorn(db: Database, server: str) -> None:
    key = AUTH["Authorization"]
    registry = (SEEDS / "registry.yaml").read_bytes()
    wipe(db)
    yaml_type = "application/yaml"
    # A dry run writes nothing, the first write creates, the same document again changes nothing.
    for path, status in (("?dry_run=true", 200), ("", 201), ("", 200)):
        answer = call(
            server,
            "POST",
            f"/api/v1/registry{path}",
            registry,
            Authorization=key,
            **{"Content-Type": yaml_type},
        )
        assert answer[0] == status, answer
    seed = SEEDS / "000_d0b46a30435dc835.yaml"
    text = SEEDS / "000_d0b46a30435dc835.txt"
    body, content_type = form(
        {"document": (seed.name, seed.read_bytes()), text.name: (text.name, text.read_bytes())}
    )
    status, headers, _ = call(
        server, "POST", "/api/v1/sources", body, Authorization=key, **{"Content-Type": content_type}
    )
    assert status == 201 and headers["X-Content-Type-Options"] == "nosniff"
    expected = graph_checksum(db)
    wipe(db)
    load(db, SEEDS)
    assert graph_checksum(db) == expected  # the upload wrote what `kb ingest seeds` writes
    # Links never come from Host; a cursor past int64 is a 400, not a 500.
    status, headers, _ = call(server, "GET", "/api/v1/timeline?limit=1", Host="evil.example")
    assert status == 200 and headers["Link"].startswith("</api/v1/timeline?")
    from kb_service.read import pages

    cursor = pages.encode([2**63, 0, "x"])
    assert call(server, "GET", f"/api/v1/statements?cursor={cursor}")[0] == 400
    # A lone surrogate escape in a JSON document is a 422 naming the field.
    bad = json.dumps({"kind": "source", "id": "x", "title": "PLACEHOLDER"}).replace(
        "PLACEHOLDER", "\\udc00"
    )
    status, _, answer = call(
        server,
        "POST",
        "/api/v1/sources",
        bad.encode(),
        Authorization=key,
        **{"Content-Type": "application/json"},
    )
    assert status == 422
    assert [p["name"] for p in json.loads(answer)["invalid_params"]] == ["title"]
    # /metrics answers this machine.
    assert call(server, "GET", "/metrics")[0] == 200


VOCABULARY_FIXTURE = FIXTURES / "vocabulary"
UNKNOWN_TERMS = """
CALL () { MATCH (t:Term) RETURN collect(t.key) AS stored }
MATCH (n) WHERE n:Event OR n:Statement OR n:Relation OR n:Actor OR n:Place
WITH stored, n, CASE
  WHEN n:Event THEN 'event_types/' + n.type
  WHEN n:Statement THEN 'statement_kinds/' + n.kind
  WHEN n:Relation THEN 'relation_types/' + n.type
  WHEN n:Actor THEN 'actor_kinds/' + n.kind
  ELSE 'place_kinds/' + n.kind END AS key
WHERE NOT key IN stored AND NOT key IN $base
RETURN collect(key) AS unknown
"""


def test_vocabulary_posts_racing_the_documents_that_use_its_terms(
    db: Database, server: str
) -> None:
    """New terms, the registry entries and the source that use them, and deletions of that
    source, all at once: whatever the order, no record holds a term the graph does not know,
    and finishing the sequence gives the graph of one clean write of the three."""
    from kb_service.curation import vocabulary

    base = [t.key for terms in vocabulary.base().terms.values() for t in terms.values()]
    bodies = {
        name: (VOCABULARY_FIXTURE / f"{name}.yaml").read_bytes()
        for name in ("vocabulary", "registry", "brief")
    }
    in_order = [
        ("POST", "/api/v1/vocabulary", bodies["vocabulary"]),
        ("POST", "/api/v1/registry", bodies["registry"]),
        ("POST", "/api/v1/sources", bodies["brief"]),
    ]
    wipe(db)
    for method, path, body in in_order:
        assert request(server, method, path, body) == 201, path
    alone = graph_checksum(db)
    statuses: Counter[int] = Counter()
    delete = ("DELETE", "/api/v1/sources/fixture-corridor-brief-2021-03-02", None)
    for _ in range(ROUNDS):
        wipe(db)
        answers = together([*in_order, delete] * (RACERS // 2), server)
        statuses.update(status for _, status in answers)
        assert {status for _, status in answers} <= {200, 201, 404, 422}
        [row] = cypher(db, UNKNOWN_TERMS, base=base)
        assert row["unknown"] == []
        assert orphans(db) == {"assertions": 0, "links": 0}
        for method, path, body in in_order:
            assert request(server, method, path, body) in (200, 201), path
        assert graph_checksum(db) == alone
    FIGURES["vocabulary_race"] = {
        "rounds": ROUNDS,
        "requests_per_round": 4 * (RACERS // 2),
        "statuses": dict(sorted(statuses.items())),
        "5xx": sum(n for status, n in statuses.items() if status >= 500),
    }
