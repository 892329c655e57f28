"""The relationships a source asserts, as rows for cypher/write/links_create.cypher: evidence,
participants, places, conflicts and the links between events and statements."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from kb_service.curation import Document
from kb_service.model.anchors import Locator

Row = dict[str, Any]

# Every relationship type a source's rows may hold: cypher/write/links_create.cypher has one
# branch for each (tests/test_schema.py checks that the two lists are the same).
LINK_TYPES = frozenset(
    {
        "EVIDENCED_BY", "PARTICIPANT", "OCCURRED_IN", "IN_CONFLICT", "PRECEDES", "CAUSES",
        "PART_OF", "RESPONDS_TO", "SPOKEN_BY", "ADDRESSED_TO", "REPORTED_VIA", "ABOUT",
        "SAID_DURING", "SAID_IN", "CONTRADICTS", "SUBJECT", "OBJECT", "NOT_SAME_AS",
    }
)  # fmt: skip


class UnknownLinkType(Exception):
    """A row names a relationship type the write query has no branch for (a bug, not input)."""


def link_rows(document: Document, labels: Mapping[str, str]) -> list[Row]:
    """Return every relationship a source asserts; `labels` maps referenced ids to labels.
    A type outside LINK_TYPES raises UnknownLinkType rather than being dropped by the query."""
    rows = _link_rows(document, labels)
    unknown = sorted({row["type"] for row in rows} - LINK_TYPES)
    if unknown:
        raise UnknownLinkType(f"no write branch for relationship type(s) {', '.join(unknown)}")
    return rows


def _link_rows(document: Document, labels: Mapping[str, str]) -> list[Row]:
    source_id = document.data["id"]
    locator = Locator(document.passages)
    return [
        {
            "type": kind,
            "from_label": from_label,
            "from": from_id,
            "to_label": labels[to_id],
            "to": to_id,
            **extra,
        }
        for kind, from_label, from_id, to_id, extra in _links(document.data, source_id, locator)
    ]


def _links(
    data: dict[str, Any], source_id: str, locator: Locator
) -> Iterator[tuple[str, str, str, str, Row]]:
    for item in data["events"]:
        yield from _event_links(item)
    for item in data["statements"]:
        yield from _statement_links(item)
    for item in data["relations"]:
        yield "SUBJECT", "Relation", item["id"], item["subject"], {}
        yield "OBJECT", "Relation", item["id"], item["object"], {}
        if "conflict" in item:
            yield "IN_CONFLICT", "Relation", item["id"], item["conflict"], {}
    for section, label in (
        ("events", "Event"),
        ("statements", "Statement"),
        ("relations", "Relation"),
    ):
        for item in data[section]:
            for other in item.get("not_same_as", []):  # a candidate the curator rejected
                yield "NOT_SAME_AS", label, item["id"], other, {}
            for evidence in item["evidence"]:
                yield (
                    "EVIDENCED_BY",
                    label,
                    item["id"],
                    f"{source_id}#{evidence['passage']}",
                    _evidence(evidence, locator),
                )


def _evidence(evidence: dict[str, Any], locator: Locator) -> Row:
    """Return an evidence link's properties: the quote, its note, and where it lies in the
    source's stored text (model/anchors; none when no position can be given)."""
    quote = evidence["quote"]
    anchor = locator.anchor(evidence["passage"], quote)
    return {"quote": quote, "note": evidence.get("note"), **(anchor.props(quote) if anchor else {})}


def _event_links(item: dict[str, Any]) -> Iterator[tuple[str, str, str, str, Row]]:
    ident = item["id"]
    if "conflict" in item:
        yield "IN_CONFLICT", "Event", ident, item["conflict"], {}
    for participant in item["participants"]:
        yield "PARTICIPANT", "Event", ident, participant["actor"], {"role": participant["role"]}
    for place in item["places"]:
        yield "OCCURRED_IN", "Event", ident, place, {}
    for link in item["related"]:
        kind = link["type"].upper().replace("-", "_")
        yield kind, "Event", ident, link["event"], {}


def _statement_links(item: dict[str, Any]) -> Iterator[tuple[str, str, str, str, Row]]:
    ident = item["id"]
    for speaker in item["speakers"]:
        yield "SPOKEN_BY", "Statement", ident, speaker, {}
    for addressee in item["addressees"]:
        yield "ADDRESSED_TO", "Statement", ident, addressee, {}
    for position, reporter in enumerate(item["reported_via"], start=1):
        yield "REPORTED_VIA", "Statement", ident, reporter, {"position": position}
    for target in item["about"]:
        yield "ABOUT", "Statement", ident, target, {}
    for other in item["contradicts"]:
        yield "CONTRADICTS", "Statement", ident, other, {}
    for other in item["responds_to"]:
        yield "RESPONDS_TO", "Statement", ident, other, {}
    singles = {"conflict": "IN_CONFLICT", "occasion": "SAID_DURING", "place": "SAID_IN"}
    for field, kind in singles.items():
        if field in item:
            yield kind, "Statement", ident, item[field], {}
