"""Talks that are no negotiations: talks (переговоры, محادثات) whose sentence names neither
both warring sides (statement_kinds.yaml `sides`) nor `the sides` (event_rules.yaml
`both_sides`: стороны, الجانبان) are a meeting (the NATO chief's talks with his Turkish host,
Zarif's talks with Aliyev in Baku). Negotiations are between the sides."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kb_service.curation.drafting import cues as cue_words
from kb_service.curation.drafting import statement_kinds
from kb_service.curation.drafting.event_dates import rules
from kb_service.curation.drafting.tokens import tokenize

WARRING = frozenset({"armenia", "azerbaijan"})  # the sides negotiations are between


def as_meetings(items: list[dict[str, Any]], language: str, terms: Mapping[str, Any]) -> None:
    """Make each drafted negotiations whose evidence names not both warring sides a meeting,
    its title's label too (`terms`: the vocabulary's event types)."""
    cues, sides = cue_words.load(language), statement_kinds.load(language).sides
    pair = list(rules(language).both_sides)
    for item in items:
        if item.get("type") != "negotiations":
            continue
        quote = " ".join(e["quote"] for e in item.get("evidence", []))
        words = tokenize(quote)
        if {p.term for _, p in cues.found(sides, words)} >= WARRING or cues.found(pair, words):
            continue
        item["type"] = "meeting"
        old, new = (
            terms[t].label.get("en", t) if t in terms else t for t in ("negotiations", "meeting")
        )
        if old and str(item.get("title", "")).startswith(old):
            item["title"] = new + str(item["title"])[len(old) :]
