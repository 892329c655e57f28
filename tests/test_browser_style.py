"""The Browser style and the exploration queries in the real Neo4j Browser (the one the local
Neo4j serves), driven in Debian's Chromium: the style applies by `:style` and by a file drop,
captions come in English or the chosen language, and the conflict timeline is drawn."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kb_service.store.cypher import cypher_root
from kb_service.store.db import Database

EXPLORE = cypher_root() / "explore"
CONFLICT = "nagorno-karabakh-conflict"


@pytest.fixture()
def neo4j_browser(
    browser: Any, neo4j_uri: str, seeded_db: Database
) -> Iterator[tuple[Any, list[str]]]:
    """A fresh Neo4j Browser page connected to the seeded test database, and its errors."""
    yield from connected_browser(browser, neo4j_uri)


def connected_browser(browser: Any, neo4j_uri: str) -> Iterator[tuple[Any, list[str]]]:
    """Yield a fresh Neo4j Browser page (its own storage: no style left from another test),
    connected to the test database, and the page errors it raises; close it after."""
    http = os.environ["KB_TEST_NEO4J_HTTP_PORT"]  # set by the session's Neo4j (conftest)
    bolt = neo4j_uri.rsplit(":", 1)[1]
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(
        f"http://127.0.0.1:{http}/browser/?connectURL=bolt://127.0.0.1:{bolt}"
        "&preselectAuthMethod=NO_AUTH"
    )
    page.wait_for_selector("text=Connected to Neo4j", timeout=60_000)
    yield page, errors
    context.close()


def run(page: Any, command: str) -> None:
    """Paste a command into the Browser's editor, as a user pastes a file's text, and run it."""
    frames = page.locator("[data-testid=frame]").count()
    page.locator("[data-testid=activeEditor]").click()
    page.evaluate("(text) => navigator.clipboard.writeText(text)", command)
    page.keyboard.press("Control+V")
    page.locator("[data-testid=editor-Run]").click()
    wait_for_frame(page, frames)


def wait_for_frame(page: Any, frames: int) -> None:
    """Wait until the Browser's stream shows one more frame than `frames` (each command and each
    dropped file adds one)."""
    page.wait_for_function(
        "n => document.querySelectorAll('[data-testid=frame]').length > n", arg=frames
    )


def drop(page: Any, path: Path) -> None:
    """Drop a file onto the Browser, as a user drags it from the file manager."""
    frames = page.locator("[data-testid=frame]").count()
    page.evaluate(
        """([name, text]) => {
             const data = new DataTransfer();
             data.items.add(new File([text], name));
             const main = document.querySelector('[data-testid=main]');
             for (const type of ['dragenter', 'dragover', 'drop']) {
               main.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true,
                                                       cancelable: true}));
             }
           }""",
        [path.name, path.read_text(encoding="utf-8")],
    )
    wait_for_frame(page, frames)


def captions(page: Any) -> list[str]:
    """Return the captions the graph view draws, as text."""
    run(page, f"MATCH (c:Conflict {{id: '{CONFLICT}'}}) RETURN c")
    page.wait_for_selector("svg g.node text", state="attached")  # the graph view has drawn
    texts: list[str] = page.locator("svg text").evaluate_all(
        "els => els.map(e => e.textContent.trim()).filter(t => t)"
    )
    return texts


def test_the_style_applies_by_the_style_command(neo4j_browser: tuple[Any, list[str]]) -> None:
    page, errors = neo4j_browser
    run(page, ":style " + (EXPLORE / "style.grass").read_text(encoding="utf-8"))
    assert page.locator("text=InvalidGrassError").count() == 0
    drawn = captions(page)
    assert page.locator("text=Something went wrong").count() == 0
    assert any(text.startswith("Nagorno-Karab") for text in drawn), drawn
    assert errors == []


@pytest.mark.parametrize(
    ("file", "caption"),
    [
        ("style.grass", "Nagorno-Karab"),
        ("style.ar.grass", "نزاع قره"),
        ("style.ru.grass", "Карабах"),
    ],
)
def test_the_style_applies_by_a_file_drop_in_the_chosen_language(
    neo4j_browser: tuple[Any, list[str]], file: str, caption: str
) -> None:
    page, errors = neo4j_browser
    drop(page, EXPLORE / file)
    assert page.locator("text=InvalidGrassError").count() == 0
    assert any(text.startswith(caption) for text in captions(page)), captions(page)
    run(page, "MATCH (a:Actor {id: 'russia'}) RETURN a")  # a second query: no crash
    assert page.locator("text=Something went wrong").count() == 0
    assert errors == []


def test_the_conflict_timeline_is_drawn_as_a_graph(
    neo4j_browser: tuple[Any, list[str]], seeded_db: Database
) -> None:
    page, errors = neo4j_browser
    drop(page, EXPLORE / "style.grass")
    run(page, f":param conflict => '{CONFLICT}'")
    query = (EXPLORE / "conflict_timeline.cypher").read_text(encoding="utf-8")
    run(page, "\n".join(line for line in query.splitlines() if not line.startswith("//")))
    [count] = seeded_db.driver.execute_query(
        "MATCH (:Conflict {id: $c})<-[:IN_CONFLICT]-(e:Event) RETURN count(e) AS n",
        {"c": CONFLICT},
        database_=seeded_db.name,
    ).records
    page.wait_for_function(  # the graph view draws its nodes after the frame appears
        "n => document.querySelectorAll('svg g.node').length === n", arg=count["n"] + 1
    )
    drawn = page.locator("svg g.node").count()
    assert drawn == count["n"] + 1  # the events and the conflict
    assert errors == []
