"""How far two curators agree on one text, and so the best figures a drafter could reach there.

    python -m bench.draft_agreement

Some development texts of bench/draft_corpus/ have a second gold in
bench/draft_corpus/second_gold/, written by another curator who never saw the first. The
second gold is scored against the first as if it were a draft, with the matching and the kept
rule of bench/draft_corpus_quality.py (a second-gold entity the first gold names too stands for
it), and the drafter is scored on the same texts beside it. Where two careful curators keep
only a share of each other's items unchanged, a drafter scored against one of them cannot be
expected to do better. The kept share is given both ways (the second gold's items the first
keeps, and the first's the second keeps), since it depends on who is taken as right.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from bench import draft_corpus_gold as corpus
from bench.draft_corpus_match import (
    events_match,
    identities,
    kept_event,
    kept_statement,
    statement_place,
    statements_match,
)
from bench.draft_corpus_quality import Tally, measure, score
from bench.draft_quality import Score, load
from kb_service.config import PROJECT_ROOT
from kb_service.curation.drafting.mentions import entities_of_registry

RESULTS = PROJECT_ROOT / "bench" / "results" / "draft-agreement.json"


def as_draft_ids(gold: dict[str, Any], other: dict[str, Any]) -> dict[str, str]:
    """Return the other gold's id of each new entity of a gold that the other names too."""
    entries = [{"id": e["id"], "names": [*e["names"], e["id"].split(":", 2)[2]]} for e in gold]
    return identities(entries, other["new_entities"]) if other else {}


def events_of(gold: dict[str, Any], ids: dict[str, str]) -> list[dict[str, Any]]:
    """Return a gold's events in the form a drafted event is compared in."""
    return [
        {
            "type": e["type"],
            "date": e["date"],
            "status": e["status"],
            "passages": set(e["passages"]),
            "participants": {ids.get(p, p) for p in e["participants"]},
        }
        for e in gold["events"]
    ]


def statements_of(text: corpus.Text, gold: dict[str, Any], ids: dict[str, str]) -> list[Any]:
    """Return a gold's statements in the form a drafted statement is compared in."""
    found = []
    for item in gold["statements"]:
        place = statement_place(item, text.passages, {})
        found.append({**place, "speakers": {ids.get(s, s) for s in item["speakers"]}})
    return found


def agreement(text: corpus.Text, second: dict[str, Any]) -> Tally:
    """Return the counts of a second gold scored against a text's gold, as a draft would be."""
    first = text.gold
    ids = as_draft_ids(second["new_entities"], first)
    events, gold_events = events_of(second, ids), events_of(first, {})
    statements = statements_of(text, second, ids)
    gold_statements = statements_of(text, first, {})
    tally = Tally()
    tally.scores["events"] = score(events, gold_events, events_match)
    tally.scores["statements"] = score(statements, gold_statements, statements_match)
    tally.scores["mentions"] = _mentions(first, second, ids)
    tally.kept = sum(any(kept_event(d, g) for g in first["events"]) for d in events)
    tally.kept += sum(any(kept_statement(d, g) for g in gold_statements) for d in statements)
    tally.items = len(events) + len(statements)
    return tally


def _mentions(first: dict[str, Any], second: dict[str, Any], ids: dict[str, str]) -> Score:
    gold = {(int(n), i) for n, found in first["mentions"].items() for i in found}
    got = {(int(n), ids.get(i, i)) for n, found in second["mentions"].items() for i in found}
    both = len(gold & got)
    return Score(both, len(got), both, len(gold))


def results() -> dict[str, Any]:
    """Return, per language and over all texts with a second gold: the second curator against
    the first, the first against the second, and the drafter against the first."""
    entities = entities_of_registry(load(corpus.REGISTRY).data)
    groups: dict[str, Tally] = {}
    for name in corpus.second_golds():
        text, second = corpus.load(name), corpus.load_second(name)
        swapped = corpus.Text(name, text.passages, second.gold)
        rows = {
            "second curator": agreement(text, second.gold),
            "first curator": agreement(swapped, text.gold),
            "drafter": measure(text, entities),
        }
        for who, tally in rows.items():
            for group in (f"{who} {text.language}", who):
                groups.setdefault(group, Tally()).add(tally)
    keep = ("mentions", "events", "statements", "kept_unchanged", "kept", "drafted_items")
    return {
        "texts": corpus.second_golds(),
        "groups": {
            g: {k: v for k, v in t.as_dict().items() if k in keep}
            for g, t in sorted(groups.items())
        },
    }


def main() -> int:
    """Print and save the agreement figures."""
    figures = results()
    RESULTS.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for group, row in figures["groups"].items():
        cells = [
            f"{n} {row[n]['precision']}/{row[n]['recall']}"
            for n in ("mentions", "events", "statements")
        ]
        print(f"{group:<20} " + "  ".join(cells) + f"  kept {row['kept_unchanged']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
