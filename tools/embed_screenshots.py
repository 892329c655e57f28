"""Take the embeds' screenshots in docs/ from a running service (`kb run`, seeds ingested):
the timeline, the map and the dashboard, in English and Arabic, at 360 and 1280 px wide.

    .venv/bin/python tools/embed_screenshots.py --base http://127.0.0.1:8000 --out docs

It drives Debian's Chromium through Playwright, as the browser tests do, and waits for each
page's own signals (body[data-ready], a popup, the evidence), never for a fixed time.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import expect, sync_playwright

CHROMIUM = "/usr/bin/chromium"
SIZES = {360: 640, 1280: 800}  # width: height
DAY = "from=2020-09-27&to=2020-09-27"


def open_evidence(page: Any) -> None:
    """Click the first event, so that its evidence shows below the timeline."""
    page.locator(".vis-item.event").first.click()
    page.locator("#evidence").wait_for(state="visible")
    page.evaluate("window.scrollTo(0, 0)")


def open_popup(page: Any) -> None:
    """Open the popup of Baku's statement (or of the first record drawn)."""
    page.evaluate(
        """() => { let chosen = null;
             kbMap.map.eachLayer(l => {
               const places = l.feature && l.feature.properties.located_places;
               if (places && (!chosen || places.includes('baku'))) { chosen = l; } });
             if (chosen) { chosen.openPopup(); } }"""
    )
    expect(page.locator(".leaflet-popup")).to_have_css("opacity", "1")  # faded in


def click_place(page: Any) -> None:
    """Click Stepanakert on the dashboard's map (or the first place drawn)."""
    shapes = page.frame_locator("#map-frame").locator("path.leaflet-interactive[data-places]")
    chosen = shapes.and_(shapes.locator('xpath=self::*[contains(@data-places, "stepanakert")]'))
    (chosen if chosen.count() else shapes).first.dispatch_event("click")
    page.wait_for_selector("body[data-timeline-count]", state="attached")
    # the place's name arrives after the count (the page asks the API for it)
    expect(page.locator("#dashboard-status")).to_contain_text(re.compile(r"\(\d+\)"))
    # the dashboard shows the place's records on the timeline: the map's popup is closed
    page.locator("#map-frame").element_handle().content_frame().evaluate(
        "() => { kbMap.map.closePopup(); }"
    )


PAGES: dict[str, tuple[str, Callable[[Any], None]]] = {
    "timeline": (f"/embed/timeline?{DAY}&include=all", open_evidence),
    "map": ("/embed/map?include=all", open_popup),
    "dashboard": ("/embed/dashboard?include=all", click_place),
}


def shoot(browser: Any, base: str, out: Path, name: str, lang: str, width: int) -> Path:
    """Open one embed, bring it to the state the docs show, and save its screenshot."""
    url, prepare = PAGES[name]
    page = browser.new_page(viewport={"width": width, "height": SIZES[width]})
    page.goto(f"{base}{url}&lang={lang}")
    page.wait_for_selector("body[data-ready]", state="attached", timeout=30_000)
    prepare(page)
    path = out / f"embed-{name}-{lang}-{width}.png"
    page.screenshot(path=str(path))
    page.close()
    return path


def main() -> None:
    """Take every screenshot the docs show."""
    parser = argparse.ArgumentParser(description="Take the embeds' screenshots in docs/.")
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for name in PAGES:
            for lang in ("en", "ar"):
                for width in SIZES:
                    print(shoot(browser, args.base.rstrip("/"), args.out, name, lang, width))
        browser.close()


if __name__ == "__main__":
    main()
