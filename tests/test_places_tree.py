"""Issue 26: places form a tree. A place within itself, or places within each other through the
document and the stored graph together, is refused naming the file, line, field and the loop,
through the API (422) and `kb ingest`, and nothing is written."""

from __future__ import annotations

from pathlib import Path

from conftest import graph_checksum, load
from flask.testing import FlaskClient

from kb_service.config import Settings
from kb_service.curation.place_tree import chain, cycles
from kb_service.store.db import Database

AUTH = {"Authorization": "Bearer test-key-1"}
# Stored first: a within b within c.
STORED = """\
kind: registry
places:
  - id: tree-a
    kind: city
    names: {en: Tree A}
    within: tree-b
  - id: tree-b
    kind: district
    names: {en: Tree B}
    within: tree-c
  - id: tree-c
    kind: region
    names: {en: Tree C}
"""
# Then c is sent within a: c -> a -> b -> c.
CLOSES_THE_LOOP = """\
kind: registry
places:
  - id: tree-c
    kind: region
    names: {en: Tree C}
    within: tree-a
"""
WITHIN_ITSELF = """\
kind: registry
places:
  - id: tree-d
    kind: region
    names: {en: Tree D}
  - id: tree-e
    kind: city
    names: {en: Tree E}
    within: tree-e
"""
EACH_OTHER = """\
kind: registry
places:
  - id: tree-f
    kind: region
    names: {en: Tree F}
    within: tree-g
  - id: tree-g
    kind: region
    names: {en: Tree G}
    within: tree-f
"""


def nowhere(ids: list[str]) -> dict[str, str | None]:
    return {}


# --- pure -----------------------------------------------------------------------------------------


def test_a_place_within_itself_is_a_loop() -> None:
    assert cycles({"a": "a"}, nowhere) == [("a", ["a", "a"])]
    assert chain(["a", "a"]) == "a -> a"


def test_loops_within_the_document_are_found_once_from_its_first_place() -> None:
    assert cycles({"a": "b", "b": "a"}, nowhere) == [("a", ["a", "b", "a"])]
    given = {"x": None, "b": "c", "c": "d", "d": "b"}
    assert cycles(given, nowhere) == [("b", ["b", "c", "d", "b"])]


def test_loops_through_stored_places_are_found_and_the_tree_read_level_by_level() -> None:
    tree = {"p": "q", "q": "r", "r": None}
    asked: list[list[str]] = []

    def stored(ids: list[str]) -> dict[str, str | None]:
        asked.append(ids)
        return {i: tree[i] for i in ids if i in tree}

    assert cycles({"r": "p"}, stored) == [("r", ["r", "p", "q", "r"])]
    assert asked == [["p"], ["q"]]
    assert cycles({"r": None, "s": "p"}, stored) == []


def test_a_stored_loop_that_no_place_of_the_document_is_in_is_not_blamed_on_it() -> None:
    tree = {"p": "q", "q": "p"}
    assert cycles({"s": "p"}, lambda ids: {i: tree[i] for i in ids if i in tree}) == []


# --- through the API and `kb ingest` -------------------------------------------------------------


def send(client: FlaskClient, body: str) -> tuple[int, list[tuple[str, int, str]]]:
    response = client.post(
        "/api/v1/registry", data=body.encode(), content_type="application/yaml", headers=AUTH
    )
    problems = (response.get_json() or {}).get("invalid_params", [])
    return response.status_code, [(p["name"], p["line"], p["reason"]) for p in problems]


def loop(place: str, path: str) -> str:
    return f"places must form a tree, but '{place}' would lie within itself: {path}"


def test_the_api_refuses_each_loop_naming_it(clean_db: Database, client: FlaskClient) -> None:
    assert send(client, STORED)[0] == 201
    before = graph_checksum(clean_db)
    assert send(client, CLOSES_THE_LOOP) == (
        422,
        [("places[0].within", 6, loop("tree-c", "tree-c -> tree-a -> tree-b -> tree-c"))],
    )
    assert send(client, WITHIN_ITSELF) == (
        422,
        [("places[1].within", 9, loop("tree-e", "tree-e -> tree-e"))],
    )
    assert send(client, EACH_OTHER) == (
        422,
        [("places[0].within", 6, loop("tree-f", "tree-f -> tree-g -> tree-f"))],
    )
    assert graph_checksum(clean_db) == before


def test_kb_ingest_refuses_a_loop_and_writes_nothing(
    clean_db: Database, settings: Settings, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from kb_service.cli import main

    stored = tmp_path / "stored.yaml"
    stored.write_text(STORED, encoding="utf-8")
    load(clean_db, stored)
    before = graph_checksum(clean_db)
    env = {"KB_NEO4J_URI": clean_db.uri, "KB_NEO4J_DATABASE": clean_db.name}
    env["KB_NEO4J_PASSWORD"] = settings.neo4j_password
    for name, document, line, field, message in (
        (
            "loop.yaml",
            CLOSES_THE_LOOP,
            6,
            0,
            loop("tree-c", "tree-c -> tree-a -> tree-b -> tree-c"),
        ),
        ("self.yaml", WITHIN_ITSELF, 9, 1, loop("tree-e", "tree-e -> tree-e")),
    ):
        path = tmp_path / name
        path.write_text(document, encoding="utf-8")
        for dry_run in ([], ["--dry-run"]):
            result = CliRunner().invoke(main, ["ingest", *dry_run, str(path)], env=env)
            assert result.exit_code == 1
            assert f"  {path}:{line}: places[{field}].within: {message}" in result.stderr
        assert graph_checksum(clean_db) == before
