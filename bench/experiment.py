"""The timeline's keyset query, measured against its previous shape: the service's query (read
per span band in index order) against the query it replaced, a single start_key seek with an OR
tie-break (bench/cypher/previous_timeline_events_asc.cypher)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from neo4j import Driver, RoutingControl

from bench.cases import Case
from bench.cypher_files import statement
from bench.latency import BareDriver
from bench.plans import _walk, profile_case

ROUNDS = 30
BUDGET_SECONDS = 20.0  # the previous query takes seconds per run at 1M: fewer rounds, at least 3
LEAST_ROUNDS = 3


def _run(driver: Driver, database: str, text: Any, params: dict[str, Any]) -> list[str]:
    records, _, _ = driver.execute_query(
        text, params, database_=database, routing_=RoutingControl.READ
    )
    return [record["id"] for record in records]


def _timed(work: Callable[[], Any]) -> dict[str, Any]:
    samples: list[float] = []
    while len(samples) < ROUNDS:
        if len(samples) >= LEAST_ROUNDS and sum(samples) > BUDGET_SECONDS:
            break
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return {"p50_ms": round(statistics.median(samples) * 1000, 2), "rounds": len(samples)}


def _previous(driver: Driver, database: str, text: Any, params: dict[str, Any]) -> dict[str, Any]:
    with driver.session(database=database) as session:
        summary = session.run("PROFILE " + text, params).consume()
    steps = _walk(summary.profile)
    return {
        "db_hits": sum(int(step["db_hits"]) for step in steps),
        "sort": next((s["operator"] for s in steps if s["operator"] in ("Top", "PartialTop")), ""),
        **_timed(lambda: _run(driver, database, text, params)),
    }


def _service(driver: Driver, database: str, case: Case) -> dict[str, Any]:
    bare = BareDriver(driver, database)
    planned = profile_case(driver, database, case)["keyset"]
    sorts = [
        op["operator"] for op in planned["operators"] if op["operator"] in ("Top", "PartialTop")
    ]
    return {
        "db_hits": planned["db_hits"],
        "queries": len(planned["queries"]),
        "sort": "+".join(sorted(set(sorts))),
        **_timed(lambda: case.rows(bare)),
    }


def compare(driver: Driver, database: str, cases: list[Case]) -> list[dict[str, Any]]:
    """For every ascending event case: same rows? db hits, sort operators and p50 of both."""
    variant = statement("previous_timeline_events_asc")
    bare = BareDriver(driver, database)
    results = []
    for case in cases:
        if case.kind != "event" or case.filters.order != "asc" or case.filters.text:
            continue
        params = case.previous_params()
        same = _run(driver, database, variant, params) == [r["id"] for r in case.rows(bare)]
        results.append(
            {
                "case": case.name,
                "same_rows": same,
                "service_query": _service(driver, database, case),
                "previous": _previous(driver, database, variant, params),
            }
        )
    return results
