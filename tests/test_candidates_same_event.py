"""The candidate finder over tests/fixtures/same_event: eight reports in three languages, loaded
one by one in publication order; before each is loaded, every one of its events and statements
is asked about against the graph the earlier reports made, and compared with gold.yaml."""

from __future__ import annotations

from typing import Any

import yaml
from conftest import FIXTURES, load, wipe

from kb_service.curation import collect_files, validate
from kb_service.model import dates
from kb_service.model.resemblance import THRESHOLD
from kb_service.read.candidates import candidates, items_of
from kb_service.store.db import Database
from kb_service.write.ingest import look_up_labels, look_up_terms

HERE = FIXTURES / "same_event"


def groups(gold: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Every record id of a gold group -> the whole group."""
    found: dict[str, frozenset[str]] = {}
    for group in gold["events"] + gold["statements"]:
        for ident in group:
            found[ident] = frozenset(group)
    return found


def proposals(db: Database, file: str) -> dict[str, list[tuple[str, float]]]:
    """What the finder proposes for each record of one source, before it is loaded."""
    batch = validate(
        collect_files([HERE / file]), look_up_labels(db), stored_terms=look_up_terms(db)
    )
    [document] = list(batch.documents())
    items = items_of(document.data)
    found = candidates(db, items, batch.vocabulary)
    return {item.data["id"]: [(c.id, c.score) for c in found.get(item.key, [])] for item in items}


def curated_dates(gold: dict[str, Any]) -> dict[str, dates.DateSpan]:
    """Every event's and statement's date, by id, as its curated file gives it."""
    found = {}
    for source in gold["sources"]:
        data = yaml.safe_load((HERE / source["file"]).read_text(encoding="utf-8"))
        for item in data.get("events", []) + data.get("statements", []):
            found[item["id"]] = dates.parse(str(item["date"]))
    return found


def days(span: dates.DateSpan) -> int:
    return span.end_key - span.start_key + 1


def test_the_finder_proposes_earlier_reports_of_the_same_record(db: Database) -> None:
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    same, when = groups(gold), curated_dates(gold)
    wipe(db)
    load(db, HERE / "registry.yaml")
    stored: set[str] = set()
    asked = top = in_five = 0
    wrong: list[tuple[str, str]] = []
    for source in gold["sources"]:
        proposed = proposals(db, source["file"])
        for ident, ranked in proposed.items():
            group = same.get(ident, frozenset())
            earlier = (group & stored) - {ident}
            if earlier:
                asked += 1
                top += bool(ranked) and ranked[0][0] in earlier
                in_five += any(other in earlier for other, _ in ranked)
            wrong += [(ident, o) for o, score in ranked if score >= THRESHOLD and o not in group]
        load(db, HERE / source["file"])
        stored |= set(proposed)
    assert asked >= 30  # the second and later reports of a record, in three languages
    # Nearly every later report finds an earlier one among its candidates, most often first.
    assert in_five / asked >= 0.85, (in_five, asked)
    assert top / asked >= 0.8, (top, asked)
    # Wrong warnings stay few. Most come from a date coarser than a week ("in October"), which
    # may hold several events of one type between the same parties; the blind held-out set
    # (heldout2) also has two between day-dated records (docs/curation.md).
    assert len(wrong) <= asked // 5, wrong
    coarse = [pair for pair in wrong if max(days(when[pair[0]]), days(when[pair[1]])) > 7]
    assert len(coarse) >= len(wrong) // 2, wrong
