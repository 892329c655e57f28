"""How well the same-record finder (kb_service/read/candidates.py) finds the stored record a new
report is about, replayed as a curator would work on tests/fixtures/same_event.

    python -m bench.same_record_quality     # a throwaway Neo4j; writes same-record-quality.json

The registry is ingested, then the eight sources in publication order (gold.yaml). Before a
source is ingested, the finder runs on its events and statements against the graph, and each is
compared with the gold: is the stored record that holds an earlier report of the same real
record the top candidate (recall@1), among the top three (recall@3); is a top candidate at or
above resemblance.THRESHOLD a true one (precision@1)? Then the curator "accepts" each item's best
candidate at or above THRESHOLD (one item per candidate in a source): the item's id, and every
reference to it in the file, is rewritten to the candidate's id, and the file is ingested.
Finally: the duplicates left (a gold group stored as several records) as a share of the records
stored, and the false merges (records holding reports of different real records).
Splits (gold.yaml): dev = s01, s03, s05, s07 (the only reports the weights were tuned on);
heldout = s02, s04, s06, s08; and any later split gold.yaml gives (heldout2), each in its own
rows, in the order of its first source.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from bench.environment import settings_for, throwaway_neo4j
from bench.same_record_metrics import (
    Outcome,
    distinct_merged,
    duplicates_left,
    false_merges,
    group_keys,
    summary,
)
from kb_service.config import PROJECT_ROOT
from kb_service.curation import RawFile, collect_files, parse_file
from kb_service.curation.vocabulary import base
from kb_service.model.resemblance import FLOOR, MAX_CANDIDATES, THRESHOLD, Resemblance, resemble
from kb_service.read.candidates import Item, candidates, features_of, items_of
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema
from kb_service.write.ingest import ingest

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "same_event"
RESULTS = PROJECT_ROOT / "bench" / "results" / "same-record-quality.json"
KINDS = {"events": "event", "statements": "statement"}
AIMS = {"recall_at_3": 0.95, "precision_at_1": 0.9}
AIM_DUPLICATES_SHARE = 0.05


class Replay:
    """The graph as the curator left it: which record each id was stored as, and which ids
    (and curated items) each stored record holds."""

    def __init__(self, db: Database, gold: Mapping[str, Any]) -> None:
        self.db, self.gold = db, gold
        self.group_of = group_keys(gold)
        self.stored_as: dict[str, str] = {}
        self.held: dict[str, list[Item]] = defaultdict(list)
        self.outcomes: list[Outcome] = []
        self.sources: list[dict[str, Any]] = []
        self.misses: list[dict[str, Any]] = []

    def targets(self, ident: str) -> frozenset[str]:
        """Return the stored records holding a report of the same real record as `ident`."""
        group = self.group_of.get(ident)
        return frozenset(
            record
            for record, items in self.held.items()
            if group is not None and any(self.group_of.get(i.data["id"]) == group for i in items)
        )

    def source(self, entry: Mapping[str, Any]) -> None:
        """Run the finder on one source, score it, accept its best candidates, ingest it."""
        path = FIXTURE / entry["file"]
        [file] = collect_files([path])
        items = [i for i in items_of(parse_file(file).data) if i.section in KINDS]
        found = candidates(self.db, items, base())
        renames = accepted(items, found)
        text = rename(path.read_text(encoding="utf-8"), renames)
        _check(_file(path, text), [_stored(renames, i.data["id"]) for i in items])
        warned = len(ingest(self.db, [_file(path, text)], dry_run=True).warnings)
        before = len(ingest(self.db, collect_files([path]), dry_run=True).warnings)
        for item in items:
            self._score(item, entry["split"], found.get(item.key, []), renames)
        ingest(self.db, [_file(path, text)])
        for item in items:
            stored = _stored(renames, item.data["id"])
            self.stored_as[item.data["id"]] = stored
            self.held[stored].append(item)
        self.sources.append(
            {
                "id": entry["id"],
                "split": entry["split"],
                "warnings": before,
                "warnings_after_accepting": warned,
                "accepted": renames,
            }
        )

    def _score(
        self, item: Item, split: str, ranked: list[Resemblance], renames: Mapping[str, str]
    ) -> None:
        ident = item.data["id"]
        outcome = Outcome(
            ident,
            KINDS[item.section],
            split,
            self.targets(ident),
            tuple((r.id, r.score) for r in ranked),
            renames.get(ident, ident),
        )
        self.outcomes.append(outcome)
        top = outcome.ranked[:1]
        missed = outcome.targets and not (top and top[0][0] in outcome.targets)
        wrong = top and top[0][1] >= THRESHOLD and top[0][0] not in outcome.targets
        if missed or wrong:
            self.misses.append(self._miss(item, outcome))

    def _miss(self, item: Item, outcome: Outcome) -> dict[str, Any]:
        """Describe a miss: what was shown, and how the curated items of the true records score
        against it (approximately: without the places enclosing theirs)."""
        features = features_of(item, base())
        true = []
        for record in sorted(outcome.targets):
            for held in self.held[record]:
                seen = resemble(features, features_of(held, base()))
                reasons = list(seen.reasons) if seen else ["dates do not meet"]
                score = seen.score if seen else None
                true.append({"record": record, "item": held.data["id"], "score": score,
                             "reasons": reasons})  # fmt: skip
        return {"id": outcome.id, "split": outcome.split, "shown": outcome.ranked[:3],
                "true": true}  # fmt: skip


def accepted(items: list[Item], found: Mapping[int, list[Resemblance]]) -> dict[str, str]:
    """Return the renames a curator makes: each item's best candidate at or above THRESHOLD
    that no other item of the source took (pairs best-scoring first), as two reports in one
    source are never one record."""
    pairs = [(c, i) for i in items for c in found.get(i.key, []) if c.score >= THRESHOLD]
    pairs.sort(key=lambda pair: -pair[0].score)  # stable: file order breaks ties
    renames: dict[str, str] = {}
    for candidate, item in pairs:
        if item.data["id"] not in renames and candidate.id not in renames.values():
            renames[item.data["id"]] = candidate.id
    return renames


def rename(text: str, renames: Mapping[str, str]) -> str:
    """Rewrite each id (a whole slug, not a part of a longer one) and every reference to it."""
    for old, new in renames.items():
        text, count = re.subn(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, text)
        if count == 0:
            raise ValueError(f"the id {old!r} is not in the file")
    return text


def _check(file: RawFile, expected: list[str]) -> None:
    """Refuse a rewrite that changed anything but the ids renamed (a slug inside another)."""
    got = [i.data["id"] for i in items_of(parse_file(file).data) if i.section in KINDS]
    if got != expected:
        raise ValueError(f"{file.name}: the rewrite gave ids {got}, not {expected}")


def _stored(renames: Mapping[str, str], ident: str) -> str:
    return renames.get(ident, ident)


def _file(path: Path, text: str) -> RawFile:
    return RawFile(str(path), raw=text.encode("utf-8"), folder=path.parent)


def tables(replay: Replay, splits: list[str]) -> dict[str, Any]:
    """Return the measures by split (each of `splits`, then all) and kind (event, statement,
    all)."""
    result: dict[str, Any] = {}
    for split in [*splits, "all"]:
        for kind in ("event", "statement", "all"):
            chosen = [
                o for o in replay.outcomes if split in ("all", o.split) and kind in ("all", o.kind)
            ]
            result.setdefault(split, {})[kind] = summary(chosen, THRESHOLD)
    return result


def measure(db: Database) -> dict[str, Any]:
    """Replay the fixture's sources into `db` and return every figure."""
    gold = yaml.safe_load((FIXTURE / "gold.yaml").read_text(encoding="utf-8"))
    ingest(db, collect_files([FIXTURE / "registry.yaml"]))
    replay = Replay(db, gold)
    for entry in gold["sources"]:
        replay.source(entry)
    groups = [*gold["events"], *gold["statements"]]
    splits = list(dict.fromkeys(entry["split"] for entry in gold["sources"]))
    return {
        "threshold": THRESHOLD,
        "floor": FLOOR,
        "max_candidates": MAX_CANDIDATES,
        "splits": {e["id"]: e["split"] for e in gold["sources"]},
        "by_split": tables(replay, splits),
        "records_stored": len(set(replay.stored_as.values())),
        "duplicates_left_by_group": duplicates_left(groups, replay.stored_as),
        "false_merges_by_record": false_merges(replay.group_of, replay.stored_as),
        "distinct_pairs_merged": distinct_merged(gold["distinct"], replay.stored_as),
        "sources": replay.sources,
        "misses": replay.misses,
    }


def report(figures: Mapping[str, Any]) -> list[str]:
    """Return the table's lines and the aims missed."""
    lines = [
        f"{'split':<8} {'kind':<10} {'n':>3} {'recall@1':>8} {'recall@3':>8} {'prec@1':>7}"
        f" {'(shown)':>7} {'prec-all':>8} {'dups':>4} {'share':>6} {'false':>5}"
    ]
    missed = []
    for split, kinds in figures["by_split"].items():
        for kind, s in kinds.items():
            lines.append(
                f"{split:<8} {kind:<10} {s['with_a_stored_match']:>3} {s['recall_at_1']!s:>8}"
                f" {s['recall_at_3']!s:>8} {s['precision_at_1']!s:>7}"
                f" {s['top1_above_threshold']:>7} {s['precision_shown']!s:>8}"
                f" {s['duplicates_left']:>4} {s['duplicates_share']!s:>6} {s['false_merges']:>5}"
            )
            for name, aim in AIMS.items():
                if s[name] is not None and s[name] < aim:
                    missed.append(f"{split}/{kind} {name}")
            if (s["duplicates_share"] or 0) > AIM_DUPLICATES_SHARE:
                missed.append(f"{split}/{kind} duplicates_share")
    lines.append(
        f"records stored {figures['records_stored']}, duplicates left (by group) "
        f"{figures['duplicates_left_by_group']}, false merges (by record) "
        f"{figures['false_merges_by_record']}, distinct pairs merged "
        f"{figures['distinct_pairs_merged'] or 'none'}"
    )
    lines.append(
        f"aims missed: {', '.join(missed) or 'none'}   ({RESULTS.relative_to(PROJECT_ROOT)})"
    )
    return lines


def main() -> int:
    """Replay the fixture in a throwaway Neo4j, print the table and write the results."""
    with throwaway_neo4j() as neo:
        db = Database(settings_for(neo.uri))
        try:
            apply_schema(db)
            figures = measure(db)
        finally:
            db.close()
    RESULTS.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\n".join(report(figures)))
    for miss in figures["misses"]:
        print("miss:", json.dumps(miss, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
