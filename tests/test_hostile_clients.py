"""Hostile clients against the real gunicorn `kb run` starts: slow header senders, a slow reader of
an export, and anonymous clients over their budget for expensive requests (docs/reliability.md).
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import select
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import fresh_graph, gunicorn_server

from kb_service.config import Settings
from kb_service.store.db import Database

EVENTS = 300
LORIS = 50  # slow header senders: more than the threads of both workers (2 x KB_THREADS)
LORIS_ROUNDS = 20  # one byte each per round
LORIS_PAUSE = 0.5  # seconds between a slow sender's bytes: the attack is to be slow
READ_PAUSE = 0.005  # seconds between a slow reader's reads of 512 bytes: at most 100 KB/s
ANSWER_WITHIN = 20.0  # a request unanswered this long counts as not answered (no test hangs)
KEY = "test-key-1"  # one of the keys in conftest's settings
SEARCH = "/api/v1/search?q=clash"
BUSY = "running at once"  # what a 429 for too many expensive requests at once says


def line(n: int) -> str:
    """Passage n of the test wire: long, so that the export is larger than socket buffers."""
    return f"Test line {n} tells of a clash near the river" + ", and of the days after it" * 12


def source_text(path: Path) -> None:
    """Write a registry and a source of EVENTS events (invented for this test)."""
    path.joinpath("registry.yaml").write_text(
        "kind: registry\nconflicts:\n  - id: hostile-conflict\n    names: {en: Hostile Test}\n",
        encoding="utf-8",
    )
    lines = [
        "kind: source",
        "id: hostile-wire-2022-05-01",
        "title: Hostile-client test wire",
        "publisher: Hostile Test Wire",
        "published: 2022-05-01",
        "language: en",
        "text: |",
        *(f"  {line(n)}" for n in range(1, EVENTS + 1)),
        "events:",
    ]
    lines += [
        f"  - {{id: hostile-event-{n:04d}, title: 'Clash {n} near the river, as the test wire "
        f"tells it in its line {n}', type: shelling, date: 2022-04-{1 + n % 28:02d}, "
        f"conflict: hostile-conflict, evidence: [{{passage: {n}, quote: '{line(n)}'}}]}}"
        for n in range(1, EVENTS + 1)
    ]
    path.joinpath("wire.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def export_graph(db: Database, tmp_path_factory: pytest.TempPathFactory) -> Database:
    folder = tmp_path_factory.mktemp("hostile")
    source_text(folder)
    return fresh_graph(db, folder)


@pytest.fixture(scope="module")
def server(settings: Settings, export_graph: Database) -> Iterator[str]:
    """gunicorn as `kb run` starts it, with deadlines of 3 s for headers and 2 s for a body, and
    gunicorn's worker timeout at 1 s: a longer stream must not depend on the worker reporting."""
    env = {"KB_HEADER_TIMEOUT": "3", "KB_BODY_TIMEOUT": "2", "GUNICORN_CMD_ARGS": "--timeout 1"}
    with gunicorn_server(settings, workers=2, env=env) as base:
        yield base


def address(base: str) -> tuple[str, int]:
    host, port = base.removeprefix("http://").split(":")
    return host, int(port)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def get(base: str, path: str, source: str = "127.0.0.1", **headers: str) -> Answer:
    """GET `path` from the client address `source` (any 127.x address is this machine)."""
    host, port = address(base)
    connection = http.client.HTTPConnection(host, port, ANSWER_WITHIN, (source, 0))
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return Answer(response.status, dict(response.getheaders()), response.read())
    finally:
        connection.close()


class SlowSenders:
    """LORIS connections, each sending a request line and headers one byte per LORIS_PAUSE; a
    connection the server closes is opened again, as an attacker would."""

    def __init__(self, base: str) -> None:
        self.where = address(base)
        self.stop = threading.Event()
        self.rounds = threading.Condition()
        self.round = 0
        self.hung_up = 0  # connections the server closed before their headers ended
        self.threads = [threading.Thread(target=self._send, args=(i,)) for i in range(LORIS)]

    def _send(self, number: int) -> None:
        text = b"GET /readyz HTTP/1.1\r\nHost: loris\r\nX-Slow: " + b"s" * 4000
        while not self.stop.is_set():
            with socket.create_connection(self.where) as sock:
                for byte in text:
                    if self.stop.wait(LORIS_PAUSE):
                        return
                    try:
                        sock.sendall(bytes([byte]))
                    except OSError:
                        with self.rounds:
                            self.hung_up += 1
                        break
                    if number == 0:
                        with self.rounds:
                            self.round += 1
                            self.rounds.notify_all()

    def wait_for_round(self, number: int) -> None:
        with self.rounds:
            self.rounds.wait_for(lambda: self.round >= number, timeout=ANSWER_WITHIN)

    def __enter__(self) -> SlowSenders:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=ANSWER_WITHIN)


def ready_status(server: str) -> int:
    """Return /readyz's status as a client that honours Retry-After sees it: a 503 (Neo4j gave
    no connection within KB_NEO4J_TIMEOUT, a stall of the database's, not of the senders') is
    asked again once, after the seconds it names."""
    answer = get(server, "/readyz")
    if answer.status != 503:
        return answer.status
    time.sleep(float(answer.headers.get("Retry-After", "1")))
    return get(server, "/readyz").status


def test_slow_header_senders_do_not_stop_readyz(server: str) -> None:
    answers: list[tuple[object, float]] = []
    with SlowSenders(server) as senders:
        for round_number in range(1, LORIS_ROUNDS + 1):
            senders.wait_for_round(round_number)
            began = time.monotonic()
            try:
                answers.append((ready_status(server), time.monotonic() - began))
            except OSError as error:
                answers.append((repr(error), time.monotonic() - began))
                break  # not answered: the slow senders hold the service
    print(f"/readyz under {LORIS} slow senders: {[round(s, 3) for _, s in answers]} s")
    assert [status for status, _ in answers] == [200] * LORIS_ROUNDS
    # Their headers took longer than KB_HEADER_TIMEOUT: the server hung up on them.
    assert senders.hung_up >= LORIS


def test_a_body_that_does_not_come_is_answered_408(server: str) -> None:
    with socket.create_connection(address(server), ANSWER_WITHIN) as sock:
        sock.sendall(
            b"POST /api/v1/drafts HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n{"
        )
        received = bytearray()
        while chunk := sock.recv(4096):
            received += chunk
    head, _, body = bytes(received).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408"), body
    assert b"content-type: application/problem+json" in head.lower()
    assert json.loads(body)["detail"] == "the request body did not arrive in time"


def read_slowly(base: str, path: str) -> tuple[bytes, bytes]:
    """Read a response 512 bytes at a time, pausing between reads; return (head, raw body)."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # the server feels the pace
    sock.settimeout(ANSWER_WITHIN)
    sock.connect(address(base))
    with sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n".encode())
        received = bytearray()
        while chunk := sock.recv(512):
            received += chunk
            time.sleep(READ_PAUSE)  # the client under test is slow on purpose
    head, _, body = bytes(received).partition(b"\r\n\r\n")
    return head, body


def dechunk(body: bytes) -> tuple[bytes, bool]:
    """Decode a chunked body; say whether it ended with the last (zero-length) chunk."""
    data, rest = bytearray(), body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            return bytes(data), rest == b"\r\n"
        data += rest[:size]
        rest = rest[size + 2 :]
    return bytes(data), False


def test_a_slow_reader_gets_the_whole_export(server: str) -> None:
    began = time.monotonic()
    head, body = read_slowly(server, "/api/v1/timeline?conflict=hostile-conflict&format=csv")
    seconds = time.monotonic() - began
    assert head.startswith(b"HTTP/1.1 200")
    assert b"transfer-encoding: chunked" in head.lower()
    text, complete = dechunk(body)
    print(f"CSV export of {len(text)} bytes read slowly in {seconds:.1f} s")
    assert complete
    rows = list(csv.DictReader(io.StringIO(text.decode("utf-8"))))
    assert sorted(row["id"] for row in rows) == [f"hostile-event-{n:04d}" for n in range(1, 301)]


@pytest.fixture(scope="module")
def tight_server(settings: Settings, export_graph: Database) -> Iterator[str]:
    """One worker (budgets are per worker) with small budgets for anonymous clients."""
    env = {
        "KB_ANON_RATE": "10/minute",
        "KB_ANON_HEAVY_CONCURRENCY": "1",
        "KB_ANON_HEAVY_TOTAL": "2",
        "KB_KEY_RATE": "1000/minute",
    }
    with gunicorn_server(settings, workers=1, env=env) as base:
        yield base


def assert_too_many(answer: Answer, why: str) -> None:
    assert answer.status == 429, answer
    assert answer.headers["Content-Type"] == "application/problem+json"
    problem = json.loads(answer.body)
    assert problem["status"] == 429
    assert why in problem["detail"]
    assert int(answer.headers["Retry-After"]) >= 1


def test_anonymous_clients_have_a_rate(tight_server: str) -> None:
    search = SEARCH
    assert [get(tight_server, search, "127.0.0.2").status for _ in range(10)] == [200] * 10
    counts = "/api/v1/timeline/counts?bucket=year"
    for path in (search, "/api/v1/timeline?format=ndjson", "/api/v1/timeline?q=clash", counts):
        assert_too_many(get(tight_server, path, "127.0.0.2"), "at most 10 per 1 minute")
    # Another client, a key holder at the same address, and a cheap request are not limited.
    assert get(tight_server, search, "127.0.0.3").status == 200
    keyed = get(tight_server, search, "127.0.0.2", Authorization=f"Bearer {KEY}")
    assert keyed.status == 200
    assert get(tight_server, "/api/v1/timeline?limit=5", "127.0.0.2").status == 200


class HeldDraft:
    """A POST /drafts whose body never comes: it holds an expensive request's place (until the
    body deadline, or until this client hangs up)."""

    def __init__(self, base: str, source: str) -> None:
        self.sock = socket.create_connection(address(base), ANSWER_WITHIN, (source, 0))
        self.sock.sendall(
            b"POST /api/v1/drafts HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n{"
        )

    def answered(self) -> bool:
        """Tell whether the draft was answered (refused) instead of holding its place."""
        return bool(select.select([self.sock], [], [], 0)[0])

    def close(self) -> None:
        self.sock.close()


@contextmanager
def held_place(base: str, source: str) -> Iterator[Answer]:
    """Hold a draft from `source`; yield the first search from `source` refused meanwhile. The
    draft may reach the server after a search took the place, and be refused: then again. Each
    search that went through waits a little longer for the draft to arrive (a loaded machine is
    slow to hand it to the worker); at most 8 of them, below the tight server's 10 a minute, so
    that the refusal met is the one this test looks for, not the rate."""
    held = HeldDraft(base, source)
    answer = None
    try:
        for attempt in range(8):
            answer = get(base, SEARCH, source)
            if answer.status != 200 and not held.answered():
                break
            if held.answered():
                held.close()
                held = HeldDraft(base, source)
            time.sleep(min(0.05 * 2**attempt, 2.0))
        assert answer is not None
        yield answer
    finally:
        held.close()


def test_anonymous_clients_have_a_number_at_once(tight_server: str) -> None:
    with held_place(tight_server, "127.0.0.4") as refused:
        assert_too_many(refused, BUSY)
        keyed = get(tight_server, SEARCH, "127.0.0.4", Authorization=f"Bearer {KEY}")
        assert keyed.status == 200
        with held_place(tight_server, "127.0.0.5") as refused_too:
            assert_too_many(refused_too, BUSY)
            # Two anonymous expensive requests run (KB_ANON_HEAVY_TOTAL): a third client waits.
            assert_too_many(get(tight_server, SEARCH, "127.0.0.6"), BUSY)
            assert get(tight_server, "/api/v1/timeline?limit=5", "127.0.0.6").status == 200
