"""The schema applies idempotently, and every Cypher file is valid for the real planner."""

from __future__ import annotations

import pytest

from kb_service.cypher import names, query
from kb_service.db import Database
from kb_service.schema import apply_schema, expected_names, missing_schema


def test_schema_applies_twice_and_is_online(db: Database) -> None:
    before = db.read("admin/schema_state", names=expected_names())
    apply_schema(db)
    apply_schema(db)
    after = db.read("admin/schema_state", names=expected_names())
    assert sorted(r["name"] for r in before) == sorted(r["name"] for r in after)
    assert missing_schema(db) == []
    assert len(expected_names()) >= 20


@pytest.mark.parametrize(
    "name", [n for folder in ("read", "write", "explore", "admin") for n in names(folder)]
)
def test_every_query_file_passes_explain(db: Database, name: str) -> None:
    text = query(name)
    assert text.lstrip().startswith("//"), "each file starts with a header comment"
    if "SHOW " in text or "CALL db.awaitIndexes" in text or "CALL dbms." in text:
        db.run_text(text, {"names": []})  # procedures and SHOW cannot be EXPLAINed; run them
    else:
        db.run_text("EXPLAIN " + text)  # type: ignore[operator]
