"""The measures of the same-record benchmark (bench/same_record_metrics.py) on hand-made
outcomes: recall in the top k, precision of the top candidate, duplicates left and false
merges. Pure: no database."""

from __future__ import annotations

from bench.same_record_metrics import (
    Outcome,
    distinct_merged,
    duplicates_left,
    false_merges,
    group_keys,
    missed_merges,
    precision_shown,
    precision_top1,
    recall_at,
    records_created,
    summary,
    wrong_joins,
)

THRESHOLD = 0.6


def outcome(
    ident: str, targets: set[str], ranked: list[tuple[str, float]], stored_as: str = ""
) -> Outcome:
    return Outcome(ident, "event", "dev", frozenset(targets), tuple(ranked), stored_as or ident)


# b: true record first, accepted.  c: true record third, not accepted (a wrong one first, under
# the threshold).  d: true record stored, nothing shown.  e: nothing stored, a wrong candidate
# above the threshold, accepted (a false merge).  f: true record second, a wrong one first above
# the threshold, accepted.  a: the first report, nothing stored, nothing shown.
OUTCOMES = [
    outcome("a", set(), []),
    outcome("b", {"a"}, [("a", 0.9), ("x", 0.56)], "a"),
    outcome("c", {"a"}, [("x", 0.58), ("y", 0.57), ("a", 0.56)]),
    outcome("d", {"a"}, []),
    outcome("e", set(), [("a", 0.7)], "a"),
    outcome("f", {"p"}, [("q", 0.65), ("p", 0.62)], "q"),
]


def test_recall_counts_only_items_that_have_a_stored_match() -> None:
    assert recall_at(OUTCOMES, 1) == (1, 4)
    assert recall_at(OUTCOMES, 2) == (2, 4)
    assert recall_at(OUTCOMES, 3) == (3, 4)


def test_precision_of_the_top_candidate_counts_only_those_at_or_above_the_threshold() -> None:
    assert precision_top1(OUTCOMES, THRESHOLD) == (1, 3)
    assert precision_top1([outcome("g", {"a"}, [("a", 0.6)])], THRESHOLD) == (1, 1)
    assert precision_top1([outcome("g", {"a"}, [("a", 0.59)])], THRESHOLD) == (0, 0)


def test_precision_over_every_candidate_shown() -> None:
    assert precision_shown(OUTCOMES) == (3, 8)


def test_items_left_apart_or_merged_wrongly_are_duplicates_and_false_merges() -> None:
    assert missed_merges(OUTCOMES) == 3  # c and d stored apart, f merged into the wrong one
    assert wrong_joins(OUTCOMES) == 2  # e and f
    assert records_created(OUTCOMES) == 3  # a, c, d


def test_duplicates_left_are_the_records_a_group_became_minus_one() -> None:
    stored_as = {"a1": "a1", "a2": "a1", "a3": "a3", "a4": "x", "b1": "b1", "b2": "b1", "x": "x"}
    assert duplicates_left([["a1", "a2", "a3", "a4"], ["b1", "b2"]], stored_as) == 2


def test_false_merges_are_the_groups_a_record_holds_minus_one() -> None:
    gold = {"events": [["a1", "a2"], ["b1", "b2"]], "statements": [["s1", "s2"]]}
    group_of = group_keys(gold)
    assert group_of == {
        "a1": "events:0",
        "a2": "events:0",
        "b1": "events:1",
        "b2": "events:1",
        "s1": "statements:0",
        "s2": "statements:0",
    }
    # a1 and b1 in one record, and the singleton x with them: two false merges; the statements
    # kept apart are a duplicate, not a false merge.
    stored_as = {"a1": "a1", "a2": "a1", "b1": "a1", "b2": "b2", "x": "a1", "s1": "s1", "s2": "s2"}
    assert false_merges(group_of, stored_as) == 2
    assert false_merges(group_of, {"a1": "a1", "a2": "a1", "s1": "s1"}) == 0
    assert distinct_merged([["a1", "b1"], ["a2", "b2"]], stored_as) == [("a1", "b1")]


def test_summary_gives_ratios_with_their_counts() -> None:
    figures = summary(OUTCOMES, THRESHOLD)
    assert figures["with_a_stored_match"] == 4
    assert figures["recall_at_1"] == 0.25
    assert figures["recall_at_3"] == 0.75
    assert figures["precision_at_1"] == 0.333
    assert figures["top1_above_threshold"] == 3
    assert figures["precision_shown"] == 0.375
    assert figures["duplicates_left"] == 3
    assert figures["duplicates_share"] == 1.0
    assert figures["false_merges"] == 2
    assert summary([], THRESHOLD)["recall_at_1"] is None
