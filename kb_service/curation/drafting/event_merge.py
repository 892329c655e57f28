"""One real event, drafted once per passage that reports it, made one item again: drafted
events of the same type whose participants overlap (the one's among the other's) on dates
that may be one day become one item that cites every passage, dated by the most precise of
their dates. Fighting since a day is one with its first day's, not with a later day's."""

from __future__ import annotations

from collections import defaultdict, deque
from typing import Any

RECENT = 16  # kept events of one type and participant that a new event is compared with


def precision(edtf: str) -> float:
    """Return how precise a drafted date is: day 3, month 2, year 1, an interval 0; a date
    marked uncertain or approximate half a step less."""
    if "/" in edtf:
        return 0.0
    plain = edtf.rstrip("?~%")
    return plain.lstrip("-").count("-") + 1 - (0.5 if plain != edtf else 0.0)


def with_status(item: dict[str, Any], status: str) -> dict[str, Any]:
    """Return the event with `status` placed after its type."""
    ordered: dict[str, Any] = {}
    for key, value in item.items():
        if key != "status":
            ordered[key] = value
        if key == "type":
            ordered["status"] = status
    return ordered


def merged(items: list[dict[str, Any]], conflict: str | None = None) -> list[dict[str, Any]]:
    """Return the drafted events with those of one type and overlapping participants merged
    (in the order of the first of each), every one in `conflict` when it names none. An
    event is compared only with the last RECENT kept events of its type that share one of its
    participants, so that merging takes time in proportion to the number of events."""
    kept: list[dict[str, Any]] = []
    recent: dict[tuple[str, str], deque[int]] = defaultdict(lambda: deque(maxlen=RECENT))
    cited: dict[int, set[tuple[Any, Any]]] = {}  # the evidence of each kept event
    for item in items:
        keys = [(item["type"], actor) for actor in sorted(_actors(item))]
        candidates = sorted({k for key in keys for k in recent[key]})
        into = next((k for k in candidates if _same(kept[k], item)), None)
        if into is None:
            into = len(kept)
            kept.append(item)
            cited[into] = {_cited(e) for e in item["evidence"]}
        else:
            _merge(kept[into], item, cited[into])
        for key in [(item["type"], actor) for actor in sorted(_actors(kept[into]))]:
            if into not in recent[key]:
                recent[key].append(into)
    if conflict:
        for item in kept:
            item.setdefault("conflict", conflict)
    return kept


def absorbed(
    items: list[dict[str, Any]], rules: tuple[tuple[str, tuple[str, ...]], ...]
) -> list[dict[str, Any]]:
    """Return the events but those of a general type (an `attack`, offensive) on the day an
    event of a more precise type is drafted (a rocket strike, shelling) near it (_near): their
    passages are added to the first such event (event_rules.yaml `absorbed`)."""
    into = dict(rules)
    by_day: dict[tuple[str, str], dict[str, Any]] = {}
    for item in items:
        by_day.setdefault((item["type"], item["date"]), item)
    kept = []
    for item in items:
        target = next(
            (
                by_day[(t, item["date"])]
                for t in into.get(item["type"], ())
                if (t, item["date"]) in by_day
            ),
            None,
        )
        if target is None or not _near(item, target):
            kept.append(item)
            continue
        cited = {_cited(e) for e in target["evidence"]}
        target["evidence"] += [e for e in item["evidence"] if _cited(e) not in cited]
    return kept


def _near(item: dict[str, Any], other: dict[str, Any]) -> bool:
    """Return whether two events share a passage or a place (`today's attack on Barda` and
    `rockets fired at Barda`), or one names no place: an attack on one front and shelling of
    villages on another, the same day, are two events."""
    places = set(item.get("places", ())), set(other.get("places", ()))
    passages = ({e.get("passage") for e in i["evidence"]} for i in (item, other))
    return not all(places) or bool(places[0] & places[1]) or bool(set.intersection(*passages))


def _actors(item: dict[str, Any]) -> set[str]:
    return {p["actor"] for p in item.get("participants", [])}


def _same(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Return whether two drafted events are one: of one type, the participants of one among
    the other's (Lavrov's call with Bayramov is not his call with Mnatsakanyan), on dates
    that may be the same day (one day, or a day and its month or year)."""
    mine, theirs = _actors(one), _actors(other)
    return (
        one["type"] == other["type"]
        and bool(mine)
        and bool(theirs)
        and (mine <= theirs or theirs <= mine)
        and _compatible(one["date"], other["date"])
    )


def _compatible(one: str, other: str) -> bool:
    if one.endswith("/..") or other.endswith("/.."):  # since a day: the same day it began
        return one.split("/")[0].rstrip("?~%") == other.split("/")[0].rstrip("?~%")
    if "/" in one or "/" in other:
        return True  # an interval (earlier: ../day) may hold the other's day
    one, other = one.rstrip("?~%"), other.rstrip("?~%")
    return one.startswith(other) or other.startswith(one)


def _cited(evidence: dict[str, Any]) -> tuple[Any, Any]:
    return evidence.get("passage"), evidence.get("quote")


def _merge(into: dict[str, Any], item: dict[str, Any], cited: set[tuple[Any, Any]]) -> None:
    known = {p["actor"] for p in into["participants"]}
    into["participants"] += [p for p in item["participants"] if p["actor"] not in known]
    places = into.get("places", []) + [
        p for p in item.get("places", []) if p not in into.get("places", [])
    ]
    if places:
        into["places"] = places
    for evidence in item["evidence"]:
        if _cited(evidence) not in cited:
            cited.add(_cited(evidence))
            into["evidence"].append(evidence)
    if precision(item["date"]) > precision(into["date"]):
        into["date"] = item["date"]
        if "status" in item:
            into["status"] = item["status"]
        else:
            into.pop("status", None)
