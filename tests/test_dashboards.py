"""Dashboard outputs: TimelineJS JSON and the Cytoscape.js graph view."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import SEEDS, curated_ids

from kb_service.store.db import Database


@pytest.fixture(scope="module", autouse=True)
def graph(seeded_db: Database) -> Database:
    return seeded_db


def timelinejs(client: Any, query: str = "") -> dict[str, Any]:
    response = client.get(f"/api/v1/timeline?format=timelinejs&include=all{query}")
    assert response.status_code == 200 and response.mimetype == "application/json"
    body: dict[str, Any] = response.get_json()
    return body


def test_timelinejs_document_has_the_documented_shape(client: Any) -> None:
    body = timelinejs(client)
    ids = [slide["unique_id"] for slide in body["events"]]
    assert len(set(ids)) == len(ids)
    loaded = curated_ids(SEEDS)
    assert set(ids) == loaded["Event"] | loaded["Statement"]
    for slide in body["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert set(slide["start_date"]) <= {"year", "month", "day"}
        assert slide["text"]["headline"] and "<blockquote" in slide["text"]["text"]
        assert slide["group"] in {"Events", "Statements"}
        assert slide["display_date"]


def test_timelinejs_dates_keep_their_precision_and_uncertainty(client: Any) -> None:
    slides = {s["unique_id"]: s for s in timelinejs(client)["events"]}
    start = slides["karabakh-declares-secession-1988-02"]
    assert start["start_date"] == {"year": 1988, "month": 2} and "end_date" not in start
    assert start["display_date"] == "Feb 1988"
    war = slides["karabakh-war-1992-1994"]
    assert (war["start_date"], war["end_date"]) == ({"year": 1992}, {"year": 1994})
    assert war["display_date"] == "1992–1994"
    assert slides["karabakh-martial-law-2020-09-27"]["display_date"] == "27 Sep 2020?"
    assert slides["minsk-group-negotiations-1992"]["display_date"] == "1992 onwards"
    earlier = slides["lavrov-mnatsakanyan-call-2020-09"]
    assert earlier["display_date"] == "by 27 Sep 2020 (start unknown)"


def test_timelinejs_eras_are_the_multi_year_periods(client: Any) -> None:
    eras = timelinejs(client)["eras"]
    assert eras == [
        {
            "start_date": {"year": 1992},
            "end_date": {"year": 1994},
            "text": {"headline": "Armed confrontation over Karabakh, 1992–1994"},
        }
    ]


def test_timelinejs_honours_filters(client: Any) -> None:
    body = timelinejs(client, "&from=1990&to=1995&include=events")
    assert {s["unique_id"] for s in body["events"]} >= {"karabakh-war-1992-1994"}
    assert "karabakh-declares-secession-1988-02" not in {s["unique_id"] for s in body["events"]}


def elements(client: Any, center: str, depth: int = 1) -> dict[str, Any]:
    response = client.get(f"/api/v1/graph?center={center}&depth={depth}")
    assert response.status_code == 200
    body: dict[str, Any] = response.get_json()
    return body


def test_graph_is_cytoscape_json_around_the_centre(client: Any) -> None:
    body = elements(client, "osce-minsk-group")
    nodes = {n["data"]["id"]: n["data"] for n in body["elements"]["nodes"]}
    assert nodes["osce-minsk-group"] == {
        "id": "osce-minsk-group",
        "label": "OSCE Minsk Group",
        "type": "actor",
        "center": True,
    }
    assert {"russia-co-chair-of-minsk-group", "minsk-group-part-of-osce"} <= set(nodes)
    assert "russia" not in nodes  # two hops away
    for edge in body["elements"]["edges"]:
        assert edge["data"]["source"] in nodes and edge["data"]["target"] in nodes
        assert edge["data"]["label"].isupper()
    assert body["truncated"] is False


def test_graph_depth_two_reaches_the_co_chairs(client: Any) -> None:
    nodes = {n["data"]["id"] for n in elements(client, "osce-minsk-group", 2)["elements"]["nodes"]}
    assert {"russia", "united-states", "france", "osce"} <= nodes
    assert not any("#" in node for node in nodes)  # passages are evidence, not graph nodes


def test_graph_errors(client: Any) -> None:
    assert client.get("/api/v1/graph?center=nobody").status_code == 404
    assert client.get("/api/v1/graph?center=russia&depth=3").status_code == 400
    assert client.get("/api/v1/graph").status_code == 400
