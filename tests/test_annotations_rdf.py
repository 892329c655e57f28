"""The JSON-LD evidence read as RDF: pyld expands it against the vendored W3C Web Annotation
context (no network), rdflib holds the triples, and the test checks the Web Annotation and
PROV-O statements it expects from the curated files it loads."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from conftest import FIXTURES, SEEDS, load, wipe
from pyld import jsonld
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import XSD

from kb_service import create_app
from kb_service.config import PROJECT_ROOT, Settings
from kb_service.curation import collect_files
from kb_service.store.db import Database

API = "/api/v1"
ANCHORED = FIXTURES / "annotations" / "anchored_source.yaml"
VENDORED = PROJECT_ROOT / "kb_service" / "static" / "vendor" / "w3c" / "anno.jsonld"
ANNO_URL = "http://www.w3.org/ns/anno.jsonld"
BASE = "http://kb.test"
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module", autouse=True)
def graph(db: Database) -> Database:
    wipe(db)
    load(db, SEEDS, ANCHORED)
    return db


def offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    """Serve the vendored W3C context and nothing else: any other URL is an error."""
    if url.rstrip("/") != ANNO_URL:
        raise AssertionError(f"the test fetches nothing but the vendored context: {url}")
    document = json.loads(VENDORED.read_text(encoding="utf-8"))
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": document}  # fmt: skip


def triples(document: dict[str, Any], base: str) -> Graph:
    """Expand the document with pyld (offline) and parse its triples with rdflib."""
    options: Any = {"base": base, "documentLoader": offline_loader}
    nquads = jsonld.to_rdf(jsonld.expand(document, options), {"format": "application/n-quads"})
    assert isinstance(nquads, str)
    found = Graph()
    found.parse(data=nquads, format="nt")  # the default graph only: N-Quads lines are N-Triples
    return found


def curated_items(section: str) -> Iterator[dict[str, Any]]:
    for file in collect_files([SEEDS, ANCHORED]):
        assert file.path is not None
        data = yaml.safe_load(file.path.read_text(encoding="utf-8"))
        yield from data.get(section) or []


def annotation_graph(client: Any, path: str) -> tuple[dict[str, Any], Graph, str]:
    url = f"{API}/{path}?format=jsonld"
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    document = response.get_json()
    return document, triples(document, BASE + url), BASE + API


def test_the_vendored_context_is_the_w3c_one() -> None:
    context = json.loads(VENDORED.read_text(encoding="utf-8"))["@context"]
    assert context["oa"] == str(OA)
    assert context["TextQuoteSelector"] == "oa:TextQuoteSelector"
    assert context["start"] == {"@id": "oa:start", "@type": "xsd:nonNegativeInteger"}


def test_a_statement_is_annotated_attributed_and_its_chain_qualified(client: Any) -> None:
    statement = next(s for s in curated_items("statements") if s.get("reported_via"))
    document, found, api = annotation_graph(client, f"statements/{statement['id']}")
    record = URIRef(f"{api}/statements/{statement['id']}")
    annotations = set(found.subjects(RDF.type, OA.Annotation))
    assert len(annotations) == len(statement["evidence"])
    for annotation in annotations:
        assert (annotation, OA.hasBody, record) in found
        assert (annotation, OA.motivatedBy, OA.describing) in found
    speakers = {URIRef(f"{api}/actors/{a}") for a in statement["speakers"]}
    assert set(found.objects(record, PROV.wasAttributedTo)) == speakers
    kb = Namespace(document["@context"][1]["kb"])
    qualified = {
        (found.value(q, PROV.agent), found.value(q, PROV.hadRole), found.value(q, kb.chainPosition))
        for q in found.objects(record, PROV.qualifiedAttribution)
    }
    chain = {
        (URIRef(f"{api}/actors/{actor}"), kb.reporter, Literal(n, datatype=XSD.positiveInteger))
        for n, actor in enumerate(statement["reported_via"], start=1)
    }
    assert qualified == {(s, kb.speaker, None) for s in speakers} | chain


def test_each_target_selects_the_served_text_by_quote_and_position(client: Any) -> None:
    event = next(iter(curated_items("events")))
    _, found, api = annotation_graph(client, f"events/{event['id']}")
    checked = 0
    for target in found.objects(None, OA.hasTarget):
        source = found.value(target, OA.hasSource)
        assert str(source).startswith(f"{api}/sources/") and str(source).endswith("/text")
        text = client.get(str(source).removeprefix(BASE)).get_data(as_text=True)
        chosen = {found.value(s, RDF.type): s for s in found.objects(target, OA.hasSelector)}
        quote, position = chosen[OA.TextQuoteSelector], chosen[OA.TextPositionSelector]
        start, end = found.value(position, OA.start), found.value(position, OA.end)
        assert isinstance(start, Literal) and isinstance(end, Literal)
        assert start.datatype == end.datatype == XSD.nonNegativeInteger
        assert text[int(start) : int(end)] == str(found.value(quote, OA.exact))
        assert text[: int(start)].endswith(str(found.value(quote, OA.prefix)))
        checked += 1
    assert checked == len(event["evidence"])


def test_an_event_is_not_attributed(client: Any) -> None:
    event = next(iter(curated_items("events")))
    document, found, api = annotation_graph(client, f"events/{event['id']}")
    record = URIRef(f"{api}/events/{event['id']}")
    kb = Namespace(document["@context"][1]["kb"])
    assert (record, RDF.type, kb.Event) in found
    assert not list(found.objects(record, PROV.wasAttributedTo))


def test_iris_are_absolute_under_the_public_base_url(settings: Settings) -> None:
    public = "https://kb.example.org"
    app = create_app(dataclasses.replace(settings, public_base_url=public))
    event = next(iter(curated_items("events")))
    document = app.test_client().get(f"{API}/events/{event['id']}?format=jsonld").get_json()
    found = triples(document, "http://elsewhere.test/")
    subjects = {str(s) for s in found.subjects(RDF.type, OA.Annotation)}
    assert subjects and all(s.startswith(f"{public}{API}/events/") for s in subjects)
    assert document["id"].startswith(public)
