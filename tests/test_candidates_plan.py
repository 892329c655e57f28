"""The candidate query reaches stored records through index seeks only: no scan of every event."""

from __future__ import annotations

from typing import Any

from kb_service.store.cypher import query
from kb_service.store.db import Database


def operators(plan: Any) -> list[tuple[str, str]]:
    found = [(plan["operatorType"].split("@")[0], str(plan.get("args", {}).get("Details", "")))]
    for child in plan.get("children", []):
        found += operators(child)
    return found


def test_candidates_are_sought_by_index(db: Database) -> None:
    with db.driver.session(database=db.name) as session:
        text = "EXPLAIN " + query("read/same_record_candidates")
        plan = session.run(text).consume().plan  # type: ignore[operator]
    used = operators(plan)
    names = [name for name, _ in used]
    assert not [n for n in names if n.endswith("LabelScan") or n == "AllNodesScan"], names
    # The way in by a named registry entry: the unique id index of Record.
    assert any(n == "NodeUniqueIndexSeek" and ":Record(id)" in d for n, d in used), used
    # The way in by type and date: a range seek on start_key (a few weeks), then the type.
    for label in ("Event", "Statement"):
        assert any(
            n == "NodeIndexSeekByRange" and f"RANGE INDEX c:{label}(start_key)" in d
            for n, d in used
        ), (label, used)
    assert any(n == "NodeIndexSeek" and "RANGE INDEX c:Relation(type)" in d for n, d in used)
    # The actor expanded from is the least linked one: its degree is read, not its links.
    assert any(n == "Projection" and "getDegree((actor)<-[:PARTICIPANT]-())" in d for n, d in used)
