"""Fault injection against a throwaway Neo4j of this module's own (not the session's).

a. Neo4j stops under load: the API answers 503 problem+json with Retry-After, quickly, never 500;
   /readyz turns 503; Neo4j starts again on the same ports and data: the same gunicorn workers
   recover by themselves.
b. `kb ingest` is SIGKILLed in the middle of its write transaction: the graph is unchanged, and
   running it again completes.
c. A deadlock inside `Database.in_write_transaction` is retried by the driver's managed
   transaction; a non-transient error is not.
d. An API write that waits for another writer's lock is answered 503 problem+json with
   Retry-After while the other transaction still holds it (the local Neo4j's lock acquisition
   timeout), and the graph is unchanged.

The module starts its own Neo4j (free ports, data under tmp_path) and, for (a), its own
gunicorn with KB_NEO4J_TIMEOUT=2. KB_FAULTS_REPORT=path writes the measured
timings as JSON (docs/reliability.md).
"""

from __future__ import annotations

import io
import json
import logging
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    SEEDS,
    cypher,
    free_port,
    graph_checksum,
    load,
    seed_source_inline,
    serve_app,
    wipe,
)
from neo4j import ManagedTransaction

from kb_service.config import PROJECT_ROOT, Settings
from kb_service.errors import DatabaseFailure
from kb_service.observability import DriverFormatter, configure_logging
from kb_service.store import neo4j_local
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema

TIMEOUT = 2.0  # KB_NEO4J_TIMEOUT of the gunicorn under test
CLIENTS = 8
API_KEY = "fault-test-key"
WORKER_TIMEOUT = 30.0  # gunicorn's default --timeout: a worker silent this long is killed
FIGURES: dict[str, Any] = {}


@pytest.fixture(scope="module", autouse=True)
def _report_figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if not FIGURES:
        return
    target = os.environ.get("KB_FAULTS_REPORT")
    if target:
        Path(target).write_text(json.dumps(FIGURES, indent=1))
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("\nfaults: " + json.dumps(FIGURES))


@pytest.fixture(scope="module")
def instance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[neo4j_local.LocalNeo4j]:
    """This module's own Neo4j, on free ports, with its data in a temporary folder."""
    local = neo4j_local.LocalNeo4j(
        home=PROJECT_ROOT / ".kb",
        data_dir=tmp_path_factory.mktemp("fault-neo4j"),
        bolt_port=free_port(),
        http_port=free_port(),
    )
    neo4j_local.start(local)
    try:
        yield local
    finally:
        neo4j_local.stop(local)


@pytest.fixture(scope="module")
def uri(instance: neo4j_local.LocalNeo4j) -> str:
    return f"bolt://127.0.0.1:{instance.bolt_port}"


@pytest.fixture(scope="module")
def fault_db(instance: neo4j_local.LocalNeo4j, uri: str) -> Iterator[Database]:
    """A Database on this module's Neo4j (default settings), with the schema and the seeds."""
    database = Database(Settings.from_env({"KB_NEO4J_URI": uri}))
    apply_schema(database)
    wipe(database)
    load(database, SEEDS)
    yield database
    database.close()


@pytest.fixture()
def neo4j_up(instance: neo4j_local.LocalNeo4j, fault_db: Database) -> Database:
    """Make sure this module's Neo4j runs (a failed earlier test may have left it stopped)."""
    neo4j_local.start(instance)
    return fault_db


def poll(check: Callable[[], Any], *, tries: int, pause: float) -> Any:
    """Call `check` until it returns something truthy, at most `tries` times."""
    for _ in range(tries):
        found = check()
        if found:
            return found
        time.sleep(pause)
    return None


# a. Neo4j stops under load, and starts again --------------------------------------------------


@dataclass
class Answer:
    started: float
    seconds: float
    status: int
    media_type: str
    retry_after: str | None
    body: bytes


def get(url: str, timeout: float = 30.0, request: urllib.request.Request | None = None) -> Answer:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request or url, timeout=timeout) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    except OSError as error:  # a reset or a client-side timeout: recorded as status 0
        status, headers, body = 0, {}, repr(error).encode()
    return Answer(
        started=started,
        seconds=time.monotonic() - started,
        status=status,
        media_type=str(headers.get("Content-Type", "")).split(";")[0],
        retry_after=headers.get("Retry-After"),
        body=body,
    )


@pytest.fixture()
def gunicorn(neo4j_up: Database, uri: str, tmp_path: Path) -> Iterator[tuple[str, int, Path]]:
    """gunicorn (2 workers) on a free port, against this module's Neo4j, KB_NEO4J_TIMEOUT=2."""
    log = tmp_path / "gunicorn.log"
    env = {
        "KB_NEO4J_URI": uri,
        "KB_NEO4J_TIMEOUT": str(TIMEOUT),
        "KB_NEO4J_WRITE_TIMEOUT": str(TIMEOUT),  # a write waiting on a lock gives up (503)
        "KB_API_KEYS": API_KEY,
    }
    with serve_app(env, workers=2, log=log) as served:
        yield served.base, served.pid, log


def served_seconds(log: Path, path: str, status: int) -> list[float]:
    """The service's own duration of each request to `path` answered `status`, sorted."""
    found = []
    for line in log.read_text(errors="replace").splitlines():
        if not line.startswith("{"):
            continue
        entry = json.loads(line)
        if entry.get("message") == "request" and (entry["path"], entry["status"]) == (path, status):
            found.append(entry["duration_ms"] / 1000)
    return sorted(found)


def workers_of(pid: int) -> set[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return {int(child) for child in children}


class Load:
    """CLIENTS threads, each GETting one URL in a loop until stopped (or 10,000 requests)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.answers: list[Answer] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._client) for _ in range(CLIENTS)]

    def _client(self) -> None:
        for _ in range(10_000):
            if self.stopping.is_set():
                return
            answer = get(self.url)
            with self.lock:
                self.answers.append(answer)

    def __enter__(self) -> Load:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)


def test_neo4j_outage_under_load_fails_fast_and_recovers(
    instance: neo4j_local.LocalNeo4j, gunicorn: tuple[str, int, Path]
) -> None:
    base, master, log = gunicorn
    timeline = base + "/api/v1/timeline?include=all&limit=500"
    baseline = get(timeline)
    assert baseline.status == 200, baseline
    workers = workers_of(master)

    with Load(timeline) as load_:
        time.sleep(2)
        stop_began = time.monotonic()
        neo4j_local.stop(instance)
        stopped = time.monotonic()
        time.sleep(3 * TIMEOUT)
        ready_while_down = get(base + "/readyz")
    answers = load_.answers
    logged = log.read_text(errors="replace")[-3000:]

    assert len({a.status for a in answers} - {200, 503}) == 0, (
        sorted({(a.status, a.media_type, a.body[:200]) for a in answers if a.status != 200}),
        logged,
    )
    failed = [a for a in answers if a.status != 200]
    after_stop = [a for a in answers if a.started > stopped]
    assert failed and after_stop and all(a.status == 503 for a in after_stop)
    for answer in failed:
        assert answer.media_type == "application/problem+json", answer
        assert json.loads(answer.body)["status"] == 503, answer
        assert (answer.retry_after or "").isdigit(), answer
    # Every 503 was served (the server's request log has each), and none hung: gunicorn kills
    # and replaces a worker silent for its --timeout, and says WORKER TIMEOUT. Outcomes, not
    # wall-clock bounds; the seconds are figures (FIGURES["outage"], docs/reliability.md).
    served = served_seconds(log, "/api/v1/timeline", 503)
    assert len(served) >= len(failed), "the request log lacks some 503s"
    assert "WORKER TIMEOUT" not in log.read_text(errors="replace"), logged
    assert workers_of(master) == workers, "a worker was replaced during the outage"
    assert ready_while_down.status == 503, ready_while_down
    assert ready_while_down.media_type == "application/problem+json"
    assert (ready_while_down.retry_after or "").isdigit()

    restart_began = time.monotonic()
    neo4j_local.start(instance)
    started = time.monotonic()
    ready = poll(lambda: get(base + "/readyz").status == 200, tries=120, pause=0.5)
    ready_at = time.monotonic()
    assert ready, "the API did not turn ready after Neo4j came back"
    again = get(timeline)
    assert again.status == 200, again
    assert json.loads(again.body) == json.loads(baseline.body)
    assert workers_of(master) == workers, "gunicorn workers were replaced"

    waited = sorted(a.seconds for a in failed)
    FIGURES["outage"] = {
        "requests": len(answers),
        "ok": len(answers) - len(failed),
        "503": len(failed),
        "503_served_seconds_median": round(statistics.median(served), 2),
        "503_served_seconds_max": round(served[-1], 2),
        "503_client_seconds_median": round(statistics.median(waited), 2),
        "503_client_seconds_max": round(waited[-1], 2),
        "readyz_503_seconds": round(ready_while_down.seconds, 3),
        "neo4j_stop_seconds": round(stopped - stop_began, 1),
        "neo4j_start_seconds": round(started - restart_began, 1),
        "ready_after_start_seconds": round(ready_at - started, 1),
        "last_200_after_stop_began": round(
            max((a.started + a.seconds for a in answers if a.status == 200), default=0)
            - stop_began,
            2,
        ),
    }


# b. SIGKILL in the middle of an ingest's write transaction ------------------------------------

PASSAGES = 30_000
EVENTS = 200
ACTORS = ("russia", "armenia", "azerbaijan", "france")
WRITE_TRANSACTIONS = """
SHOW TRANSACTIONS YIELD transactionId, currentQuery, elapsedTime
WHERE (currentQuery CONTAINS 'MERGE' OR currentQuery CONTAINS 'DELETE')
  AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN transactionId AS id, elapsedTime.milliseconds AS ms
"""
ONE_TRANSACTION = """
SHOW TRANSACTIONS YIELD transactionId, elapsedTime WHERE transactionId = $id
RETURN elapsedTime.milliseconds AS ms
"""


def large_source(path: Path) -> str:
    """Write a valid source with PASSAGES inline lines of text and EVENTS events citing them.

    Its size is what the write transaction has to do (Passage nodes); the events are few
    because validation parses every EDTF date several times, at several ms each.
    """
    source_id = "fault-test-wire-2021-03-02"
    lines = [
        "kind: source",
        f"id: {source_id}",
        "title: Fault-test wire",
        "publisher: Fault Test Wire",
        "published: 2021-03-02",
        "language: en",
        "text: |",
        *(f"  Wire line {n} on shelling." for n in range(1, PASSAGES + 1)),
        "events:",
    ]
    for i in range(EVENTS):
        passage = i * (PASSAGES // EVENTS) + 1
        lines.append(
            f"  - {{id: fault-test-event-{i:05d}, title: Shelling {i}, type: shelling, "
            f"date: 2021-03-01, places: [nagorno-karabakh], "
            f"participants: [{{actor: {ACTORS[i % 4]}, role: attacker}}], "
            f"evidence: [{{passage: {passage}, quote: 'Wire line {passage} on'}}]}}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source_id


def test_sigkill_mid_ingest_leaves_the_graph_unchanged(
    neo4j_up: Database, uri: str, tmp_path: Path
) -> None:
    db = neo4j_up
    source_file = tmp_path / "wire.yaml"
    source_id = large_source(source_file)
    before = graph_checksum(db)
    env = {**os.environ, "KB_NEO4J_URI": uri}
    command = [sys.executable, "-m", "kb_service.cli", "ingest", str(source_file)]
    out = tmp_path / "ingest.out"

    with out.open("wb") as output:
        began = time.monotonic()
        ingest = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            seen = poll(lambda: cypher(db, WRITE_TRANSACTIONS), tries=1200, pause=0.1)
            assert seen, "no write transaction appeared:\n" + out.read_text(errors="replace")
            seen_at, transaction = time.monotonic(), seen[0]["id"]
            time.sleep(1.0)  # well inside the transaction: it runs for several seconds
            still_open = cypher(db, ONE_TRANSACTION, id=transaction)
            alive = ingest.poll() is None
            ingest.send_signal(signal.SIGKILL)
        finally:
            ingest.kill()
            ingest.wait(timeout=30)
    killed_at = time.monotonic()
    assert alive and ingest.returncode == -signal.SIGKILL
    assert still_open, "the transaction had already ended before the kill"
    assert "changed:" not in out.read_text(errors="replace")

    # Neo4j rolls the transaction back once it notices the connection is gone.
    assert poll(lambda: not cypher(db, ONE_TRANSACTION, id=transaction), tries=300, pause=0.1)
    assert graph_checksum(db) == before
    assert not cypher(db, "MATCH (s:Source {id: $id}) RETURN s", id=source_id)
    assert not cypher(db, "MATCH (e:Event) WHERE e.id STARTS WITH 'fault-test-' RETURN e")

    again_began = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    again_seconds = time.monotonic() - again_began
    assert done.returncode == 0, done.stdout + done.stderr
    counts = cypher(
        db,
        "MATCH (s:Source {id: $id}) RETURN COUNT { (s)-[:HAS_PASSAGE]->() } AS passages, "
        "COUNT { (s)-[:ASSERTS]->(:Event) } AS events",
        id=source_id,
    )
    assert counts == [{"passages": PASSAGES, "events": EVENTS}]
    FIGURES["sigkill_ingest"] = {
        "passages": PASSAGES,
        "events": EVENTS,
        "file_bytes": source_file.stat().st_size,
        "start_to_write_transaction_seconds": round(seen_at - began, 1),
        "transaction_seconds_at_kill": round(still_open[0]["ms"] / 1000, 1),
        "killed_after_seconds": round(killed_at - began, 1),
        "rerun_seconds": round(again_seconds, 1),
    }


# c. Transient errors are retried ------------------------------------------------------------


def test_deadlock_in_a_write_transaction_is_retried(neo4j_up: Database) -> None:
    """Close a lock cycle from inside in_write_transaction: Neo4j answers DeadlockDetected (a
    TransientError) to that transaction, the driver runs the work again, and it commits."""
    db = neo4j_up
    cypher(db, "MERGE (:FaultProbe {id: 'a'}) MERGE (:FaultProbe {id: 'b'})")
    attempts: list[float] = []
    work_holds_b = threading.Event()
    other: dict[str, str] = {}

    def other_transaction() -> None:
        # Holds `a`, then waits for `b`, which the work below holds.
        with db.driver.session(database=db.name) as session, session.begin_transaction() as tx:
            work_holds_b.wait(30)
            tx.run("MATCH (n:FaultProbe {id: 'a'}) SET n.by = 'other'").consume()
            tx.run("MATCH (n:FaultProbe {id: 'b'}) SET n.by = 'other'").consume()
            tx.commit()
            other["outcome"] = "committed"

    def blocked() -> bool:
        rows = cypher(db, "SHOW TRANSACTIONS YIELD status RETURN status")
        return any(str(row["status"]).startswith("Blocked") for row in rows)

    def work(tx: ManagedTransaction) -> int:
        attempts.append(time.monotonic())
        tx.run("MATCH (n:FaultProbe {id: 'b'}) SET n.by = 'work'").consume()
        if len(attempts) == 1:
            work_holds_b.set()
            assert poll(blocked, tries=100, pause=0.1), "the other transaction never blocked"
        # First attempt: `a` is held by a transaction waiting for us, so this closes the cycle.
        tx.run("MATCH (n:FaultProbe {id: 'a'}) SET n.by = 'work'").consume()
        return len(attempts)

    configure_logging()
    [handler] = [
        h for h in logging.getLogger("neo4j").handlers if isinstance(h.formatter, DriverFormatter)
    ]
    assert isinstance(handler, logging.StreamHandler)
    driver_log = io.StringIO()
    stream = handler.setStream(driver_log)
    thread = threading.Thread(target=other_transaction)
    thread.start()
    try:
        assert db.in_write_transaction(work) == 2
    finally:
        work_holds_b.set()
        thread.join(timeout=60)
        handler.setStream(stream)
    assert other == {"outcome": "committed"}
    # The driver said it retried, as a JSON line, without the server's text about the locks.
    [line] = [json.loads(text) for text in driver_log.getvalue().splitlines()]
    assert line["logger"].startswith("neo4j") and line["level"] == "warning"
    assert "will be retried" in line["message"] and "DeadlockDetected" in line["message"]
    for internal in ("ForsetiClient", "RWLock", "NODE(", "FaultProbe", "SET n.by"):
        assert internal not in line["message"]
    rows = cypher(db, "MATCH (n:FaultProbe) RETURN n.id AS id, n.by AS by ORDER BY id")
    assert rows == [{"id": "a", "by": "work"}, {"id": "b", "by": "work"}]
    FIGURES["deadlock_retry_seconds"] = round(attempts[1] - attempts[0], 2)
    cypher(db, "MATCH (n:FaultProbe) DELETE n")


def test_non_transient_error_is_not_retried(neo4j_up: Database) -> None:
    attempts: list[int] = []

    def work(tx: ManagedTransaction) -> None:
        attempts.append(1)
        tx.run("RETURN 1 / 0").consume()  # ArithmeticError: a client error, not transient

    with pytest.raises(DatabaseFailure):
        neo4j_up.in_write_transaction(work)
    assert attempts == [1]


def test_503_comes_within_the_configured_timeout() -> None:
    """README: KB_NEO4J_TIMEOUT is the wait "for a Neo4j connection before answering 503".

    The driver's back-off is jittered (+-20 %), so whether one more retry fits in its budget
    varies from request to request: every one of several requests must be within the bound.
    """
    from kb_service import create_app

    closed = free_port()  # nothing listens there: every connection attempt is refused at once
    app = create_app(
        Settings.from_env({"KB_NEO4J_URI": f"bolt://127.0.0.1:{closed}", "KB_NEO4J_TIMEOUT": "2"})
    )
    client = app.test_client()
    seconds = []
    for _ in range(8):
        began = time.monotonic()
        assert client.get("/api/v1/timeline").status_code == 503
        seconds.append(round(time.monotonic() - began, 2))
    FIGURES["refused_503_seconds"] = sorted(seconds)
    # A hang guard at twice the timeout, not a speed figure (the driver's back-off is jittered;
    # docs/reliability.md has the measured spread).
    assert max(seconds) <= 2 * 2, sorted(seconds)


# d. a write waits for another writer's lock ---------------------------------------------------


def test_write_waiting_for_a_lock_is_answered_503(neo4j_up: Database, uri: str) -> None:
    from kb_service import create_app

    settings = Settings.from_env(
        {"KB_NEO4J_URI": uri, "KB_API_KEYS": API_KEY, "KB_NEO4J_WRITE_TIMEOUT": "600"}
    )
    app = create_app(settings)
    client = app.test_client()
    before = graph_checksum(neo4j_up)
    answer: dict[str, Any] = {}

    def post() -> None:
        began = time.monotonic()
        response = client.post(
            "/api/v1/sources",
            data=seed_source_inline().encode(),
            content_type="application/yaml",
            headers={"Authorization": f"Bearer {API_KEY}"},
        )
        answer.update(
            status=response.status_code,
            media_type=response.mimetype,
            retry_after=response.headers.get("Retry-After"),
            seconds=round(time.monotonic() - began, 2),
        )

    with neo4j_up.driver.session(database=neo4j_up.name) as session:
        holder = session.begin_transaction()
        # Another writer holds the graph's write lock, as every write transaction does.
        holder.run("MERGE (l:WriteLock {id: 'graph'}) SET l.held = true").consume()
        thread = threading.Thread(target=post)
        thread.start()
        thread.join(timeout=WORKER_TIMEOUT)  # a hang guard: gunicorn would kill the worker here
        still_waiting = thread.is_alive()
        holder.rollback()
    thread.join(timeout=WORKER_TIMEOUT)
    app.extensions["kb_db"].close()
    assert not still_waiting, "the write was still waiting for the lock"
    assert answer["status"] == 503 and answer["media_type"] == "application/problem+json", answer
    assert (answer["retry_after"] or "").isdigit(), answer
    assert graph_checksum(neo4j_up) == before
    FIGURES["lock_wait_503_seconds"] = answer["seconds"]
