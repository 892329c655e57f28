"""Each Neo4j Browser exploration query runs on the seed graph and returns what it promises."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from conftest import SEEDS, cypher

from kb_service.store.cypher import cypher_root, names, query
from kb_service.store.db import Database

pytestmark = pytest.mark.usefixtures("seeded_db")


def run(db: Database, name: str, **params: object) -> list[dict[str, Any]]:
    return cypher(db, query(f"explore/{name}"), **params)


def test_every_query_says_how_to_set_its_parameters() -> None:
    for name in names("explore"):
        text = query(name)
        assert text.startswith("//") and "Returns:" in text, name
        for param in set(re.findall(r"\$(\w+)", text.split("\n\n")[0].split("MATCH")[1])):
            assert f":param {param} =>" in text, (name, param)


def test_conflict_timeline(seeded_db: Database) -> None:
    [row] = run(seeded_db, "conflict_timeline", conflict="nagorno-karabakh-conflict")
    timeline = row["timeline"]
    in_conflict = {
        event["id"]
        for path in SEEDS.glob("*.yaml")
        for event in (yaml.safe_load(path.read_text(encoding="utf-8")).get("events") or [])
        if event.get("conflict") == "nagorno-karabakh-conflict"
    }
    assert isinstance(timeline, list) and len(timeline) == len(in_conflict)
    # The timeline begins with the conflict's start, not with an undated "earlier".
    assert timeline[0] == (
        "1988-02  The Nagorno-Karabakh autonomous region declares its "
        "secession from the Azerbaijan SSR, starting the conflict"
    )
    paths = row["paths"]
    # one path from the conflict to each event, and the curated PRECEDES links among them
    precedes = {
        (event["id"], link["event"])
        for path in SEEDS.glob("*.yaml")
        for event in (yaml.safe_load(path.read_text(encoding="utf-8")).get("events") or [])
        for link in event.get("related") or []
        if link["type"] == "precedes"
        and event["id"] in in_conflict
        and link["event"] in in_conflict
    }
    assert len(paths) == len(in_conflict) + len(precedes)


def test_said_by_actor(seeded_db: Database) -> None:
    rows = run(seeded_db, "said_by_actor", actor="russia")
    assert [r["kind"] for r in rows] == ["appeal", "appeal", "commitment"]
    assert rows[0]["addressed_to"] == ["Jeyhun Bayramov"]


def test_contested_claims(seeded_db: Database) -> None:
    rows = run(seeded_db, "contested_claims")
    pairs = {(r["speaker_a"], r["speaker_b"]) for r in rows}
    assert pairs == {
        ("Ministry of Defence of Armenia", "Ministry of Defence of Azerbaijan"),
        ("Armenia", "Azerbaijan"),
        ("Ministry of Defence of Azerbaijan", "Armenia"),
    }
    assert all(r["quote_a"] and r["quote_b"] for r in rows)


def test_minsk_group_co_chairs(seeded_db: Database) -> None:
    rows = run(seeded_db, "minsk_group_co_chairs", group="osce-minsk-group")
    assert [(r["co_chair"]["id"], r["since"]) for r in rows] == [
        ("france", "1992/.."),
        ("russia", "1992/.."),
        ("united-states", "1992/.."),
    ]


def test_event_evidence(seeded_db: Database) -> None:
    rows = run(seeded_db, "event_evidence", event="lavrov-bayramov-call-2020-09-27")
    assert [r["number"] for r in rows] == [2, 4, 5]
    assert all(str(r["quote"]) in str(r["passage"]["text"]) for r in rows)


def test_reporting_chain(seeded_db: Database) -> None:
    [row] = run(seeded_db, "reporting_chain", statement="lavrov-concern-shelling-2020-09-27")
    assert row["speaker"] == "Sergey Lavrov"
    assert row["chain"] == ["Ministry of Foreign Affairs of Russia", "RIA Novosti", "RT Arabic"]


def test_the_browser_style_has_a_colour_and_caption_per_label() -> None:
    grass = (cypher_root() / "explore" / "style.grass").read_text()
    for label in (
        "Conflict",
        "Event",
        "Statement",
        "Actor",
        "Place",
        "Relation",
        "Source",
        "Passage",
    ):
        block = grass.split(f"node.{label} {{")[1].split("}")[0]
        assert "color:" in block and "caption:" in block, label


def test_the_language_styles_differ_from_the_english_one_in_their_names_only() -> None:
    english = (cypher_root() / "explore" / "style.grass").read_text()
    assert "{name_en}" in english and not english.lstrip().startswith("/*")
    for lang in ("ar", "ru"):
        other = (cypher_root() / "explore" / f"style.{lang}.grass").read_text()
        assert other == english.replace("{name_en}", "{name_" + lang + "}")
