"""The embeds on a phone and in small frames, in Debian's Chromium: the timeline's first view fits
its records at 360, 640 and 1280 px with no label cut, every row is reached by wheel and by
touch, and the dashboard names places and shows its map in a 640x480 frame (issue 28, items 4
and 5). The graph holds only tests/fixtures/embed_dates."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from conftest import FIXTURES, fresh_graph, open_page, timeline_items
from playwright.sync_api import expect

from kb_service.store.db import Database

EMBED_FIXTURE = FIXTURES / "embed_dates"
WEST_TOWN = {"en": "West Test Town", "ar": "بلدة الغرب الاختبارية"}


@pytest.fixture(scope="module")
def dated(db: Database) -> Database:
    return fresh_graph(db, EMBED_FIXTURE)


def data_range(base: str) -> tuple[date, date]:
    days = [
        date.fromisoformat(day)
        for record in timeline_items(base, "include=all")
        for day in (record["date"]["earliest"], record["date"]["latest"])
        if day
    ]
    return min(days), max(days)


SHOWN = """() => { const w = kbTimeline.timeline.getWindow();
  const frame = document.getElementById('timeline').getBoundingClientRect();
  const cut = [...document.querySelectorAll('.vis-item.vis-point, .vis-item.vis-box')]
    .map(e => e.getBoundingClientRect())
    .filter(b => b.right > frame.right + 1 || b.left < frame.left - 1).length;
  return [w.start.toISOString().slice(0, 10), w.end.toISOString().slice(0, 10), cut]; }"""


@pytest.mark.parametrize(("width", "height"), [(360, 640), (640, 480), (1280, 800)])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_first_view_fits_the_records_with_no_label_cut(
    dated: Database, live_server: str, browser: Any, lang: str, width: int, height: int
) -> None:
    url = f"{live_server}/embed/timeline?include=all&lang={lang}"
    page, errors, _ = open_page(browser, url, width=width, height=height)
    first, last = data_range(live_server)
    start, end, cut = page.evaluate(SHOWN)
    shown = date.fromisoformat(end) - date.fromisoformat(start)
    assert start <= first.isoformat() and end >= last.isoformat(), (start, end)
    assert shown <= 2.5 * (last - first), (start, end)  # the records fill the view
    assert cut == 0
    assert errors == []
    page.close()


# The Statements row is in view when its label and its item lie inside the visible part of the
# timeline (its center panel), and inside the viewport.
ROW_IN_VIEW = """() => {
  const panel = document.querySelector('.vis-panel.vis-center').getBoundingClientRect();
  const drawn = document.querySelector('.vis-item.statement');  // drawn once near the view
  if (!drawn) { return false; }
  const item = drawn.getBoundingClientRect();
  const bottom = Math.min(panel.bottom, window.innerHeight);
  return item.top >= panel.top - 1 && item.bottom <= bottom + 1; }"""


def statements_hidden(page: Any) -> None:
    assert page.evaluate(ROW_IN_VIEW) is False, "the row is in view already: nothing to test"


SIZES = [(360, 480), (640, 480)]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_statements_row_is_reached_by_the_mouse_wheel(
    dated: Database, live_server: str, browser: Any, width: int, height: int
) -> None:
    url = f"{live_server}/embed/timeline?include=all"
    page, errors, _ = open_page(browser, url, width=width, height=height)
    statements_hidden(page)
    box = page.locator(".vis-panel.vis-center").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + min(box["height"], 200) / 2)
    for _ in range(8):
        page.mouse.wheel(0, 120)
    page.wait_for_function(ROW_IN_VIEW, timeout=5_000)
    assert errors == []
    page.close()


def swipe_up(page: Any, x: float, y: float, distance: float) -> None:
    """Drag a finger up the screen by `distance` px, as a phone's user scrolls."""
    session = page.context.new_cdp_session(page)
    touch = {"x": x, "y": y, "id": 1}
    session.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [touch]})
    for step in range(1, 11):
        point = {**touch, "y": y - distance * step / 10}
        session.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
    session.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    session.detach()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_statements_row_is_reached_by_touch(
    dated: Database, live_server: str, browser: Any, width: int, height: int
) -> None:
    context = browser.new_context(
        viewport={"width": width, "height": height}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    page.goto(f"{live_server}/embed/timeline?include=all")
    page.wait_for_selector("body[data-ready]", state="attached", timeout=30_000)
    statements_hidden(page)
    box = page.locator(".vis-panel.vis-center").bounding_box()
    for _ in range(3):
        swipe_up(page, box["x"] + box["width"] / 2, box["y"] + box["height"] - 20, 150)
    page.wait_for_function(ROW_IN_VIEW, timeout=5_000)
    context.close()


# --- the dashboard ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_dashboard_names_the_place_clicked(
    dated: Database, live_server: str, browser: Any, lang: str
) -> None:
    url = f"{live_server}/embed/dashboard?include=all&lang={lang}"
    page, errors, _ = open_page(browser, url, width=1400, height=800)
    page.frame_locator("#map-frame").locator(
        'path.leaflet-interactive[data-places~="fixture-embed-west-town"]'
    ).first.dispatch_event("click")
    status = page.locator("#dashboard-status")
    expect(status).to_contain_text(f"{WEST_TOWN[lang]} (4)")
    assert "fixture-embed" not in status.inner_text()
    assert errors == []
    page.close()


def test_the_dashboard_s_map_starts_inside_a_640_by_480_frame(
    dated: Database, live_server: str, browser: Any
) -> None:
    url = f"{live_server}/embed/dashboard?include=all"
    page, errors, _ = open_page(browser, url, width=640, height=480)
    top = page.locator("#map-frame").evaluate("e => e.getBoundingClientRect().top")
    inner = page.frame_locator("#map-frame").locator("#map")
    expect(inner).to_be_visible()
    assert top + 160 <= 480, top  # a third of the frame at least shows the map
    timeline_top = page.locator("#timeline-frame").evaluate("e => e.getBoundingClientRect().top")
    assert timeline_top < 480 / 4
    assert errors == []
    page.close()
