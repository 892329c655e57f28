"""An event's title in its source's words (`title_ar`, `title_ru`) reaches the map: the GeoJSON
feature carries it and the Arabic map's popup is headed with it; a conflict's key dates and a
place's events carry it too, only when the curator gave one (issue 28). The graph holds only
tests/fixtures/map_titles."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, fresh_graph, open_page
from flask.testing import FlaskClient
from playwright.sync_api import expect

from kb_service.store.db import Database

FIXTURE = FIXTURES / "map_titles"
SHIP = "fixture-maptitles-ship"
QUAY = "fixture-maptitles-quay"
SHIP_AR = "افتتاح الميناء الجديد للسفن"  # not the quote, which the map shows without it
SHIP_RU = "Первое судно причалило в новом порту"
# The quay's event as a place or a conflict lists it: no title in the source's words was given.
QUAY_LISTED = {
    "id": QUAY,
    "title": "The old quay is closed",
    "date": {
        "edtf": "2023-04",
        "earliest": "2023-04-01",
        "latest": "2023-04-30",
        "precision": "month",
        "uncertain": False,
        "approximate": False,
    },
}

OPEN_POPUP = """id => { kbMap.map.closePopup(); kbMap.map.eachLayer(layer => {
  if (layer.feature && layer.feature.id === id && layer.openPopup) { layer.openPopup(); } }); }"""


@pytest.fixture(scope="module")
def titled(db: Database) -> Database:
    return fresh_graph(db, FIXTURE)


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


def test_the_geojson_feature_carries_the_titles_when_given(
    titled: Database, client: FlaskClient
) -> None:
    response = client.get("/api/v1/timeline?from=2023&to=2023&format=geojson")
    assert response.status_code == 200, response.get_data(as_text=True)
    features = by_id(response.get_json()["features"])
    ship = features[SHIP]["properties"]
    assert (ship["title_ar"], ship["title_ru"]) == (SHIP_AR, SHIP_RU)
    assert ship["title"] == "The first ship docks at the new harbour"
    quay = features[QUAY]["properties"]
    assert "title_ar" not in quay and "title_ru" not in quay


def test_a_conflict_s_key_dates_carry_them_when_given(
    titled: Database, client: FlaskClient
) -> None:
    record = client.get("/api/v1/conflicts/fixture-maptitles-dispute").get_json()["data"]
    key_dates = by_id(record["key_dates"])
    assert (key_dates[SHIP]["title_ar"], key_dates[SHIP]["title_ru"]) == (SHIP_AR, SHIP_RU)
    assert key_dates[QUAY] == {**QUAY_LISTED, "type": "withdrawal"}


def test_a_place_s_events_carry_them_when_given(titled: Database, client: FlaskClient) -> None:
    record = client.get("/api/v1/places/fixture-maptitles-town").get_json()["data"]
    events = by_id(record["events"])
    assert (events[SHIP]["title_ar"], events[SHIP]["title_ru"]) == (SHIP_AR, SHIP_RU)
    assert events[QUAY] == QUAY_LISTED


@pytest.mark.parametrize(("lang", "title"), [("ar", SHIP_AR), ("en", "The first ship docks")])
def test_the_map_popup_is_headed_with_the_title_in_the_page_s_language(
    titled: Database, live_server: str, browser: Any, lang: str, title: str
) -> None:
    page, errors, _ = open_page(browser, f"{live_server}/embed/map?lang={lang}")
    page.evaluate(OPEN_POPUP, SHIP)
    heading = page.locator(".leaflet-popup-content strong")
    expect(heading).to_contain_text(title)
    other = "The first ship" if lang == "ar" else SHIP_AR
    assert other not in heading.inner_text()
    assert errors == []
    page.close()
