"""How close `kb draft` comes to hand gold on a corpus written for the purpose (issue 25).

    python -m bench.draft_corpus_quality

The texts of bench/draft_corpus/ (Arabic, English and Russian alike), each with a hand gold
(the format: bench/draft_corpus/README.md), in two halves (split.yaml): a development half
that may be read while the drafter changes, and a held-out half that may not, whose figures are
the aims'. Each text is drafted with the seed registry, its language and its gold publication
date, and again without the date for the publication-date share. Reported per half and
language (counts summed over the texts):

- mentions: (passage, registry id) pairs in the gold's content passages; an entry the registry
  lacks counts when a `proposed_entries` item of the draft names it in that passage;
- events: type, EDTF date and a passage right;
- statements: a speaker right and the quote overlapping the gold's, in the same passage;
- proposals: `proposed_aliases` (entity and passage of a gold spelling variant) and
  `proposed_entries` (a gold new entity, by one of its names), absent ones scoring 0;
- published: the share of texts whose publication date a draft without it reads right;
- kept: the share of drafted events and statements a curator keeps unchanged, i.e. that match a
  gold item on every gold field (type or kind, date, status, participants or speakers, passages).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bench import draft_corpus_gold as corpus
from bench.draft_corpus_match import (
    claims,
    event_key,
    events_match,
    identities,
    kept_event,
    kept_statement,
    passages_of,
    statement_place,
    statements_match,
)
from bench.draft_quality import Score, load
from kb_service.config import PROJECT_ROOT
from kb_service.curation.drafting import Draft, NoPublicationDate, draft, slug
from kb_service.curation.drafting.mentions import Entity, entities_of_registry
from kb_service.curation.vocabulary import base

RESULTS = PROJECT_ROOT / "bench" / "results" / "draft-corpus-quality.json"
MEASURES = ("mentions", "events", "statements", "proposals", "aliases", "entries", "entry_kinds")
AIMS = {"score": 0.8, "kept": 0.5}  # every P and R on the held-out half; the kept share


@dataclass
class Tally:
    """Counts of one text or of a group of texts."""

    scores: dict[str, Score] = field(default_factory=dict)
    published: list[bool] = field(default_factory=list)
    kept: int = 0
    items: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for name, s in other.scores.items():
            t = self.scores.get(name, Score(0, 0, 0, 0))
            self.scores[name] = Score(
                t.right + s.right, t.drafted + s.drafted, t.found + s.found, t.gold + s.gold
            )
        self.published += other.published
        self.kept += other.kept
        self.items += other.items

    def as_dict(self) -> dict[str, Any]:
        """Return the scores, the publication-date share and the kept share."""
        found = self.published
        return {
            **{name: self.scores[name].as_dict() for name in MEASURES if name in self.scores},
            "published_found": round(sum(found) / len(found), 3) if found else None,
            "kept_unchanged": round(self.kept / self.items, 3) if self.items else None,
            "kept": self.kept,
            "drafted_items": self.items,
        }


def score(drafted: list[Any], gold: list[Any], same: Any) -> Score:
    """Return how many drafted items match a gold one, and how many gold ones are matched."""
    right = sum(any(same(d, g) for g in gold) for d in drafted)
    found = sum(any(same(d, g) for d in drafted) for g in gold)
    return Score(right, len(drafted), found, len(gold))


def drafted_of(text: corpus.Text, entities: list[Entity], published: str | None) -> Draft:
    """Draft a text with the seed registry and its language (and the date given, if any)."""
    return draft(
        "\n".join(text.passages),
        source_id=slug(text.name),
        publisher="bench",
        entities=entities,
        vocabulary=base(),
        language=text.language,
        published=published,
    )


def mention_score(text: corpus.Text, drafted: Draft, ids: dict[str, str]) -> Score:
    """Score the (passage, entity) pairs, a proposed entry standing for the new entity it names."""
    gold = {(int(n), i) for n, ids in text.gold["mentions"].items() for i in ids}
    got = {
        (r.passage.number, ids.get(m.entity.id, m.entity.id))
        for r in drafted.readings
        if r.passage.not_content is None
        for m in r.mentions
    }
    for entry in drafted.document.get("proposed_entries") or []:
        entity = entry.get("id")
        got |= {(n, ids.get(entity, f"proposed:{entity}")) for n in passages_of(entry)}
    both = len(gold & got)
    return Score(both, len(got), both, len(gold))


def proposal_scores(text: corpus.Text, document: dict[str, Any]) -> dict[str, Score]:
    """Score the proposed aliases and entries (and their kinds), and both together."""
    aliases = [(p.get("entity"), p.get("passage")) for p in document.get("proposed_aliases", [])]
    variants = [(v["entity"], v["passage"]) for v in text.gold["spelling_variants"]]
    alias = score(aliases, variants, lambda d, g: d == g)
    named = [e for e in text.gold["new_entities"] if e["names"]]
    entries = list(document.get("proposed_entries") or [])
    claimed = claims(entries, named)
    right = sum(c is not None for c in claimed)
    entry = Score(right, len(entries), right, len(named))
    kinds = sum(
        c is not None and c.split(":")[1] == e.get("kind")
        for c, e in zip(claimed, entries, strict=True)
    )
    both = Score(
        alias.right + entry.right,
        alias.drafted + entry.drafted,
        alias.found + entry.found,
        alias.gold + entry.gold,
    )
    return {
        "proposals": both,
        "aliases": alias,
        "entries": entry,
        "entry_kinds": Score(kinds, len(entries), kinds, len(named)),
    }


def measure(text: corpus.Text, entities: list[Entity]) -> Tally:
    """Return the counts of one text's drafts against its gold."""
    drafted = drafted_of(text, entities, text.gold["published"])
    document, passages = drafted.document, text.passages
    ids = identities(document.get("proposed_entries") or [], text.gold["new_entities"])
    events = [event_key(item, ids) for item in document["events"]]
    statements = [statement_place(item, passages, ids) for item in document["statements"]]
    gold_statements = [statement_place(i, passages, {}) for i in text.gold["statements"]]
    tally = Tally()
    tally.scores["mentions"] = mention_score(text, drafted, ids)
    tally.scores["events"] = score(events, text.gold["events"], events_match)
    tally.scores["statements"] = score(statements, gold_statements, statements_match)
    tally.scores.update(proposal_scores(text, document))
    try:
        first_look = drafted_of(text, entities, None).document["published"]
    except NoPublicationDate:
        first_look = None
    tally.published.append(first_look == text.gold["published"])
    tally.kept = sum(any(kept_event(d, g) for g in text.gold["events"]) for d in events)
    tally.kept += sum(any(kept_statement(d, g) for g in gold_statements) for d in statements)
    tally.items = len(events) + len(statements)
    return tally


def results() -> dict[str, dict[str, Any]]:
    """Return the figures per half and language, per half, and per text."""
    entities = entities_of_registry(load(corpus.REGISTRY).data)
    groups: dict[str, Tally] = {}
    per_text: dict[str, Any] = {}
    for half, names in corpus.split().items():
        for name in names:
            text = corpus.load(name)
            tally = measure(text, entities)
            per_text[name] = tally.as_dict()
            for group in (f"{half} {text.language}", half):
                groups.setdefault(group, Tally()).add(tally)
    ordered = sorted(groups, key=lambda g: (g.split()[0], len(g.split()), g))
    return {"groups": {g: groups[g].as_dict() for g in ordered}, "texts": per_text}


def missed(figures: dict[str, Any]) -> list[str]:
    """Return the aims the held-out half misses."""
    held = figures["groups"]["held_out"]
    found = [
        f"{name} {ratio}"
        for name in ("mentions", "events", "statements", "proposals")
        for ratio in ("precision", "recall")
        if (held[name][ratio] or 0) < AIMS["score"]
    ]
    if (held["kept_unchanged"] or 0) < AIMS["kept"]:
        found.append("kept unchanged")
    return found


def _cell(s: dict[str, Any]) -> str:
    def ratio(x: float | None) -> str:
        return "  - " if x is None else f"{x:.2f}"

    return f"{ratio(s['precision'])} {ratio(s['recall'])}"


def table(groups: dict[str, dict[str, Any]]) -> Iterable[str]:
    """Yield the lines of the printed table: P and R of each measure, then the two shares."""
    names = ("mentions", "events", "statements", "proposals")
    yield f"{'half':<16}" + "".join(f"{n + ' P/R':>16}" for n in names) + "  published  kept"
    for group, f in groups.items():
        cells = "".join(f"{_cell(f[n]):>16}" for n in names)
        yield f"{group:<16}{cells}  {f['published_found']!s:>9}  {f['kept_unchanged']!s:>5}"


def main() -> int:
    figures = results()
    RESULTS.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for line in table(figures["groups"]):
        print(line)
    print(f"held-out aims missed: {', '.join(missed(figures)) or 'none'}")
    print(f"({RESULTS.relative_to(PROJECT_ROOT)}; aims: P and R >= 0.8, kept >= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
