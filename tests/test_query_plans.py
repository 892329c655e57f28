"""Every hot read query is served by an index: EXPLAIN shows no label or all-nodes scan."""

from __future__ import annotations

from typing import Any

import pytest

from kb_service.cypher import names, query
from kb_service.db import Database

FULL_TEXT = {"read/text_matches"}  # served by the full-text indexes through a procedure


def operators(plan: Any) -> list[str]:
    found = [plan["operatorType"].split("@")[0]]
    for child in plan.get("children", []):
        found += operators(child)
    return found


@pytest.mark.parametrize("name", [n for n in names("read") if n not in FULL_TEXT])
def test_hot_query_uses_an_index(db: Database, name: str) -> None:
    with db.driver.session(database=db.name) as session:
        plan = session.run("EXPLAIN " + query(name)).consume().plan  # type: ignore[operator]
    used = operators(plan)
    assert not [op for op in used if "LabelScan" in op or "AllNodesScan" in op], used
    assert any("Index" in op for op in used), used


def test_timeline_order_comes_from_the_index(db: Database) -> None:
    with db.driver.session(database=db.name) as session:
        plan = session.run("EXPLAIN " + query("read/timeline_events_asc")).consume().plan
    used = operators(plan)
    assert "NodeIndexSeekByRange" in used
