"""The embeddable timeline in a real headless Chromium, served by gunicorn from the seed graph."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from typing import Any

import pytest
from conftest import SEEDS, load, open_page, timeline_items, wipe
from playwright.sync_api import Browser

from kb_service.store.db import Database


@pytest.fixture(scope="module")
def seeded(db: Database) -> Database:
    wipe(db)
    load(db, SEEDS)
    return db


def api_count(base: str, query: str) -> int:
    return len(timeline_items(base, query))


@pytest.mark.parametrize("query", ["include=all", "include=events&from=1990&to=1995"])
def test_page_shows_what_the_api_returns_with_no_errors_and_no_outside_requests(
    seeded: Database, live_server: str, browser: Browser, query: str
) -> None:
    page, errors, requests = open_page(browser, f"{live_server}/embed/timeline?{query}")
    assert page.evaluate("document.body.dataset.ready") == "true"
    expected = api_count(live_server, query)
    assert expected > 0
    assert int(page.evaluate("document.body.dataset.count")) == expected
    drawn = page.locator(".vis-item.vis-point, .vis-item.vis-range").count()
    if "from=" in query:  # a filtered page opens on its window: items beyond it are not drawn
        assert 0 < drawn <= expected
    else:
        assert drawn == expected
    assert errors == []
    assert all(url.startswith(live_server) for url in requests), requests
    page.close()


def test_click_shows_the_evidence_quote_and_source(
    seeded: Database, live_server: str, browser: Browser
) -> None:
    page, errors, _ = open_page(browser, f"{live_server}/embed/timeline?type=war")
    assert errors == []
    page.locator(".vis-item.event").first.click()
    panel = page.locator("#evidence")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert "فقدت أذربيجان سيطرتها على قره باغ" in text
    assert "RT Arabic" in text and "15" in text
    assert page.locator(".vis-item.uncertain").count() == 0  # 1992/1994 is certain
    page.close()


def test_arabic_labels_read_right_to_left_and_uncertainty_is_marked(
    seeded: Database, live_server: str, browser: Browser
) -> None:
    page, errors, _ = open_page(browser, f"{live_server}/embed/timeline?lang=ar&include=all")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.locator(".vis-timeline.vis-rtl").count() == 1
    label = page.locator(".vis-item.statement .vis-item-content span").first
    assert label.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert any("\u0600" <= ch <= "\u06ff" for ch in label.inner_text())
    assert page.locator(".vis-item.uncertain .mark").count() >= 1  # 2020-09-27? and ../ dates
    assert errors == []
    page.screenshot(path=str(page_shot_path("embed-timeline-ar.png")))
    page.close()


def test_framing_is_allowed_for_configured_origins_only(seeded: Database, live_server: str) -> None:
    with urllib.request.urlopen(f"{live_server}/embed/timeline", timeout=10) as response:
        policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://dashboard.example.org" in policy
    assert "default-src 'self'" in policy and "script-src 'self'" in policy


def page_shot_path(name: str) -> Any:
    import tempfile
    from pathlib import Path

    return Path(tempfile.gettempdir()) / name


# --- the Arabic embed, the frame's height, the axis and the fit (issue 15) --------------------


def test_in_arabic_an_edtf_date_reads_left_to_right(
    seeded: Database, live_server: str, browser: Browser
) -> None:
    page, errors, _ = open_page(
        browser, f"{live_server}/embed/timeline?lang=ar&include=events&to=1989", height=700
    )
    page.locator(".vis-item.event").first.click()
    date = page.locator("#evidence h2 bdi.edtf")
    date.wait_for(state="visible")
    assert date.inner_text() == "1988-02"
    assert date.evaluate("e => [e.dir, getComputedStyle(e).direction]") == ["ltr", "ltr"]
    assert date.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
    published = page.locator("#evidence .source bdi.edtf").first
    assert published.inner_text() == "2020-09-27" and published.get_attribute("dir") == "ltr"
    assert errors == []
    page.close()


@pytest.mark.parametrize(("lang", "month"), [("ar", "سبتمبر"), ("en", "September")])
def test_the_time_axis_speaks_the_page_s_language(
    seeded: Database, live_server: str, browser: Browser, lang: str, month: str
) -> None:
    url = f"{live_server}/embed/timeline?lang={lang}&from=2020-09-01&to=2020-09-30"
    page, errors, _ = open_page(browser, url, height=700)
    labels = page.locator(".vis-time-axis .vis-text").all_inner_texts()
    assert any(month in label for label in labels), labels
    assert errors == []
    page.close()


def test_a_one_day_filter_draws_no_hour_axis(
    seeded: Database, live_server: str, browser: Browser
) -> None:
    url = f"{live_server}/embed/timeline?from=2020-09-27&to=2020-09-27"
    page, errors, _ = open_page(browser, url, height=700)
    labels = page.locator(".vis-time-axis .vis-text").all_inner_texts()
    assert labels and not any(re.search(r"\d:\d\d|\bAM\b|\bPM\b", label) for label in labels)
    assert errors == []
    page.close()


def test_the_evidence_shows_after_a_click_in_a_640_pixel_frame(
    seeded: Database, live_server: str, browser: Browser
) -> None:
    page, errors, _ = open_page(browser, f"{live_server}/embed/timeline?include=all", height=640)
    page.locator(".vis-item.event").first.click()
    panel = page.locator("#evidence")
    panel.wait_for(state="visible")
    top = panel.evaluate("e => e.getBoundingClientRect().top")
    assert 0 <= top < 640 - 40  # its heading at least is in view
    assert errors == []
    page.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_first_view_cuts_no_item(
    seeded: Database, live_server: str, browser: Browser, lang: str
) -> None:
    page, errors, _ = open_page(
        browser, f"{live_server}/embed/timeline?include=all&lang={lang}", height=700
    )
    cut = page.evaluate(
        """() => { const frame = document.getElementById('timeline').getBoundingClientRect();
             return [...document.querySelectorAll('.vis-item.vis-point')]
               .map(e => e.getBoundingClientRect())
               .filter(b => b.right > frame.right + 1 || b.left < frame.left - 1).length; }"""
    )
    assert page.locator(".vis-item.vis-point").count() > 0 and cut == 0
    assert errors == []
    page.close()


def test_an_unsupported_language_is_a_page_not_problem_json(
    seeded: Database, live_server: str, browser: Browser
) -> None:
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{live_server}/embed/timeline?lang=fr", timeout=10)
    assert refused.value.code == 400
    assert refused.value.headers["Content-Type"].startswith("text/html")
    body = refused.value.read().decode()
    assert "<code>lang</code>" in body and '"type"' not in body
    page, _, _ = open_page(browser, f"{live_server}/embed/timeline?lang=fr", height=640)
    assert "cannot be shown" in page.inner_text("h1")
    page.close()
