"""Every hot read query is served by an index: EXPLAIN shows no label or all-nodes scan."""

from __future__ import annotations

from typing import Any

import pytest

from kb_service.store.cypher import names, query
from kb_service.store.db import Database

FULL_TEXT = {"read/text_matches", "read/name_matches"}  # full-text indexes, via a procedure


# Leaves that read no stored node: rows handed in by an outer branch, or a parameter list.
HANDED_IN = {"Argument", "Unwind"}


def leaves(plan: Any) -> list[str]:
    """Return the operators of a plan that have no child: where its rows start."""
    children = plan.get("children", [])
    if not children:
        return [plan["operatorType"].split("@")[0]]
    return [op for child in children for op in leaves(child)]


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
    # Where rows start from the graph (the plan's leaves), every operator reads an index:
    # not only one somewhere in the plan.
    starts = [op for op in leaves(plan) if op not in HANDED_IN]
    assert starts and all("Index" in op for op in starts), starts


KEYSET_QUERIES = [
    "read/timeline_events_asc",
    "read/timeline_events_desc",
    "read/statements_asc",
    "read/statements_desc",
]


def details(plan: Any) -> list[str]:
    found = [str(plan.get("args", {}).get("Details", ""))]
    for child in plan.get("children", []):
        found += details(child)
    return found


@pytest.mark.parametrize("name", KEYSET_QUERIES)
def test_page_order_comes_from_the_index(db: Database, name: str) -> None:
    """Each band is read in index order and cut at the page size (a Limit): no sort at all
    inside a band. The only sort is the outer Top, above the per-band Apply, which sees at most
    one page per band.
    """
    with db.driver.session(database=db.name) as session:
        plan = session.run("EXPLAIN " + query(name)).consume().plan  # type: ignore[operator]
    used = operators(plan)
    assert "Limit" in used and used.index("Apply") < used.index("Limit"), used
    assert not {"Sort", "PartialSort", "PartialTop"} & set(used), used
    assert used.count("Top") == 1 and used.index("Top") < used.index("Apply"), used
    assert any("(band, seek_key, end_key, id)" in text for text in details(plan)), details(plan)
