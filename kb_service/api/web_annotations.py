"""Evidence as W3C Web Annotations (format=jsonld) and as a Hypothesis import file
(format=hypothesis): one annotation per evidence item of each event and statement.

Each annotation's target is the source's stored text (GET /api/v1/sources/{id}/text), selected by
a TextQuoteSelector {exact, prefix, suffix} and a TextPositionSelector {start, end} in Unicode
code points (kb_service/model/anchors.py); its body is the record, which for a statement is
attributed (PROV-O) to its speakers, with the reporting chain as qualified attributions.
IRIs are under KB_PUBLIC_BASE_URL, or relative to the document when it is empty.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Response, request

from kb_service.api import render
from kb_service.api.request_context import database, settings
from kb_service.read import source_texts
from kb_service.read.pages import Page

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# The project's own terms (record kinds, attribution roles): a UUID URN needs no domain.
KB_NAMESPACE = "urn:uuid:222f8f9d-73af-4f89-9d7c-6abf6268a71e#"
PROV_CONTEXT: dict[str, Any] = {
    "prov": "http://www.w3.org/ns/prov#",
    "kb": KB_NAMESPACE,
    "Event": "kb:Event",
    "Statement": "kb:Statement",
    "Attribution": "prov:Attribution",
    "speaker": "kb:speaker",
    "reporter": "kb:reporter",
    "wasAttributedTo": {"@id": "prov:wasAttributedTo", "@type": "@id"},
    "qualifiedAttribution": {"@id": "prov:qualifiedAttribution", "@type": "@id"},
    "agent": {"@id": "prov:agent", "@type": "@id"},
    "hadRole": {"@id": "prov:hadRole", "@type": "@vocab"},
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "chainPosition": {"@id": "kb:chainPosition", "@type": "xsd:positiveInteger"},
    "passage": {"@id": "kb:passage", "@type": "xsd:positiveInteger"},
    "kind": "kb:kind",
    "date": "kb:edtfDate",
}
CONTEXT = [ANNO_CONTEXT, PROV_CONTEXT]
JSONLD = "application/ld+json"
HYPOTHESIS_USER = "acct:knowledge-base@localhost"
PATHS = {"Event": "events", "Statement": "statements"}


def iri(path: str) -> str:
    """Return the IRI of an API path: under KB_PUBLIC_BASE_URL, or relative to the document."""
    return f"{settings().public_base_url}/api/v1/{path}"


def text_iri(source_id: str) -> str:
    """Return the IRI of a source's stored text, the target of its evidence."""
    return iri(f"sources/{source_id}/text")


def _record_node(row: dict[str, Any]) -> dict[str, Any]:
    """Return the annotation body: the record, attributed to its speakers and reporters."""
    node: dict[str, Any] = {
        "id": iri(f"{PATHS[row['label']]}/{row['id']}"),
        "type": row["label"],
        "label": row["title"],
        "kind": row["kind"],
        "date": row["date"],
    }
    if row["label"] != "Statement":
        return node
    speakers = [iri(f"actors/{a['id']}") for a in row["speakers"]]
    roles = [{"type": "Attribution", "agent": s, "hadRole": "speaker"} for s in speakers]
    roles += [
        {
            "type": "Attribution",
            "agent": iri(f"actors/{a['id']}"),
            "hadRole": "reporter",
            "chainPosition": a["position"],
        }
        for a in row["reported_via"]
    ]
    return {**node, "wasAttributedTo": speakers, "qualifiedAttribution": roles}


def selectors(evidence: dict[str, Any], *, utf16: bool = False) -> list[dict[str, Any]]:
    """Return the quote selector, and the position selector where a position is stored
    (code points; with `utf16`, UTF-16 code units as Hypothesis counts)."""
    quote = {"type": "TextQuoteSelector", "exact": evidence["exact"]}
    if evidence["start"] is None:  # stored before positions: re-ingest the source
        return [quote]
    quote |= {"prefix": evidence["prefix"], "suffix": evidence["suffix"]}
    start, end = evidence["start"], evidence["end"]
    if utf16:
        start = evidence["start_utf16"]
        end = start + len(evidence["exact"].encode("utf-16-le")) // 2
    return [quote, {"type": "TextPositionSelector", "start": start, "end": end}]


def _annotation(row: dict[str, Any], index: int, evidence: dict[str, Any]) -> dict[str, Any]:
    source = evidence["source"]
    text: dict[str, Any] = {
        "id": text_iri(source["id"]),
        "type": "Text",
        "format": "text/plain",
        "language": source["language"],
        "label": source["title"],
    }
    if source["url"]:
        text["wasDerivedFrom"] = source["url"]
    record = _record_node(row)
    return {
        "id": f"{record['id']}#evidence-{index}",
        "type": "Annotation",
        "motivation": "describing",
        "body": record,
        "target": {
            "type": "SpecificResource",
            "source": text,
            "passage": evidence["passage"],
            "selector": selectors(evidence),
        },
    }


def web_annotations(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return one Web Annotation per evidence item of each record, in order."""
    return [
        _annotation(row, index, evidence)
        for row in rows
        for index, evidence in enumerate(row["evidence"], start=1)
    ]


def annotation_page(
    rows: list[dict[str, Any]], page_id: str, next_url: str | None
) -> dict[str, Any]:
    """Return a JSON-LD AnnotationPage of the records' evidence, with `next` for the next page."""
    page: dict[str, Any] = {
        "@context": CONTEXT,
        "id": page_id,
        "type": "AnnotationPage",
        "items": web_annotations(rows),
    }
    if next_url is not None:
        page["next"] = next_url
    return page


def _hypothesis_text(row: dict[str, Any], evidence: dict[str, Any]) -> str:
    lines = [f"{row['label']} ({row['kind']}, {row['date']}): {row['title']}"]
    if row["speakers"]:
        lines.append("Said by: " + ", ".join(a["name"] for a in row["speakers"]))
    if row["reported_via"]:
        lines.append("Reported via: " + " → ".join(a["name"] for a in row["reported_via"]))
    if evidence["note"]:
        lines.append(f"Note: {evidence['note']}")
    lines.append(iri(f"{PATHS[row['label']]}/{row['id']}"))
    return "\n\n".join(lines)


def _hypothesis_annotation(row: dict[str, Any], evidence: dict[str, Any]) -> dict[str, Any]:
    uri = text_iri(evidence["source"]["id"])
    tags = ["knowledge-base", row["label"].lower(), row["kind"]]
    return {
        "uri": uri,
        "user": HYPOTHESIS_USER,
        "user_info": {"display_name": "Conflict timeline knowledge base"},
        "target": [{"source": uri, "selector": selectors(evidence, utf16=True)}],
        "text": _hypothesis_text(row, evidence),
        "tags": [tag for tag in tags if tag],
        "document": {"title": [evidence["source"]["title"]]},
    }


def hypothesis_file(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the records' evidence as a file Hypothesis imports (its export file's shape)."""
    return {
        "export_date": datetime.now(UTC).isoformat(),
        "export_userid": HYPOTHESIS_USER,
        "client_version": "",
        "annotations": [
            _hypothesis_annotation(row, evidence) for row in rows for evidence in row["evidence"]
        ],
    }


def _rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the records' evidence anchored in the stored texts, from the sources each record
    shows a version of (those of `as_of`, or held on `as_known_on`, when the read asked)."""
    ids = [record["id"] for record in records]
    shown = {r["id"]: [v["source"]["id"] for v in r["versions"]] for r in records}
    return source_texts.anchored_evidence(database(), ids, shown)


def _page_id() -> str:
    query = request.query_string.decode()
    return f"{settings().public_base_url}{request.path}" + (f"?{query}" if query else "")


def record_response(found: dict[str, Any], fmt: str) -> Response:
    """Render one record's evidence as JSON-LD or as a Hypothesis import file."""
    rows = _rows([found])
    if fmt == "hypothesis":
        return render.json_response(hypothesis_file(rows), declared=False)
    answer = render.json_response(annotation_page(rows, _page_id(), None), declared=False)
    answer.mimetype = JSONLD
    return answer


def list_formats() -> tuple[render.PageDocuments, render.Documents]:
    """Return the one-page JSON-LD renderer and the whole-list Hypothesis renderer of a list."""

    def one_page(page: Page, next_url: str | None) -> Any:
        return annotation_page(_rows(page.items), _page_id(), next_url)

    def whole(records: list[dict[str, Any]], _truncated: bool) -> Any:
        return hypothesis_file(_rows(records))

    return {"jsonld": (JSONLD, one_page)}, {"hypothesis": whole}
