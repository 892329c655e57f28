"""The embeddable timeline in a real headless Chromium, served by gunicorn from the seed graph."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import pytest
from conftest import SEEDS, load, wipe
from playwright.sync_api import Browser

from kb_service.db import Database


@pytest.fixture(scope="module")
def seeded(db: Database) -> Database:
    wipe(db)
    load(db, SEEDS)
    return db


def open_page(browser: Browser, url: str) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1200, "height": 700})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    page.wait_for_selector("body[data-ready]", state="attached", timeout=30_000)
    return page, errors, requests


def api_count(base: str, query: str) -> int:
    count, url = 0, f"{base}/api/v1/timeline?{query}&limit=500"
    while url:
        with urllib.request.urlopen(url, timeout=10) as response:
            body = json.load(response)
        count += len(body["data"])
        url = (
            f"{base}/api/v1/timeline?{query}&limit=500&cursor={body['next_cursor']}"
            if (body["next_cursor"])
            else ""
        )
    return count


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
