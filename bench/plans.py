"""PROFILE the hot queries with a case's parameters: which operators and indexes, how much work."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from bench.cases import PAGE, Case
from bench.latency import BareDriver, Recorder
from kb_service.store.cypher import query


def _walk(plan: Any) -> list[dict[str, Any]]:
    arguments = plan.get("args", {}) if isinstance(plan, dict) else {}
    step = {
        "operator": str(plan["operatorType"]).split("@")[0],
        "details": str(arguments.get("Details", ""))[:160],
        "rows": plan.get("rows", 0),
        "db_hits": plan.get("dbHits", 0),
    }
    steps = [step]
    for child in plan.get("children", []):
        steps += _walk(child)
    return steps


def profile(driver: Driver, database: str, name: str, params: dict[str, Any]) -> dict[str, Any]:
    """Run `PROFILE` on one query file and summarise its plan."""
    with driver.session(database=database) as session:
        summary = session.run("PROFILE " + query(name), params).consume()
    steps = _walk(summary.profile)
    operators = [step["operator"] for step in steps]
    return {
        "query": name,
        "db_hits": sum(int(step["db_hits"]) for step in steps),
        "uses_index": any("Index" in op for op in operators),
        "label_or_full_scan": any("LabelScan" in op or "AllNodesScan" in op for op in operators),
        "operators": steps,
    }


def profile_case(driver: Driver, database: str, case: Case) -> dict[str, Any]:
    """PROFILE every query a case's page runs (anchor, bands), then its records query."""
    recorder = Recorder(BareDriver(driver, database))
    ids = [row["id"] for row in case.rows(recorder)][:PAGE]
    steps = [profile(driver, database, name, params) for name, params in recorder.calls]
    keyset = {
        "queries": [step["query"] for step in steps],
        "db_hits": sum(step["db_hits"] for step in steps),
        "uses_index": all(step["uses_index"] for step in steps),
        "label_or_full_scan": any(step["label_or_full_scan"] for step in steps),
        "operators": [op for step in steps for op in step["operators"]],
    }
    records = profile(driver, database, case.records_query, {"ids": ids, "as_of_key": None})
    return {"case": case.name, "keyset": keyset, "records": records}
