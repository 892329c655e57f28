"""The embeddable map and the linked dashboard in Debian's Chromium, served by gunicorn: Leaflet
over Natural Earth outlines shipped with the package, the timeline's filters, Arabic, and the
link between the timeline's period and the map, and between a place and the timeline."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, SEEDS, load, open_page, timeline_items, wipe

from kb_service.store.db import Database

CLIENT_FIXTURE = FIXTURES / "clients"


@pytest.fixture(scope="module")
def seeded(db: Database) -> Database:
    wipe(db)
    load(db, SEEDS)
    load(db, CLIENT_FIXTURE)
    return db


def features(base: str, query: str) -> list[dict[str, Any]]:
    return timeline_items(base, f"{query}&format=geojson", "features")


def records(base: str, query: str) -> list[dict[str, Any]]:
    return timeline_items(base, query)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_map_draws_every_located_record_offline(
    seeded: Database, live_server: str, browser: Any, lang: str
) -> None:
    page, errors, requests = open_page(browser, f"{live_server}/embed/map?lang={lang}")
    assert page.evaluate("document.body.dataset.ready") == "true"
    located = [f for f in features(live_server, "include=all") if f["geometry"]]
    unlocated = len(features(live_server, "include=all")) - len(located)
    assert located and int(page.evaluate("document.body.dataset.count")) == len(located)
    assert int(page.evaluate("document.body.dataset.unplaced")) == unlocated
    assert page.locator("path.leaflet-interactive[data-record]").count() == len(located)
    assert page.locator(".leaflet-overlay-pane path").count() > len(located)  # the outlines
    assert errors == [] and all(url.startswith(live_server) for url in requests)
    assert page.evaluate("document.documentElement.dir") == ("rtl" if lang == "ar" else "ltr")
    page.screenshot(path=str(shot(f"embed-map-{lang}.png")))
    page.close()


def test_the_map_takes_the_timeline_s_filters(
    seeded: Database, live_server: str, browser: Any
) -> None:
    query = "include=events&from=2020-01-01&to=2020-06-30"
    page, errors, _ = open_page(browser, f"{live_server}/embed/map?{query}")
    located = [f for f in features(live_server, query) if f["geometry"]]
    assert int(page.evaluate("document.body.dataset.count")) == len(located)
    assert errors == []
    page.close()


def test_a_click_on_a_place_shows_the_verbatim_evidence(
    seeded: Database, live_server: str, browser: Any
) -> None:
    page, errors, _ = open_page(browser, f"{live_server}/embed/map?lang=ar")
    page.locator('path.leaflet-interactive[data-places~="baku"]').first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert "لا داعي للتعبئة" in popup.inner_text()
    assert popup.locator("bdi.edtf").first.get_attribute("dir") == "ltr"
    assert errors == []
    page.close()


def test_the_dashboard_links_the_period_to_the_map_and_a_place_to_the_timeline(
    seeded: Database, live_server: str, browser: Any
) -> None:
    page, errors, requests = open_page(
        browser, f"{live_server}/embed/dashboard?include=all", width=1400, height=800
    )
    assert page.evaluate("document.body.dataset.ready") == "true"
    timeline = page.frame_locator("#timeline-frame")
    map_frame = page.frame_locator("#map-frame")
    # A period on the timeline: the map keeps the located records that overlap it.
    page.evaluate(
        """() => document.getElementById('timeline-frame').contentWindow.kbTimeline.timeline
                   .setWindow('2020-01-01', '2020-07-01')"""
    )
    page.wait_for_selector('body[data-period="2020-01-01/2020-07-01"]', state="attached")
    expected = [
        f
        for f in features(live_server, "include=all&from=2020-01-01&to=2020-07-01")
        if f["geometry"]
    ]
    assert int(page.evaluate("document.body.dataset.mapCount")) == len(expected)
    assert map_frame.locator("path.leaflet-interactive[data-record]").count() == len(expected)
    # A click on Baku on the map: the timeline shows the records there.
    page.evaluate(
        """() => document.getElementById('timeline-frame').contentWindow.kbTimeline.timeline
                   .setWindow('1980-01-01', '2030-01-01')"""
    )
    page.wait_for_selector('body[data-period="1980-01-01/2030-01-01"]', state="attached")
    map_frame.locator('path.leaflet-interactive[data-places~="baku"]').first.click()
    page.wait_for_selector("body[data-timeline-count]", state="attached", timeout=10_000)
    at_baku = [
        r
        for r in records(live_server, "include=all")
        if (r["kind"] == "statement" and r["place"] == "baku")
        or (r["kind"] == "event" and "baku" in [p["id"] for p in r["places"]])
    ]
    assert at_baku and int(page.evaluate("document.body.dataset.timelineCount")) == len(at_baku)
    drawn = timeline.locator(".vis-item.vis-point, .vis-item.vis-range, .vis-item.vis-box")
    assert drawn.count() == len(at_baku)
    page.locator("#show-all").click()
    assert int(page.evaluate("document.body.dataset.timelineCount")) == len(
        records(live_server, "include=all")
    )
    assert errors == [] and all(url.startswith(live_server) for url in requests)
    page.screenshot(path=str(shot("embed-dashboard.png")))
    page.close()


def shot(name: str) -> Any:
    import tempfile
    from pathlib import Path

    return Path(tempfile.gettempdir()) / name
