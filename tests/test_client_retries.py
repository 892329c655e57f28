"""The Python client's retries against real 429 and 503 answers of the API under gunicorn: a
budget of one search per 3 seconds, and a service whose Neo4j is not there. The client's waits
go through `RetryPolicy.sleep`, which the tests record (and, for the 429, really wait)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from conftest import free_port, gunicorn_server

from kb_client import Client, RateLimited, RetryPolicy, ServiceUnavailable
from kb_service.config import Settings
from kb_service.store.db import Database

WINDOW_SECONDS = 3


class Recorder:
    """A `sleep` that notes each wait, and waits for real when `real` is set."""

    def __init__(self, *, real: bool) -> None:
        self.waits: list[float] = []
        self.real = real

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.real:
            time.sleep(seconds)


@pytest.fixture(scope="module")
def tight(settings: Settings, db: Database) -> Iterator[str]:
    """One worker whose anonymous budget is one search per WINDOW_SECONDS."""
    env = {"KB_ANON_RATE": f"1 per {WINDOW_SECONDS} seconds"}
    with gunicorn_server(settings, workers=1, env=env) as base:
        yield base


@pytest.fixture(scope="module")
def no_database(settings: Settings) -> Iterator[str]:
    """The API with its Neo4j on a port where nothing listens: every read answers 503."""
    env = {"KB_NEO4J_URI": f"bolt://127.0.0.1:{free_port()}"}
    with gunicorn_server(settings, workers=1, env=env) as base:
        yield base


def test_a_429_is_retried_after_what_retry_after_asks(tight: str) -> None:
    sleep = Recorder(real=True)
    answers: list[httpx.Response] = []
    with Client(tight, retry=RetryPolicy(sleep=sleep)) as kb:
        # Every answer the client receives, as httpx hands it over (status and headers).
        kb.transport.http.event_hooks["response"].append(answers.append)
        kb.search("pyclient").to_list()  # the window's one search
        assert sleep.waits == []
        kb.search("pyclient").to_list()  # over budget: 429, waited out, asked again
    assert [answer.status_code for answer in answers] == [200, 429, 200]
    asked = float(answers[1].headers["Retry-After"])
    assert 1 <= asked <= WINDOW_SECONDS + 1  # flask-limiter rounds the window's end up
    assert sleep.waits == [asked]


def test_a_429_is_raised_when_retries_are_spent(tight: str) -> None:
    sleep = Recorder(real=True)
    kb = Client(tight, retry=RetryPolicy(max_retries=0, sleep=sleep))
    with kb, pytest.raises(RateLimited) as raised:
        for _ in range(2):
            kb.search("pyclient").to_list()
    assert sleep.waits == []
    assert raised.value.status == 429
    assert raised.value.retry_after is not None
    assert 1 <= raised.value.retry_after <= WINDOW_SECONDS + 1
    assert raised.value.problem["status"] == 429


def test_a_503_is_retried_as_often_as_the_policy_allows(no_database: str) -> None:
    sleep = Recorder(real=False)
    kb = Client(no_database, retry=RetryPolicy(max_retries=2, sleep=sleep))
    with kb, pytest.raises(ServiceUnavailable) as raised:
        kb.timeline().to_list()
    assert raised.value.status == 503
    assert raised.value.retry_after is not None and raised.value.retry_after > 0
    assert sleep.waits == [raised.value.retry_after] * 2


def test_a_wait_longer_than_max_wait_is_raised_at_once(no_database: str) -> None:
    sleep = Recorder(real=False)
    kb = Client(no_database, retry=RetryPolicy(max_wait=0.5, sleep=sleep))
    with kb, pytest.raises(ServiceUnavailable) as raised:
        kb.actor("pyclient-envoy")
    assert sleep.waits == []
    assert raised.value.retry_after is not None and raised.value.retry_after > 0.5
