"""Which ids a document defines and cites, which vocabulary terms it uses, and which kind of
record each citation must resolve to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kb_service.curation.documents import Document
from kb_service.curation.problems import Path_

# Which label a reference must resolve to, by the field that holds it.
ANY_ENTITY = ("Actor", "Place", "Conflict", "Event", "Statement", "Relation")
REGISTRY_LABELS = {"actors": "Actor", "places": "Place", "conflicts": "Conflict"}
ASSERTION_LABELS = {"events": "Event", "statements": "Statement", "relations": "Relation"}
Citation = tuple[Path_, str, tuple[str, ...]]  # (path, id, labels it may resolve to)


def defined_ids(document: Document) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    """Yield every record a document defines: (section, label, index, item); a source itself
    comes last, as ("source", "Source", -1, its data)."""
    if document.kind == "vocabulary":
        return
    sections = REGISTRY_LABELS if document.kind == "registry" else ASSERTION_LABELS
    for section, label in sections.items():
        for index, item in enumerate(document.data.get(section, [])):
            yield section, label, index, item
    if document.kind == "source":
        yield "source", "Source", -1, document.data


def term_references(document: Document) -> Iterator[tuple[Path_, str, str]]:
    """Yield every vocabulary term a document uses: (path, vocabulary, term)."""
    uses = {
        "registry": (("actors", "kind", "actor_kinds"), ("places", "kind", "place_kinds")),
        "source": (
            ("events", "type", "event_types"),
            ("statements", "kind", "statement_kinds"),
            ("relations", "type", "relation_types"),
        ),
    }
    for section, name, vocabulary in uses.get(document.kind, ()):
        for index, item in enumerate(document.data[section]):
            if name in item:  # an update of a stored registry entry may leave its kind out
                yield (section, index, name), vocabulary, item[name]


def references(document: Document) -> Iterator[Citation]:
    """Yield every id the document refers to: (path, id, labels it may resolve to)."""
    if document.kind == "registry":
        yield from _registry_references(document.data)
    elif document.kind != "vocabulary":
        yield from _source_references(document.data)


def _registry_references(data: dict[str, Any]) -> Iterator[Citation]:
    for index, place in enumerate(data.get("places", [])):
        if "within" in place:
            yield ("places", index, "within"), place["within"], ("Place",)
    for section in REGISTRY_LABELS:
        for index, item in enumerate(data.get(section, [])):
            for j, other in enumerate(item["other_names"]):
                for k, party in enumerate(other["used_by"]):
                    yield (section, index, "other_names", j, "used_by", k), party, ("Actor",)


def _source_references(data: dict[str, Any]) -> Iterator[Citation]:
    if "credited_to" in data:
        yield ("credited_to",), data["credited_to"], ("Actor",)
    for i, event in enumerate(data["events"]):
        yield from _event_references(("events", i), event)
    for i, statement in enumerate(data["statements"]):
        yield from _statement_references(("statements", i), statement)
    for i, relation in enumerate(data["relations"]):
        yield from _relation_references(("relations", i), relation)
    for section, label in ASSERTION_LABELS.items():  # records a curator judged not to be this
        for i, item in enumerate(data[section]):
            for j, other in enumerate(item.get("not_same_as", [])):
                yield (section, i, "not_same_as", j), other, (label,)


def _event_references(base: Path_, event: dict[str, Any]) -> Iterator[Citation]:
    if "conflict" in event:
        yield (*base, "conflict"), event["conflict"], ("Conflict",)
    for j, participant in enumerate(event["participants"]):
        yield (*base, "participants", j, "actor"), participant["actor"], ("Actor",)
    for j, place in enumerate(event["places"]):
        yield (*base, "places", j), place, ("Place",)
    for j, link in enumerate(event["related"]):
        yield (*base, "related", j, "event"), link["event"], ("Event",)


def _statement_references(base: Path_, statement: dict[str, Any]) -> Iterator[Citation]:
    lists = {
        "speakers": ("Actor",),
        "addressees": ("Actor",),
        "reported_via": ("Actor",),
        "about": ANY_ENTITY,
        "contradicts": ("Statement",),
        "responds_to": ("Statement",),
    }
    for name, labels in lists.items():
        for j, ident in enumerate(statement[name]):
            yield (*base, name, j), ident, labels
    singles = {"conflict": ("Conflict",), "occasion": ("Event",), "place": ("Place",)}
    for name, labels in singles.items():
        if name in statement:
            yield (*base, name), statement[name], labels


def _relation_references(base: Path_, relation: dict[str, Any]) -> Iterator[Citation]:
    yield (*base, "subject"), relation["subject"], ("Actor",)
    yield (*base, "object"), relation["object"], ("Actor", "Place", "Conflict")
    if "conflict" in relation:
        yield (*base, "conflict"), relation["conflict"], ("Conflict",)
