"""Turn validated curated documents into the rows that the write queries UNWIND."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kb_service.curation import Document
from kb_service.curation.checks import Labels
from kb_service.curation.vocabulary import Term, Vocabulary, terms_of
from kb_service.model import dates
from kb_service.model.anchors import Locator
from kb_service.model.names import keys as name_keys
from kb_service.model.names import of_entity

Row = dict[str, Any]
_ENTITY_LABELS = {"actors": "Actor", "places": "Place", "conflicts": "Conflict"}


def fingerprint(props: dict[str, Any]) -> str:
    """Return a stable hash of a record's curated properties (to tell updates from no-ops)."""
    text = json.dumps(props, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _with_fingerprint(props: dict[str, Any]) -> dict[str, Any]:
    clean = {key: value for key, value in props.items() if value is not None}
    return {**clean, "fingerprint": fingerprint(clean)}


def registry_rows(document: Document) -> list[Row]:
    """Return one row per actor, place and conflict of a registry document."""
    return [
        registry_row(label, item)
        for section, label in _ENTITY_LABELS.items()
        for item in document.data[section]
    ]


def registry_row(label: str, item: dict[str, Any]) -> Row:
    """Return the row of one actor, place or conflict (a curated entry, merged or as sent)."""
    return {"label": label, "id": item["id"], "props": _with_fingerprint(_entity_props(item))}


def _entity_props(item: dict[str, Any]) -> dict[str, Any]:
    names, aliases = item["names"], item.get("aliases", {})
    others = item.get("other_names", [])
    props: dict[str, Any] = {
        "id": item["id"],
        "kind": item.get("kind"),
        "wikidata": item.get("wikidata"),
        "description": item.get("description"),
        "within": item.get("within"),
        # Other names as parallel lists (a property cannot hold maps).
        "other_names": [o["name"] for o in others] or None,
        "other_names_language": [o["language"] for o in others] or None,
        "other_names_used_by": [",".join(o["used_by"]) for o in others] or None,
        **_location_props(item.get("location")),
    }
    for lang in ("en", "ar", "ru"):
        props[f"name_{lang}"] = names.get(lang)
        props[f"aliases_{lang}"] = " | ".join(aliases.get(lang, [])) or None
    props["name_keys"] = name_keys(name for name, _ in of_entity(item))
    return props


def _location_props(location: dict[str, Any] | None) -> dict[str, Any]:
    """Return a place's location as properties: lat, lon or bbox, and its source."""
    location = location or {}
    source = (
        f"geonames:{location['geonames']}"
        if "geonames" in location
        else (f"wikidata:{location['wikidata']}" if "wikidata" in location else None)
    )
    return {
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "bbox": location.get("bbox"),
        "location_source": source,
    }


def source_props(document: Document) -> dict[str, Any]:
    """Return the Source node's properties."""
    data = document.data
    published = dates.parse(data["published"])
    text = "\n".join(document.passages)
    props = {
        "id": data["id"],
        "title": data["title"],
        "title_en": data.get("title_en"),
        "publisher": data["publisher"],
        "credited_to": data.get("credited_to"),
        "url": data.get("url"),
        "language": data["language"],
        "published": published.edtf,
        "published_date": published.latest or published.earliest,
        "published_key": published.end_key,
        "non_content": data["non_content"],
        "passage_count": len(document.passages),
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    return _with_fingerprint(props)


@dataclass(frozen=True)
class SourceRows:
    """Everything one source document writes: its node, passages, assertions and links. The
    source's `document_fingerprint` covers all of them, so an unchanged document is not written
    again."""

    source: Row
    passages: list[Row]
    assertions: list[Row]
    links: list[Row]

    @classmethod
    def of(cls, document: Document, labels: Labels, vocabulary: Vocabulary) -> SourceRows:
        """Build the rows; `labels` holds the label of every id the document cites, and
        `vocabulary` every term it uses."""
        passages = passage_rows(document)
        links = link_rows(document, labels.over({row["id"]: "Passage" for row in passages}))
        assertions = assertion_rows(document, vocabulary)
        source = source_props(document)
        source["document_fingerprint"] = fingerprint(
            {"source": source, "passages": passages, "assertions": assertions, "links": links}
        )
        return cls(source, passages, assertions, links)


def term_rows(document: Document) -> list[Row]:
    """Return one row per term of a vocabulary document."""
    return [_term_row(term) for _, term in terms_of(document.data)]


def _term_row(term: Term) -> Row:
    return {"key": term.key, "props": _with_fingerprint(term.props())}


def passage_rows(document: Document) -> list[Row]:
    """Return the numbered passages of a source."""
    source_id = document.data["id"]
    non_content = set(document.data["non_content"])
    return [
        {
            "id": f"{source_id}#{number}",
            "source_id": source_id,
            "number": number,
            "text": text,
            "content": number not in non_content,
        }
        for number, text in enumerate(document.passages, start=1)
    ]


def assertion_rows(document: Document, vocabulary: Vocabulary) -> list[Row]:
    """Return one row per event, statement and relation of a source, with the PLOVER (and
    CAMEO) categories of each event's type and each statement's kind."""
    rows = []
    for item in document.data["events"]:
        plover, cameo = vocabulary.plover("event_types", item["type"])
        props = {
            "id": item["id"],
            "title": item["title"],
            "title_ar": item.get("title_ar"),
            "title_ru": item.get("title_ru"),
            "type": item["type"],
            "summary": item.get("summary"),
            "plover": plover,
            "cameo": cameo,
            "status": item["status"],
            **_renewal(item.get("renewal")),
            **dates.parse(item["date"]).properties(),
        }
        rows.append({"label": "Event", "id": item["id"], "props": _with_fingerprint(props)})
    for item in document.data["statements"]:
        props = {
            "id": item["id"],
            "kind": item["kind"],
            "quote": item["quote"],
            "language": item["language"],
            "text_en": item["text_en"],
            "plover": vocabulary.plover("statement_kinds", item["kind"])[0],
            **dates.parse(item["date"]).properties(),
        }
        rows.append({"label": "Statement", "id": item["id"], "props": _with_fingerprint(props)})
    for item in document.data["relations"]:
        span = dates.parse(item["date"]) if "date" in item else dates.parse("../..")
        props = {
            "id": item["id"],
            "type": item["type"],
            "role": item.get("role"),
            **span.properties(),
            "date": item.get("date"),
        }
        rows.append({"label": "Relation", "id": item["id"], "props": _with_fingerprint(props)})
    return rows


def _renewal(renewal: dict[str, Any] | None) -> dict[str, Any]:
    if renewal is None:
        return {}
    return {
        "renewal_every": renewal["every"],
        "renewal_automatic": renewal["automatic"],
        "renewal_unless": renewal.get("unless"),
    }


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
