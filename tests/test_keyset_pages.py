"""Keyset pages over every span band, with ties across bands: the page walk against an oracle.

A purpose-made source puts events of every band (day, month, year, decade, long, open start,
open end) on the same start days, so that a page boundary falls between rows of different bands
with equal keys. Every walk, in both orders, for several windows and page sizes, must give the
rows the stored day keys say, each once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SEEDS, load, stored_order, walk_pages, wipe

from kb_service.read import pages
from kb_service.store.db import Database

DATES = [
    "2021-02-01", "2021-02-01", "2021-02-01", "2021-02-01", "2021-02-02", "2021-02-02",
    "2021-02", "2021", "2021-02-01/2021-03-15", "2021-02-01/2025", "2021-02-01/2040",
    "2021-02-01/..", "../2021-02-01", "../2021-02-01", "../2021-02-02", "2021-01-31?",
]  # fmt: skip
WINDOWS = ["", "&from=2021-02-02", "&to=2021-02-01", "&from=2021-03-01&to=2021-03-01"]


def tied_source() -> dict[str, Any]:
    lines = [f"Event number {i} happened." for i in range(len(DATES))]
    return {
        "kind": "source",
        "id": "test-tied-bands",
        "title": "Events of every span band on the same days",
        "publisher": "Test desk",
        "published": "2041-01-01",
        "language": "en",
        "text": "\n".join(lines) + "\n",
        "events": [
            {
                "id": f"test-tied-{i:02d}",
                "title": f"Event number {i}",
                "type": "meeting",
                "date": date,
                "participants": [{"actor": "sergey-lavrov", "role": "host"}],
                "evidence": [{"passage": i + 1, "quote": lines[i]}],
            }
            for i, date in enumerate(DATES)
        ],
    }


@pytest.fixture(scope="module", autouse=True)
def graph(db: Database, tmp_path_factory: pytest.TempPathFactory) -> Database:
    folder = tmp_path_factory.mktemp("tied")
    source = folder / "tied.yaml"
    source.write_text(yaml.safe_dump(tied_source(), allow_unicode=True), encoding="utf-8")
    wipe(db)
    load(db, SEEDS, Path(source))
    return db


@pytest.mark.parametrize("anchor_most", [2000, 0], ids=["from-ids", "by-bands"])
@pytest.mark.parametrize("limit", [1, 2, 3])
@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("actor", ["", "&actor=sergey-lavrov"])
def test_walks_follow_the_stored_keys(
    client: Any,
    graph: Database,
    monkeypatch: pytest.MonkeyPatch,
    anchor_most: int,
    limit: int,
    order: str,
    window: str,
    actor: str,
) -> None:
    monkeypatch.setattr(pages, "ANCHOR_MOST", anchor_most)
    match = (
        "MATCH (n:Event)-[:PARTICIPANT]->(:Actor {id: 'sergey-lavrov'})"
        if actor
        else ("MATCH (n:Event)")
    )
    expected = stored_order(graph, match, window, order)
    seen = walk_pages(client, f"/timeline?limit={limit}&order={order}{window}{actor}")
    assert seen == expected and len(expected) >= 5
    assert {r["band"] for r in _bands(graph)} == {
        "day", "month", "year", "decade", "long", "open_start"
    }  # fmt: skip


def _bands(graph: Database) -> list[dict[str, Any]]:
    records = graph.driver.execute_query(
        "MATCH (n:Event) WHERE n.id STARTS WITH 'test-tied-' RETURN DISTINCT n.band AS band"
    ).records
    return [record.data() for record in records]
