"""Take the Neo4j Browser screenshots in docs/ from a running local Neo4j with the seeds
ingested (`make run`): the Minsk Group's neighbourhood (cypher/explore/minsk_group_co_chairs.cypher)
with the English and the Arabic style applied, at 1280 px wide.

    .venv/bin/python tools/browser_screenshots.py --http 7474 --bolt 7687 --out docs

Like tools/embed_screenshots.py it drives Debian's Chromium through Playwright and waits for
the Browser's own signals (a frame, the graph's nodes), never for a fixed time.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
EXPLORE = Path(__file__).resolve().parent.parent / "cypher" / "explore"
SIZES = {1280: 800}  # width: height (the Browser is a desktop tool: no phone layout)
STYLES = {"en": "style.grass", "ar": "style.ar.grass"}
WAIT_MS = 60_000  # a bound on waiting for the Browser to draw, not a sleep


def run(page: Any, command: str) -> None:
    """Paste a command into the Browser's editor, run it, and wait for its frame."""
    frames = page.locator("[data-testid=frame]").count()
    page.locator("[data-testid=activeEditor]").click()
    page.evaluate("(text) => navigator.clipboard.writeText(text)", command)
    page.keyboard.press("Control+V")
    page.locator("[data-testid=editor-Run]").click()
    page.wait_for_function(
        "(n) => document.querySelectorAll('[data-testid=frame]').length > n",
        arg=frames,
        timeout=WAIT_MS,
    )


def shoot(browser: Any, ports: tuple[int, int], out: Path, lang: str, width: int) -> Path:
    """Connect a fresh Browser, apply the language's style, draw the Minsk Group, save it."""
    http, bolt = ports
    context = browser.new_context(viewport={"width": width, "height": SIZES[width]})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(
        f"http://localhost:{http}/browser/?connectURL=bolt://localhost:{bolt}"
        "&preselectAuthMethod=NO_AUTH"
    )
    page.wait_for_selector("text=Connected to Neo4j", timeout=WAIT_MS)
    run(page, ":style " + (EXPLORE / STYLES[lang]).read_text(encoding="utf-8"))
    run(page, ":param group => 'osce-minsk-group'")
    query = (EXPLORE / "minsk_group_co_chairs.cypher").read_text(encoding="utf-8")
    run(page, "\n".join(line for line in query.splitlines() if not line.startswith("//")))
    page.wait_for_function(
        "() => document.querySelectorAll('svg g.node').length >= 3", timeout=WAIT_MS
    )
    path = out / f"neo4j-browser-{lang}-{width}.png"
    page.screenshot(path=str(path))
    context.close()
    return path


def main() -> None:
    """Take every screenshot and print the files written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--http", type=int, default=7474)
    parser.add_argument("--bolt", type=int, default=7687)
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        for lang in STYLES:
            for width in SIZES:
                print(shoot(browser, (args.http, args.bolt), args.out, lang, width))
        browser.close()


if __name__ == "__main__":
    main()
