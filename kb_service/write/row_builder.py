"""Turn validated curated documents into the rows that the write queries UNWIND."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from kb_service.curation import Document
from kb_service.curation.checks import Labels
from kb_service.curation.vocabulary import Term, Vocabulary, terms_of
from kb_service.model import dates
from kb_service.model.names import joined_aliases, of_entity
from kb_service.model.names import keys as name_keys
from kb_service.write.source_links import Row, link_rows

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
        props[f"aliases_{lang}"] = joined_aliases(aliases.get(lang, []))
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
        props = _event_props(item, vocabulary)
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


def _event_props(item: dict[str, Any], vocabulary: Vocabulary) -> dict[str, Any]:
    plover, cameo = vocabulary.plover("event_types", item["type"])
    return {
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


def _renewal(renewal: dict[str, Any] | None) -> dict[str, Any]:
    if renewal is None:
        return {}
    return {
        "renewal_every": renewal["every"],
        "renewal_automatic": renewal["automatic"],
        "renewal_unless": renewal.get("unless"),
    }
