"""The schema applies idempotently, and every Cypher file is valid for the real planner."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cypher
from flask.testing import FlaskClient

from kb_service.store.cypher import names, query
from kb_service.store.db import Database
from kb_service.store.schema import BAND_INDEXES, apply_schema, expected_names, missing_schema


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
        db.write(name, names=[])  # procedures and SHOW cannot be EXPLAINed; run them
    else:
        db.explain(name)


def test_applying_the_schema_bands_nodes_stored_before_bands(
    seeded_db: Database, client: FlaskClient
) -> None:
    """A graph ingested before span bands existed is listed in full once the schema is applied."""
    everything = [r["id"] for r in cypher(seeded_db, "MATCH (e:Event) RETURN e.id AS id")]
    stored = cypher(
        seeded_db,
        "MATCH (n) WHERE n:Event OR n:Statement OR n:Relation "
        "RETURN n.id AS id, n.band AS band, n.seek_key AS seek_key ORDER BY id",
    )
    cypher(seeded_db, "MATCH (n) WHERE n.band IS NOT NULL REMOVE n.band, n.seek_key")
    cypher(seeded_db, "MATCH ()-[c:ASSERTS]->() REMOVE c.band, c.seek_key")
    for name in BAND_INDEXES:  # a graph from before bands has neither bands nor their indexes
        cypher(seeded_db, f"DROP INDEX {name} IF EXISTS")
    assert client.get("/api/v1/timeline").get_json()["data"] == []  # type: ignore[attr-defined]
    apply_schema(seeded_db)
    again = cypher(
        seeded_db,
        "MATCH (n) WHERE n:Event OR n:Statement OR n:Relation "
        "RETURN n.id AS id, n.band AS band, n.seek_key AS seek_key ORDER BY id",
    )
    assert again == stored and {r["band"] for r in stored} >= {"day", "month", "open_start"}
    unbanded = cypher(seeded_db, "MATCH ()-[c:ASSERTS]->() WHERE c.band IS NULL RETURN c")
    assert unbanded == []
    listed = client.get("/api/v1/timeline?limit=500").get_json()["data"]
    assert sorted(item["id"] for item in listed) == sorted(everything)


def test_every_relationship_type_has_a_write_branch() -> None:
    import re

    from kb_service.write.source_links import LINK_TYPES

    branches = set(re.findall(r"WHEN '([A-Z_]+)' THEN", query("write/links_create")))
    assert branches == LINK_TYPES


def link_types(folder: Path) -> set[str]:
    """Return the relationship types the sources of a folder of curated files write."""
    from kb_service.curation import collect_files, validate
    from kb_service.write.row_builder import SourceRows

    batch = validate(collect_files([folder]), lambda ids, replacing: {})
    return {
        row["type"]
        for document in batch.documents()
        if document.kind == "source"
        for row in SourceRows.of(document, batch.labels, batch.vocabulary).links
    }


def test_every_link_the_curated_files_make_has_a_known_type() -> None:
    from conftest import FIXTURES, SEEDS

    from kb_service.write.source_links import LINK_TYPES

    made = link_types(SEEDS)
    for folder in ("agreement", "clients", "draft_en", "names", "time_order", "two_versions"):
        made |= link_types(FIXTURES / folder)
    assert made <= LINK_TYPES
    assert {"EVIDENCED_BY", "PARTICIPANT", "SPOKEN_BY", "SUBJECT", "PRECEDES"} <= made


def test_a_row_of_an_unknown_type_is_refused_not_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import SEEDS

    from kb_service.write import source_links

    monkeypatch.setattr(source_links, "LINK_TYPES", source_links.LINK_TYPES - {"ABOUT"})
    with pytest.raises(source_links.UnknownLinkType, match="ABOUT"):
        link_types(SEEDS)
