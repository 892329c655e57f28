"""Relations in the real Neo4j Browser (the one the local Neo4j serves), driven in Debian's
Chromium, on an invented contact group (tests/fixtures/browser_relations): each relation's
caption shows its date whole, uncut, in every language's style; and the co-chairs query draws
what it promises, the group with what it belongs to, what it mediates and its co-chairs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import FIXTURES, fresh_graph
from test_browser_style import connected_browser, run

from kb_service.store.cypher import cypher_root, query
from kb_service.store.db import Database

EXPLORE = cypher_root() / "explore"
FIXTURE = FIXTURES / "browser_relations"
GROUP = "fixture-contact-group"
RELATION_COLOUR = "#7F8C8D"  # node.Relation's colour in every style
# The fixture's relations: id -> (type, date); part-of is undated; lost-control-of is the
# vocabulary's longest relation type.
RELATIONS = {
    "fixture-north-lost-hills": ("lost-control-of", "1997/1999"),
    "fixture-group-part-of-union": ("part-of", None),
    "fixture-group-mediates-dispute": ("mediator-of", "1995/.."),
    "fixture-north-co-chair": ("co-chair-of", "1996/.."),
    "fixture-south-co-chair": ("co-chair-of", "1998/.."),
}
WAIT_MS = 30_000  # how long the Browser may take to draw: a bound on waiting, not a sleep


@pytest.fixture(scope="module")
def contact_group(db: Database) -> Database:
    return fresh_graph(db, FIXTURE / "registry.yaml", FIXTURE / "source.yaml")


@pytest.fixture()
def neo4j_browser(browser: Any, neo4j_uri: str, contact_group: Database) -> Iterator[Any]:
    """A fresh Neo4j Browser page (its own storage), connected to the test database."""
    session = connected_browser(browser, neo4j_uri)
    page, errors = next(session)
    yield page
    next(session, None)  # closes the page's context
    assert errors == []


def apply_style(page: Any, name: str) -> None:
    """Apply a style file with `:style`, as a user pastes it."""
    run(page, ":style " + (EXPLORE / name).read_text(encoding="utf-8"))


def query_text(name: str) -> str:
    """Return an exploration query without its comment lines, as pasted into the editor."""
    text = (EXPLORE / f"{name}.cypher").read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.startswith("//"))


def drawn(page: Any, count: int) -> list[dict[str, str]]:
    """Wait until the last frame's graph draws `count` nodes; return each node's colour and
    caption (its text lines joined by a space)."""
    page.wait_for_function(
        "(n) => { const f = [...document.querySelectorAll('[data-testid=frame]')][0];"
        " return f && f.querySelectorAll('svg g.node').length === n; }",
        arg=count,
        timeout=WAIT_MS,
    )
    nodes: list[dict[str, str]] = page.evaluate(
        """() => {
             const frame = document.querySelectorAll('[data-testid=frame]')[0];
             return [...frame.querySelectorAll('svg g.node')].map(node => ({
               colour: (node.querySelector('circle.b-outline') || node.querySelector('circle'))
                         .getAttribute('fill').toUpperCase(),
               caption: [...node.querySelectorAll('text')].map(t => t.textContent.trim())
                          .filter(t => t).join(' '),
             }));
           }"""
    )
    return nodes


@pytest.mark.parametrize("style", ["style.grass", "style.ar.grass", "style.ru.grass"])
def test_each_relation_caption_shows_its_date_uncut(neo4j_browser: Any, style: str) -> None:
    page = neo4j_browser
    apply_style(page, style)
    run(page, "MATCH (r:Relation) RETURN r")
    captions = sorted(n["caption"] for n in drawn(page, len(RELATIONS)))
    assert all(n["colour"] == RELATION_COLOUR for n in drawn(page, len(RELATIONS)))
    assert not [c for c in captions if "…" in c], captions
    dates = sorted(date for _, date in RELATIONS.values() if date)
    shown = sorted(word for c in captions for word in c.split() if "/" in word)
    assert shown == dates, captions


def test_the_co_chairs_query_returns_what_the_group_belongs_to_and_mediates(
    contact_group: Database,
) -> None:
    rows = contact_group.driver.execute_query(
        query("explore/minsk_group_co_chairs"), {"group": GROUP}, database_=contact_group.name
    ).records
    assert [(r["co_chair"]["id"], r["since"]) for r in rows] == [
        ("fixture-north-state", "1996/.."),
        ("fixture-south-state", "1998/.."),
    ]
    for row in rows:
        assert [(b["whole"]["id"], b["since"]) for b in row["belongs_to"]] == [
            ("fixture-union", None)
        ]
        assert [(m["conflict"]["id"], m["since"]) for m in row["mediates"]] == [
            ("fixture-valley-dispute", "1995/..")
        ]


def test_the_co_chairs_query_draws_the_group_with_its_whole_conflict_and_chairs(
    neo4j_browser: Any,
) -> None:
    page = neo4j_browser
    apply_style(page, "style.grass")
    run(page, f":param group => '{GROUP}'")
    run(page, query_text("minsk_group_co_chairs"))
    # the group, the union, the dispute, two chairs, and the four relations between them
    nodes = drawn(page, 5 + 4)
    captions = {n["caption"] for n in nodes}
    assert {"Contact Group", "Union of Towns", "Valley dispute", "North State", "South State"} <= (
        captions
    ), captions
