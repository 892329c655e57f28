"""Take the workbench's screenshots in docs/ from a running service (`kb run`, seeds ingested):
/curate with a drafted text open, in English and Arabic, at 360 and 1280 px wide.

    .venv/bin/python tools/curate_screenshots.py --base http://127.0.0.1:8000 --out docs \
        --text seeds/000_d0b46a30435dc835.txt

The text is drafted as the page's "Suggest" box asks (POST /api/v1/drafts); with the seeds
ingested, its items are stored records, so the cards show the same-as box. Like
tools/embed_screenshots.py it drives Debian's Chromium through Playwright and waits for the
page's own signals (body[data-opened], the first card), never for a fixed time.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
SIZES = {360: 640, 1280: 800}  # width: height


def shoot(browser: Any, base: str, text: Path, out: Path, lang: str, width: int) -> Path:
    """Open the workbench, draft `text` in it, show its first event's card and save the shot."""
    page = browser.new_page(viewport={"width": width, "height": SIZES[width]})
    page.goto(f"{base}/curate?lang={lang}")
    page.check("#suggest")
    page.set_input_files("#files", str(text))
    page.click("#open-text")
    page.wait_for_selector("body[data-opened]", state="attached", timeout=60_000)
    card = page.locator("#events > .card").first
    card.wait_for(state="visible")
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    # the card's top just below the sticky toolbar (the selection's buttons), not under it
    card.evaluate(
        """card => { const bar = document.querySelector('.selection');
             const below = bar ? bar.getBoundingClientRect().height : 0;
             window.scrollBy(0, card.getBoundingClientRect().top - below - 8); }"""
    )
    path = out / f"curate-{lang}-{width}.png"
    page.screenshot(path=str(path))
    page.close()
    return path


def main() -> None:
    """Take every workbench screenshot the docs show."""
    parser = argparse.ArgumentParser(description="Take the workbench's screenshots in docs/.")
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--out", type=Path, default=Path("docs"))
    parser.add_argument("--text", type=Path, default=Path("seeds/000_d0b46a30435dc835.txt"))
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for lang in ("en", "ar"):
            for width in SIZES:
                base = args.base.rstrip("/")
                print(shoot(browser, base, args.text, args.out, lang, width))
        browser.close()


if __name__ == "__main__":
    main()
