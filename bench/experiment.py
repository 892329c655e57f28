"""The timeline's keyset query, measured against its previous shape: the service's query (read
per span band in index order) against the query it replaced, a single start_key seek with an OR
tie-break (bench/cypher/previous_timeline_events_asc.cypher)."""

from __future__ import annotations

import statistics
import time
from typing import Any

from neo4j import Driver, RoutingControl

from bench.cases import Case
from bench.cypher_files import statement
from bench.plans import _walk
from kb_service.cypher import query

ROUNDS = 30


def _run(driver: Driver, database: str, text: Any, params: dict[str, Any]) -> list[str]:
    records, _, _ = driver.execute_query(
        text, params, database_=database, routing_=RoutingControl.READ
    )
    return [record["id"] for record in records]


def _figures(driver: Driver, database: str, text: Any, params: dict[str, Any]) -> dict[str, Any]:
    with driver.session(database=database) as session:
        summary = session.run("PROFILE " + text, params).consume()
    steps = _walk(summary.profile)
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        _run(driver, database, text, params)
        samples.append(time.perf_counter() - started)
    return {
        "db_hits": sum(int(step["db_hits"]) for step in steps),
        "sort": next((s["operator"] for s in steps if s["operator"] in ("Top", "PartialTop")), ""),
        "p50_ms": round(statistics.median(samples) * 1000, 2),
    }


def compare(driver: Driver, database: str, cases: list[Case]) -> list[dict[str, Any]]:
    """For every ascending event case: same ids? db hits, sort operator and p50 of both."""
    variant = statement("previous_timeline_events_asc")
    results = []
    for case in cases:
        if case.kind != "event" or case.filters.order != "asc":
            continue
        params = case.params()
        original = query(case.keyset_query)
        same = _run(driver, database, original, params) == _run(driver, database, variant, params)
        results.append(
            {
                "case": case.name,
                "same_rows": same,
                "service_query": _figures(driver, database, original, params),
                "previous": _figures(driver, database, variant, params),
            }
        )
    return results
