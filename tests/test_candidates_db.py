"""A second report of a stored event: the draft proposes the stored record, ingest warns of a
new id that duplicates it (or refuses it with strict), and not_same_as records a rejection."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from conftest import FIXTURES, cypher, edit, graph_checksum, load, wipe
from flask.testing import FlaskClient

from kb_service.cli import main
from kb_service.config import Settings
from kb_service.model.resemblance import THRESHOLD
from kb_service.store.db import Database

HERE = FIXTURES / "candidates"
AUTH = {"Authorization": "Bearer test-key-1", "Content-Type": "application/yaml"}
STORED = "cand-brenn-ceasefire"
NEW = "cand-second-ceasefire"
DRAFTED = "cand-second-report-p3-ceasefire"  # the id `kb draft --id cand-second-report` gives


def inline(name: str = "second.yaml") -> str:
    """The curated file with its text inline, to send as one body."""
    text = (HERE / "second.txt").read_text(encoding="utf-8")
    block = "".join(f"  {line}\n" for line in text.splitlines())
    document = (HERE / name).read_text(encoding="utf-8")
    return edit(document, "text_file: second.txt\n", "text: |\n" + block)


def line_of(document: str, text: str) -> int:
    [number] = [n for n, line in enumerate(document.splitlines(), 1) if line.strip() == text]
    return number


def stored_first(db: Database) -> None:
    wipe(db)
    load(db, HERE / "registry.yaml", HERE / "first.yaml")


def post(client: FlaskClient, body: str, query: str = "") -> Any:
    return client.post(f"/api/v1/sources{query}", data=body.encode(), headers=AUTH)


def cli_env(db: Database, settings: Settings) -> dict[str, str]:
    return {
        "KB_NEO4J_URI": db.uri,
        "KB_NEO4J_DATABASE": db.name,
        "KB_NEO4J_PASSWORD": settings.neo4j_password,
    }


def kb_draft(tmp_path: Path, env: dict[str, str], output: str) -> Path:
    out = tmp_path / output
    args = ["draft", str(HERE / "second.txt"), "--publisher", "Test fixtures", "--database"]
    args += ["--id", "cand-second-report", "--registry", str(HERE / "registry.yaml")]
    result = CliRunner().invoke(main, [*args, "--output", str(out)], env=env)
    assert result.exit_code == 0, result.output
    told = "1 item(s) may be stored records: see same_as_candidates" in result.stdout
    assert told == (b"same_as_candidates:" in out.read_bytes())
    return out


def test_kb_draft_proposes_the_stored_event_and_ingest_refuses_the_list_left_in(
    db: Database, settings: Settings, tmp_path: Path
) -> None:
    env = cli_env(db, settings)
    wipe(db)
    load(db, HERE / "registry.yaml")
    alone = kb_draft(tmp_path, env, "alone.yaml")
    stored_first(db)
    second = kb_draft(tmp_path, env, "second.yaml")
    assert alone.read_bytes() != second.read_bytes()
    assert b"same_as_candidates:" not in alone.read_bytes()
    [event] = yaml.safe_load(second.read_text(encoding="utf-8"))["events"]
    assert list(event)[:3] == ["id", "review", "same_as_candidates"]
    assert event["id"] == DRAFTED
    first = event["same_as_candidates"][0]
    assert first["id"] == STORED and first["score"] >= THRESHOLD
    assert first["reasons"][:3] == [
        "same date (2031-04-10)",
        "same type: ceasefire",
        "shared participants: cand-tarsk, cand-velmora",
    ]
    # Reviewed but for the candidates: refused, naming the field, its line and the way out.
    text = re.sub(r"(?m)^  review: draft\n", "", second.read_text(encoding="utf-8"))
    second.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--dry-run", str(second)], env=env)
    assert result.exit_code == 1
    line = line_of(text, "same_as_candidates:")
    assert f"{second}:{line}: events[0].same_as_candidates: drafted same_as_candidates" in (
        result.stderr
    )
    hint = (
        "reuse the candidate's id to add this source's version to it, or list it under "
        "not_same_as, then delete same_as_candidates"
    )
    assert hint in result.stderr


def test_post_drafts_returns_the_candidates_read_from_the_graph(
    db: Database, client: FlaskClient
) -> None:
    body = {
        "text": (HERE / "second.txt").read_text(encoding="utf-8"),
        "publisher": "Test fixtures",
        "published": "2031-04-12",
        "id": "cand-second-report",
    }
    wipe(db)
    load(db, HERE / "registry.yaml")
    [alone] = client.post("/api/v1/drafts", json=body).get_json()["data"]["document"]["events"]
    assert "same_as_candidates" not in alone
    stored_first(db)
    [event] = client.post("/api/v1/drafts", json=body).get_json()["data"]["document"]["events"]
    assert [c["id"] for c in event["same_as_candidates"]] == [STORED]
    assert (
        "shared participants: cand-tarsk, cand-velmora" in event["same_as_candidates"][0]["reasons"]
    )


def test_a_dry_run_of_a_duplicate_warns_and_strict_refuses_it(
    db: Database, client: FlaskClient
) -> None:
    stored_first(db)
    before = graph_checksum(db)
    body = inline()
    answer = post(client, body, "?dry_run=true")
    assert answer.status_code == 200
    [warning] = answer.get_json()["data"]["warnings"]
    assert (warning["id"], warning["candidate"], warning["field"]) == (NEW, STORED, "events[0].id")
    assert warning["line"] == line_of(body, f"- id: {NEW}")
    assert warning["score"] >= THRESHOLD and "same type: ceasefire" in warning["reasons"]
    refused = post(client, body, "?strict=true")
    assert refused.status_code == 422
    [problem] = refused.get_json()["invalid_params"]
    assert (problem["name"], problem["line"], problem["candidate"]) == (
        "events[0].id",
        warning["line"],
        STORED,
    )
    assert f"'{NEW}'" in problem["reason"] and f"'{STORED}'" in problem["reason"]
    assert graph_checksum(db) == before


def test_kb_ingest_prints_the_warning_and_strict_exits_1(
    db: Database, settings: Settings, tmp_path: Path
) -> None:
    env = cli_env(db, settings)
    stored_first(db)
    before = graph_checksum(db)
    path = HERE / "second.yaml"
    line = line_of(path.read_text(encoding="utf-8"), f"- id: {NEW}")
    result = CliRunner().invoke(main, ["ingest", "--dry-run", str(path)], env=env)
    assert result.exit_code == 0
    expected = f"  warning: {path}:{line}: events[0].id: new '{NEW}' may be the stored '{STORED}'"
    assert expected in result.stdout
    strict = CliRunner().invoke(main, ["ingest", "--strict", str(path)], env=env)
    assert strict.exit_code == 1
    assert f"{path}:{line}: events[0].id: new '{NEW}' may be the stored '{STORED}'" in strict.stderr
    assert graph_checksum(db) == before


def test_reusing_the_id_or_rejecting_it_silences_the_warning(
    db: Database, client: FlaskClient
) -> None:
    stored_first(db)
    reused = post(client, inline().replace(NEW, STORED), "?strict=true")
    assert reused.status_code == 201 and reused.get_json()["data"]["warnings"] == []
    versions = cypher(
        db, "MATCH (:Source)-[c:ASSERTS]->(:Event {id: $id}) RETURN count(c) AS n", id=STORED
    )
    assert versions == [{"n": 2}]
    stored_first(db)
    rejected = edit(
        inline(), "    type: ceasefire\n", f"    type: ceasefire\n    not_same_as: [{STORED}]\n"
    )
    answer = post(client, rejected, "?strict=true")
    assert answer.status_code == 201 and answer.get_json()["data"]["warnings"] == []
    links = cypher(db, "MATCH (a)-[r:NOT_SAME_AS]->(b) RETURN a.id AS a, b.id AS b, r.source AS s")
    assert links == [{"a": NEW, "b": STORED, "s": "cand-second-report"}]


def test_not_same_as_is_honoured_by_later_drafts(db: Database, client: FlaskClient) -> None:
    stored_first(db)
    body = inline().replace(NEW, DRAFTED)
    assert post(client, body).get_json()["data"]["warnings"][0]["candidate"] == STORED
    draft = {
        "text": (HERE / "second.txt").read_text(encoding="utf-8"),
        "publisher": "Test fixtures",
        "published": "2031-04-12",
        "id": "cand-second-report",
    }
    [event] = client.post("/api/v1/drafts", json=draft).get_json()["data"]["document"]["events"]
    assert [c["id"] for c in event["same_as_candidates"]] == [STORED]
    rejected = edit(
        body, "    type: ceasefire\n", f"    type: ceasefire\n    not_same_as: [{STORED}]\n"
    )
    assert post(client, rejected).status_code == 200
    [event] = client.post("/api/v1/drafts", json=draft).get_json()["data"]["document"]["events"]
    assert "same_as_candidates" not in event


def test_an_unknown_not_same_as_id_names_file_line_and_field(
    db: Database, client: FlaskClient
) -> None:
    stored_first(db)
    body = edit(
        inline(), "    type: ceasefire\n", "    type: ceasefire\n    not_same_as: [cand-nowhere]\n"
    )
    answer = post(client, body)
    assert answer.status_code == 422
    [problem] = answer.get_json()["invalid_params"]
    assert (problem["name"], problem["line"]) == (
        "events[0].not_same_as[0]",
        line_of(body, "not_same_as: [cand-nowhere]"),
    )
    assert problem["reason"] == "unknown id 'cand-nowhere'"


def test_a_report_of_another_week_is_no_duplicate(db: Database, client: FlaskClient) -> None:
    stored_first(db)
    body = edit(inline(), "    date: 2031-04-10\n", "    date: 2031-04-20\n")
    body = edit(body, "published: 2031-04-12", "published: 2031-04-21")
    answer = post(client, body, "?dry_run=true&strict=true")
    assert answer.status_code == 200 and answer.get_json()["data"]["warnings"] == []


def test_an_arabic_report_meets_the_english_record_through_the_registry(
    db: Database, client: FlaskClient
) -> None:
    stored_first(db)
    body = {
        "text": (HERE / "arabic.txt").read_text(encoding="utf-8"),
        "publisher": "Test fixtures",
        "published": "2031-04-12",
        "id": "cand-arabic-report",
    }
    [event] = client.post("/api/v1/drafts", json=body).get_json()["data"]["document"]["events"]
    [candidate] = event["same_as_candidates"]
    assert candidate["id"] == STORED and candidate["score"] >= THRESHOLD
    # The registry ids are the same in every language (the drafter's English title adds words).
    assert candidate["reasons"][:4] == [
        "same date (2031-04-10)",
        "same type: ceasefire",
        "shared participants: cand-tarsk, cand-velmora",
        "same places: cand-brenn",
    ]
