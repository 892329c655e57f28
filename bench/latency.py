"""Page latency through HTTP under gunicorn and through the bare driver, side by side."""

from __future__ import annotations

import http.client
import json
import statistics
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from neo4j import READ_ACCESS, Driver

from bench.cases import PAGE, Case, deep_case
from kb_service.read import pages
from kb_service.read.pages import sort_key
from kb_service.store.cypher import query

WARM_UP = 10


class BareDriver:
    """Run a case's two queries exactly as kb_service.read.timeline does, with no service around."""

    def __init__(self, driver: Driver, database: str) -> None:
        self.driver = driver
        self.database = database

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run one read query as an auto-commit query on a reader, as Database.read does."""
        with self.driver.session(database=self.database, default_access_mode=READ_ACCESS) as s:
            return [record.data() for record in s.run(query(name), params)]

    def page(self, case: Case) -> list[str]:
        """Fetch one page: the page's rows (the service's queries), then the records of `PAGE`."""
        ids = [row["id"] for row in case.rows(self)[:PAGE]]
        records = self.read(case.records_query, ids=ids, as_of_key=None)
        return [record["record"]["id"] for record in records]

    def cursor_to(self, page: int) -> tuple[str | None, int]:
        """Walk the unfiltered timeline by cursor to `page` (or the last full page before it)."""
        cursor: str | None = None
        reached = 1
        while reached < page:
            case = deep_case(cursor, reached) if cursor else Case("walk", "event", {})
            kept, following = pages.page_of(case.rows(self), PAGE, sort_key)
            if following is None or len(kept) < PAGE:
                break
            cursor, reached = following, reached + 1
        return cursor, reached


class Recorder:
    """A reader that runs each query through another and remembers (name, params) of each."""

    def __init__(self, reader: BareDriver) -> None:
        self.reader = reader
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run and remember one read query."""
        self.calls.append((name, params))
        return self.reader.read(name, **params)


def http_get(base: str, path: str) -> tuple[int, bytes]:
    """GET one URL on a fresh connection (gunicorn's sync workers close each one)."""
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
    try:
        connection.request("GET", path, headers={"Accept": "application/json"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def summary(samples: list[float]) -> dict[str, float]:
    """Return p50, p95, mean and count of latencies in milliseconds."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {
        "p50_ms": round(cuts[49] * 1000, 2),
        "p95_ms": round(cuts[94] * 1000, 2),
        "mean_ms": round(statistics.fmean(samples) * 1000, 2),
        "n": len(samples),
    }


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def measure(base: str, bare: BareDriver, case: Case, count: int, budget: float) -> dict[str, Any]:
    """Time `count` API requests and `count` bare-driver pages, alternating, within `budget` s."""
    status, body = http_get(base, case.path)
    if status != 200:
        raise RuntimeError(f"{case.path} answered {status}: {body[:300]!r}")
    api_ids = [item["id"] for item in json.loads(body)["data"]]
    same = api_ids == bare.page(case)
    for _ in range(WARM_UP):
        http_get(base, case.path)
        bare.page(case)
    api: list[float] = []
    driver: list[float] = []
    deadline = time.monotonic() + budget
    while len(api) < count and (len(api) < 20 or time.monotonic() < deadline):
        api.append(_timed(lambda: http_get(base, case.path)))
        driver.append(_timed(lambda: bare.page(case)))
    api_figures, driver_figures = summary(api), summary(driver)
    return {
        "case": case.name,
        "path": case.path,
        "page": case.page,
        "rows": len(api_ids),
        "same_ids_as_bare_driver": same,
        "api": api_figures,
        "bare_driver": driver_figures,
        "ratio_p50": round(api_figures["p50_ms"] / driver_figures["p50_ms"], 2),
        "ratio_p95": round(api_figures["p95_ms"] / driver_figures["p95_ms"], 2),
    }
