"""Ingestion is idempotent, atomic per file, replaces what a source no longer says, and retracts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import (
    SEED_SOURCE,
    SEEDS,
    curated_counts,
    curated_ids,
    cypher,
    graph_checksum,
    load,
    seed_files_except,
)

from kb_service.curation import CurationError, collect_files, validate
from kb_service.store.db import Database
from kb_service.write import ingest as ingest_module
from kb_service.write.ingest import ingest
from kb_service.write.retraction import retract

SEED_YAML = SEEDS / "000_d0b46a30435dc835.yaml"


def counts(db: Database) -> dict[str, int]:
    return {row["what"]: row["count"] for row in db.read("admin/counts")}


def copy_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


SECOND_SOURCE = """
kind: source
id: second-source
title: A second source on the same call
publisher: Test desk
published: 2020-09-28
language: en
text: |
  Lavrov and Bayramov spoke by telephone on 27 September.
events:
  - id: lavrov-bayramov-call-2020-09-27
    title: Lavrov and Bayramov discuss the escalation in Nagorno-Karabakh by telephone
    type: phone-call
    date: 2020-09-27
    participants: [{actor: sergey-lavrov, role: caller}]
    evidence: [{passage: 1, quote: Lavrov and Bayramov spoke by telephone}]
"""


def test_second_ingest_changes_nothing(clean_db: Database) -> None:
    first = load(clean_db, SEEDS)
    before_counts, before_sum = counts(clean_db), graph_checksum(clean_db)
    second = load(clean_db, SEEDS)
    assert counts(clean_db) == before_counts
    assert graph_checksum(clean_db) == before_sum
    assert first.created["Statement"] == curated_counts(SEEDS)["Statement"]  # type: ignore[attr-defined]
    assert sum(second.created.values()) + sum(second.updated.values()) == 0  # type: ignore[attr-defined]
    assert sum(second.removed.values()) == 0  # type: ignore[attr-defined]


def test_invalid_file_in_a_batch_writes_nothing(clean_db: Database, tmp_path: Path) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    before = graph_checksum(clean_db)
    folder = copy_seeds(tmp_path)
    text = (folder / SEED_YAML.name).read_text()
    # An error halfway through the file: the sixth event's date is not a date.
    (folder / SEED_YAML.name).write_text(text.replace("date: 1988-02", "date: 1988-13"))
    with pytest.raises(CurationError) as failure:
        ingest(clean_db, collect_files([folder]))
    assert [p.field for p in failure.value.problems] == ["events[6].date"]
    assert graph_checksum(clean_db) == before


def test_a_file_edited_after_validation_is_not_written(clean_db: Database, tmp_path: Path) -> None:
    """Files are parsed again when written: one that changed since it was checked is refused."""
    load(clean_db, SEEDS / "registry.yaml")
    before = graph_checksum(clean_db)
    folder = copy_seeds(tmp_path)
    batch = validate(collect_files([folder]), ingest_module.look_up_labels(clean_db))
    source = folder / SEED_YAML.name
    source.write_text(source.read_text().replace("date: 1988-02", "date: 1988-13"))
    documents = batch.documents()
    assert next(documents).kind == "registry"
    with pytest.raises(CurationError) as failure:
        next(documents)
    [problem] = failure.value.problems
    assert problem.file == str(source) and "changed while it was being ingested" in problem.message
    assert graph_checksum(clean_db) == before


def test_failure_during_the_write_rolls_the_file_back(
    clean_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(clean_db, SEEDS)
    before = graph_checksum(clean_db)
    real_run_in = ingest_module.run_in

    def fail_on_links(tx, name, **params):  # type: ignore[no-untyped-def]
        if name == "write/links_create":  # after the source, passages and assertions are written
            raise RuntimeError("injected fault")
        return real_run_in(tx, name, **params)

    monkeypatch.setattr(ingest_module, "run_in", fail_on_links)
    changed = SEED_YAML.read_text().replace("Martial law declared in Karabakh", "Changed title")
    file = collect_files([SEED_YAML])[0]
    edited = type(file)(file.name, changed.encode(), file.folder)
    with pytest.raises(RuntimeError, match="injected fault"):
        ingest(clean_db, [edited])
    assert graph_checksum(clean_db) == before


def test_reingest_replaces_what_the_source_no_longer_says(
    clean_db: Database, tmp_path: Path
) -> None:
    folder = copy_seeds(tmp_path)
    (folder / "second.yaml").write_text(SECOND_SOURCE)
    load(clean_db, folder)
    text = (folder / SEED_YAML.name).read_text()
    start = text.index("  - id: lavrov-bayramov-call-2020-09-27")
    end = text.index("  - id: lavrov-mnatsakanyan-call-2020-09")
    text = text[:start] + text[end:]  # the seed no longer states the call itself
    start = text.index("  - id: baku-no-need-for-mobilisation-2020-09-27")
    end = text.index("  - id: russia-france-call-for-restraint-2020-09-27")
    text = text[:start] + text[end:]  # nor Baku's answer
    text = text.replace(
        "    related:\n      - {type: precedes, event: lavrov-bayramov-call-2020-09-27}\n", ""
    )
    text = text.replace("occasion: lavrov-bayramov-call-2020-09-27", "")
    text = text.replace("about: [lavrov-bayramov-call-2020-09-27]", "about: [nagorno-karabakh]")
    (folder / SEED_YAML.name).write_text(text)
    report = load(clean_db, folder / SEED_YAML.name)
    assert report.removed["Statement"] == 1  # type: ignore[attr-defined]
    assert report.removed["Event"] == 0  # type: ignore[attr-defined] - the second source has it
    gone = cypher(
        clean_db, "MATCH (s:Statement {id: 'baku-no-need-for-mobilisation-2020-09-27'}) RETURN s"
    )
    assert gone == []
    kept = cypher(
        clean_db,
        """
        MATCH (e:Event {id: 'lavrov-bayramov-call-2020-09-27'})-[r]-(other)
        RETURN DISTINCT coalesce(r.source, other.id) AS source""",
    )
    assert kept == [{"source": "second-source"}]  # its links and its claim (ASSERTS)


def test_retracting_a_source_removes_only_what_it_alone_supported(
    clean_db: Database, tmp_path: Path
) -> None:
    folder = copy_seeds(tmp_path)
    (folder / "second.yaml").write_text(SECOND_SOURCE)
    load(clean_db, folder)
    report = retract(clean_db, SEED_SOURCE)
    seed_file = SEEDS / "000_d0b46a30435dc835.yaml"
    others = curated_ids(*seed_files_except(seed_file.name))
    alone = {k: ids - others.get(k, set()) for k, ids in curated_ids(seed_file).items()}
    shared = {"lavrov-bayramov-call-2020-09-27"}  # the second source asserts it too
    assert report.removed["Event"] == len(alone["Event"] - shared)
    assert report.removed["Statement"] == len(alone["Statement"])
    rows = cypher(clean_db, "MATCH (e:Event) RETURN e.id AS id, toString(e.first_reported) AS r")
    assert rows == [{"id": "lavrov-bayramov-call-2020-09-27", "r": "2020-09-28"}]
    assert cypher(clean_db, "MATCH (p:Passage {source_id: $s}) RETURN p", s=SEED_SOURCE) == []
    actors = curated_counts(SEEDS)["Actor"]
    assert cypher(clean_db, "MATCH (a:Actor) RETURN count(a) AS n") == [{"n": actors}]


def test_dry_run_reports_and_writes_nothing(clean_db: Database) -> None:
    report = ingest(clean_db, collect_files([SEEDS]), dry_run=True)
    expected = curated_counts(SEEDS)
    assert report.created["Event"] == expected["Event"]
    assert report.created["Actor"] == expected["Actor"]
    assert counts(clean_db) == {}


def test_cli_reports_every_problem_and_exits_non_zero(clean_db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: source\nid: Bad Id\npublisher: x\n")
    env = {"KB_NEO4J_URI": cypher_uri(clean_db), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "kb_service.cli", "ingest", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert f"{bad}:2: id: must be a kebab-case id (a-z, 0-9, -)" in done.stderr
    assert f"{bad}:1: title: required field is missing" in done.stderr
    assert "nothing was written" in done.stderr


def cypher_uri(db: Database) -> str:
    return db.uri
