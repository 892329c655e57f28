"""The measures of the same-record finder (bench/same_record_quality.py), pure: recall of the
true stored record in the top k candidates, precision of the top candidate, duplicates left
and false merges after a curator accepted each item's best candidate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Outcome:
    """What the finder showed for one curated item, and the record it was ingested as."""

    id: str  # the item's id as its curator wrote it
    kind: str  # event or statement
    split: str  # dev or heldout
    targets: frozenset[str]  # stored records that hold an earlier report of the same record
    ranked: tuple[tuple[str, float], ...]  # the candidates shown, best first: (id, score)
    stored_as: str  # its own id, or the id of the candidate accepted for it


def ratio(part: int, whole: int) -> float | None:
    """Return part / whole to three places, or None when there is nothing to divide."""
    return round(part / whole, 3) if whole else None


def recall_at(outcomes: Iterable[Outcome], k: int) -> tuple[int, int]:
    """Return (items whose true stored record is in the top k, items that have one stored)."""
    found = total = 0
    for outcome in outcomes:
        if outcome.targets:
            total += 1
            found += any(ident in outcome.targets for ident, _ in outcome.ranked[:k])
    return found, total


def precision_top1(outcomes: Iterable[Outcome], threshold: float) -> tuple[int, int]:
    """Return (top candidates at or above `threshold` that are true, such top candidates)."""
    right = shown = 0
    for outcome in outcomes:
        if outcome.ranked and outcome.ranked[0][1] >= threshold:
            shown += 1
            right += outcome.ranked[0][0] in outcome.targets
    return right, shown


def precision_shown(outcomes: Iterable[Outcome]) -> tuple[int, int]:
    """Return (candidates shown that are true, candidates shown), over every candidate."""
    pairs = [(ident, o.targets) for o in outcomes for ident, _ in o.ranked]
    return sum(ident in targets for ident, targets in pairs), len(pairs)


def missed_merges(outcomes: Iterable[Outcome]) -> int:
    """Return the items that became a record of their own, or a wrong one, although a report
    of the same record was stored: the duplicates each item leaves."""
    return sum(bool(o.targets) and o.stored_as not in o.targets for o in outcomes)


def wrong_joins(outcomes: Iterable[Outcome]) -> int:
    """Return the items merged into a stored record that holds no report of theirs."""
    return sum(o.stored_as != o.id and o.stored_as not in o.targets for o in outcomes)


def records_created(outcomes: Iterable[Outcome]) -> int:
    """Return the items stored as records of their own (not merged into a stored one)."""
    return sum(o.stored_as == o.id for o in outcomes)


def duplicates_left(groups: Iterable[Sequence[str]], stored_as: Mapping[str, str]) -> int:
    """Return, summed over the gold groups, the distinct records each became, minus one."""
    return sum(len({stored_as[ident] for ident in group}) - 1 for group in groups)


def false_merges(group_of: Mapping[str, str], stored_as: Mapping[str, str]) -> int:
    """Return, summed over the stored records, the gold groups each holds, minus one (an id in
    no group is a group of its own)."""
    held: dict[str, set[str]] = defaultdict(set)
    for ident, record in stored_as.items():
        held[record].add(group_of.get(ident, ident))
    return sum(len(groups) - 1 for groups in held.values())


def distinct_merged(
    pairs: Iterable[Sequence[str]], stored_as: Mapping[str, str]
) -> list[tuple[str, str]]:
    """Return the hard-negative pairs that ended up as one record."""
    return [(a, b) for a, b in pairs if stored_as[a] == stored_as[b]]


def group_keys(gold: Mapping[str, Any]) -> dict[str, str]:
    """Return each grouped id's group, as `kind:number` (events and statements of gold.yaml)."""
    return {
        ident: f"{kind}:{number}"
        for kind in ("events", "statements")
        for number, group in enumerate(gold.get(kind) or [])
        for ident in group
    }


def summary(outcomes: Sequence[Outcome], threshold: float) -> dict[str, Any]:
    """Return every measure of a set of outcomes, with the counts behind each ratio."""
    top1, eligible = recall_at(outcomes, 1)
    top3, _ = recall_at(outcomes, 3)
    right, shown = precision_top1(outcomes, threshold)
    true_shown, all_shown = precision_shown(outcomes)
    created, missed = records_created(outcomes), missed_merges(outcomes)
    return {
        "items": len(outcomes),
        "with_a_stored_match": eligible,
        "recall_at_1": ratio(top1, eligible),
        "recall_at_3": ratio(top3, eligible),
        "precision_at_1": ratio(right, shown),
        "top1_above_threshold": shown,
        "precision_shown": ratio(true_shown, all_shown),
        "candidates_shown": all_shown,
        "records_created": created,
        "duplicates_left": missed,
        "duplicates_share": ratio(missed, created),
        "false_merges": wrong_joins(outcomes),
    }
