"""Checks across documents: ids, references, passages, verbatim quotes and dates."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from kb_service import dates
from kb_service.curation.documents import Document
from kb_service.curation.problems import Path_, Problem
from kb_service.text import contains_verbatim

# Which label a reference must resolve to, by the field that holds it.
ANY_ENTITY = ("Actor", "Place", "Conflict", "Event", "Statement", "Relation")
REGISTRY_LABELS = {"actors": "Actor", "places": "Place", "conflicts": "Conflict"}
ASSERTION_LABELS = {"events": "Event", "statements": "Statement", "relations": "Relation"}

LookUp = Callable[[set[str]], dict[str, str]]


def defined_ids(
    documents: list[Document], first_use: dict[str, tuple[Document, Path_]]
) -> tuple[dict[str, str], list[Problem]]:
    """Map every id the batch defines to its label (and, in `first_use`, where it is first
    defined), and report ids defined twice."""
    labels: dict[str, str] = {}
    where: dict[str, tuple[str, str]] = {}
    problems: list[Problem] = []
    for document in documents:
        for section, label, index, item in _defined(document):
            ident = item["id"]
            known = labels.get(ident)
            # The same event, statement or relation may be asserted by several sources.
            shared_assertion = (
                known == label
                and label in ASSERTION_LABELS.values()
                and where[ident][0] != document.name
            )
            path: Path_ = ("id",) if section == "source" else (section, index, "id")
            if known is not None and not shared_assertion:
                first = ":".join(where[ident])
                problems.append(
                    document.problem(path, f"id '{ident}' is already defined in {first}")
                )
                continue
            labels[ident] = label
            where[ident] = (document.name, section)
            first_use.setdefault(ident, (document, path))
    return labels, problems


def check_against_database(
    labels: dict[str, str], first_use: dict[str, tuple[Document, Path_]], look_up: LookUp
) -> list[Problem]:
    """Report ids this batch defines that the database already holds as another kind."""
    stored = look_up(set(labels)) if labels else {}
    problems = []
    for ident, label in sorted(stored.items()):
        if labels[ident] != label:
            document, path = first_use[ident]
            message = f"id '{ident}' is already used by {_article(label.lower())} in the database"
            problems.append(document.problem(path, message))
    return problems


def _defined(document: Document) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    sections = REGISTRY_LABELS if document.kind == "registry" else ASSERTION_LABELS
    for section, label in sections.items():
        for index, item in enumerate(document.data.get(section, [])):
            yield section, label, index, item
    if document.kind == "source":
        yield "source", "Source", -1, document.data


def references(document: Document) -> Iterator[tuple[Path_, str, tuple[str, ...]]]:
    """Yield every id the document refers to: (path, id, labels it may resolve to)."""
    data = document.data
    if document.kind == "registry":
        for index, place in enumerate(data.get("places", [])):
            if "within" in place:
                yield ("places", index, "within"), place["within"], ("Place",)
        return
    if "credited_to" in data:
        yield ("credited_to",), data["credited_to"], ("Actor",)
    for i, event in enumerate(data["events"]):
        yield from _event_references(("events", i), event)
    for i, statement in enumerate(data["statements"]):
        yield from _statement_references(("statements", i), statement)
    for i, relation in enumerate(data["relations"]):
        base: Path_ = ("relations", i)
        yield (*base, "subject"), relation["subject"], ("Actor",)
        yield (*base, "object"), relation["object"], ("Actor", "Place", "Conflict")
        if "conflict" in relation:
            yield (*base, "conflict"), relation["conflict"], ("Conflict",)


def _event_references(
    base: Path_, event: dict[str, Any]
) -> Iterator[tuple[Path_, str, tuple[str, ...]]]:
    if "conflict" in event:
        yield (*base, "conflict"), event["conflict"], ("Conflict",)
    for j, participant in enumerate(event["participants"]):
        yield (*base, "participants", j, "actor"), participant["actor"], ("Actor",)
    for j, place in enumerate(event["places"]):
        yield (*base, "places", j), place, ("Place",)
    for j, link in enumerate(event["related"]):
        yield (*base, "related", j, "event"), link["event"], ("Event",)


def _statement_references(
    base: Path_, statement: dict[str, Any]
) -> Iterator[tuple[Path_, str, tuple[str, ...]]]:
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


def check_references(
    documents: list[Document], labels: dict[str, str], look_up: LookUp
) -> tuple[dict[str, str], list[Problem]]:
    """Report references to ids that neither the batch nor the database define with that kind."""
    wanted = [(doc, ref) for doc in documents for ref in references(doc)]
    missing = {ident for _, (_, ident, _) in wanted if ident not in labels}
    known = {**look_up(missing), **labels} if missing else labels
    problems = []
    for document, (path, ident, allowed) in wanted:
        label = known.get(ident)
        if label is None:
            problems.append(document.problem(path, f"unknown id '{ident}'"))
        elif label not in allowed:
            kinds = " or ".join(_article(a.lower()) for a in allowed)
            message = f"'{ident}' is {_article(label.lower())}, not {kinds}"
            problems.append(document.problem(path, message))
    return known, problems


def check_source(document: Document) -> list[Problem]:
    """Check a source's passages, verbatim quotes and dates against its own text."""
    data = document.data
    published = dates.parse(data["published"])
    problems = []
    for i, number in enumerate(data["non_content"]):
        if number > len(document.passages):
            problems.append(document.problem(("non_content", i), _out_of_range(number, document)))
    for section in ASSERTION_LABELS:
        for i, item in enumerate(data[section]):
            problems.extend(_check_assertion(document, (section, i), item, published))
    return problems


def _check_assertion(
    document: Document, base: Path_, item: dict[str, Any], published: dates.DateSpan
) -> list[Problem]:
    problems = []
    cited: list[str] = []
    for j, evidence in enumerate(item["evidence"]):
        number = evidence["passage"]
        if number > len(document.passages):
            problems.append(
                document.problem((*base, "evidence", j, "passage"), _out_of_range(number, document))
            )
            continue
        passage = document.passages[number - 1]
        cited.append(passage)
        if not contains_verbatim(passage, evidence["quote"]):
            problems.append(
                document.problem(
                    (*base, "evidence", j, "quote"),
                    f"quote does not appear verbatim in passage {number}",
                )
            )
    if "quote" in item and cited and not any(contains_verbatim(p, item["quote"]) for p in cited):
        problems.append(
            document.problem(
                (*base, "quote"), "quote does not appear verbatim in any cited passage"
            )
        )
    if "date" in item:
        span = dates.parse(item["date"])
        if published.latest and span.earliest and span.earliest > published.latest:
            problems.append(
                document.problem(
                    (*base, "date"),
                    (f"'{item['date']}' is after the source's publication ({published.edtf})"),
                )
            )
    return problems


def _out_of_range(number: int, document: Document) -> str:
    return f"passage {number} is out of range: the text has {len(document.passages)} passages"


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"
