"""Evidence as W3C Web Annotations and as a Hypothesis import file, against the real stack:
every evidence item of the seed (and of a purpose-made source with awkward characters) lies at
its stored position in the text GET /sources/{id}/text serves."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

import pytest
import yaml
from conftest import FIXTURES, SEEDS, cypher, load, wipe

from kb_service.curation import collect_files
from kb_service.model.text import fold, split_passages
from kb_service.store.db import Database

API = "/api/v1"
ANCHORED = FIXTURES / "annotations" / "anchored_source.yaml"
CONTEXT_CHARACTERS = 32  # what the test expects around a quote (as Hypothesis takes)
PATHS = {"events": "events", "statements": "statements"}


@pytest.fixture(scope="module", autouse=True)
def graph(db: Database) -> Database:
    wipe(db)
    load(db, SEEDS, ANCHORED)
    return db


def curated_sources() -> list[dict[str, Any]]:
    """Each curated source loaded here, with its text read from its file as the test reads it."""
    sources = []
    for file in collect_files([SEEDS, ANCHORED]):
        assert file.path is not None
        data = yaml.safe_load(file.path.read_text(encoding="utf-8"))
        if data["kind"] != "source":
            continue
        raw = data.get("text") or (file.path.parent / data["text_file"]).read_text("utf-8")
        sources.append({**data, "passages": split_passages(raw)})
    return sources


def curated_evidence() -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Every evidence item, by (events|statements, record id), with its source's id."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for source in curated_sources():
        for section in PATHS:
            for item in source.get(section) or []:
                for evidence in item["evidence"]:
                    found[(section, item["id"])].append({**evidence, "source": source["id"]})
    return found


def get(client: Any, url: str, status: int = 200) -> Any:
    response = client.get(url if url.startswith(API) else API + url)
    assert response.status_code == status, response.get_data(as_text=True)
    return response


def served_text(client: Any, source_id: str) -> str:
    response = get(client, f"/sources/{source_id}/text")
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    return str(response.get_data(as_text=True))


def target_source_id(annotation: dict[str, Any]) -> str:
    source = annotation["target"]["source"]
    iri = source["id"] if isinstance(source, dict) else source
    assert iri.endswith("/text")
    return str(iri.split("/sources/")[1].removesuffix("/text"))


def selector(annotation: dict[str, Any], kind: str) -> dict[str, Any]:
    target = annotation["target"]
    selectors = target["selector"] if isinstance(target, dict) else target[0]["selector"]
    return next(s for s in selectors if s["type"] == kind)


def test_the_served_text_is_the_passages_joined_by_newlines(client: Any) -> None:
    for source in curated_sources():
        text = served_text(client, source["id"])
        assert text == "\n".join(source["passages"])
        stored = get(client, f"/sources/{source['id']}").get_json()["data"]
        assert hashlib.sha256(text.encode()).hexdigest() == stored["text_sha256"]


def test_every_evidence_item_lies_at_its_position_in_the_served_text(client: Any) -> None:
    texts = {s["id"]: served_text(client, s["id"]) for s in curated_sources()}
    for (section, ident), curated in curated_evidence().items():
        page = get(client, f"/{section}/{ident}?format=jsonld").get_json()
        items = page["items"]
        assert len(items) == len(curated), ident
        expected = sorted((e["source"], e["passage"], fold(e["quote"])) for e in curated)
        seen = []
        for annotation in items:
            source_id = target_source_id(annotation)
            text = texts[source_id]
            quote = selector(annotation, "TextQuoteSelector")
            position = selector(annotation, "TextPositionSelector")
            start, end = position["start"], position["end"]
            assert text[start:end] == quote["exact"], (ident, quote)
            assert quote["prefix"] == text[max(0, start - CONTEXT_CHARACTERS) : start]
            assert quote["suffix"] == text[end : end + CONTEXT_CHARACTERS]
            passage = annotation["target"]["passage"]
            offset = sum(len(line) + 1 for line in text.split("\n")[: passage - 1])
            assert offset <= start and end <= offset + len(text.split("\n")[passage - 1])
            seen.append((source_id, passage, fold(quote["exact"])))
        assert sorted(seen) == expected, ident


def test_a_quote_the_text_writes_otherwise_is_selected_as_the_text_writes_it(client: Any) -> None:
    source = next(s for s in curated_sources() if s["id"] == "test-anchored-report")
    statement = source["statements"][0]
    curated = statement["evidence"][0]["quote"]
    text = served_text(client, source["id"])
    items = get(client, f"/statements/{statement['id']}?format=jsonld").get_json()["items"]
    exacts = [selector(a, "TextQuoteSelector")["exact"] for a in items]
    assert curated not in text  # the text has other whitespace and another normal form
    matching = [e for e in exacts if fold(e) == fold(curated)]
    assert len(matching) == 1 and matching[0] in text


def test_list_pages_are_annotation_pages_that_link_the_next(client: Any) -> None:
    curated = curated_evidence()
    expected = sum(len(v) for (section, _), v in curated.items() if section == "statements")
    url: str | None = f"{API}/statements?format=jsonld&limit=2"
    pages, found = 0, 0
    while url:
        response = get(client, url)
        assert response.headers["Content-Type"].startswith("application/ld+json")
        page = response.get_json()
        assert page["type"] == "AnnotationPage"
        assert page["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
        found += len(page["items"])
        pages += 1
        url = page.get("next")
    assert found == expected
    assert pages > 1


def test_the_hypothesis_file_has_every_evidence_item_with_utf16_positions(client: Any) -> None:
    texts = {s["id"]: served_text(client, s["id"]) for s in curated_sources()}
    body = get(client, "/timeline?include=all&format=hypothesis").get_json()
    assert set(body) >= {"export_date", "export_userid", "client_version", "annotations"}
    annotations = body["annotations"]
    assert len(annotations) == sum(len(v) for v in curated_evidence().values())
    for annotation in annotations:
        assert annotation["target"][0]["source"] == annotation["uri"]
        assert annotation["document"]["title"] and annotation["tags"] and annotation["text"]
        source_id = annotation["uri"].split("/sources/")[1].removesuffix("/text")
        units = texts[source_id].encode("utf-16-le")
        exact = selector(annotation, "TextQuoteSelector")["exact"]
        position = selector(annotation, "TextPositionSelector")
        start, end = position["start"] * 2, position["end"] * 2
        assert units[start:end].decode("utf-16-le") == exact


def test_one_record_answers_a_hypothesis_file_and_json_by_default(client: Any) -> None:
    ident = next(i for s, i in curated_evidence() if s == "events")
    body = get(client, f"/events/{ident}?format=hypothesis").get_json()
    assert len(body["annotations"]) == len(curated_evidence()[("events", ident)])
    assert get(client, f"/events/{ident}").get_json()["data"]["id"] == ident


def test_unknown_source_text_and_format_are_problems(client: Any) -> None:
    response = get(client, "/sources/no-such-source/text", status=404)
    assert response.headers["Content-Type"] == "application/problem+json"
    assert get(client, "/actors/russia?format=jsonld", status=400).get_json()["invalid_params"]


def test_the_source_text_is_cached_by_etag(client: Any) -> None:
    source = curated_sources()[0]["id"]
    first = get(client, f"/sources/{source}/text")
    again = client.get(
        f"{API}/sources/{source}/text", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 304


def test_evidence_stored_without_positions_keeps_its_quote_selector_until_reingested(
    client: Any, db: Database
) -> None:
    source = next(s for s in curated_sources() if s["id"] == "test-anchored-report")
    statement = source["statements"][0]
    url = f"/statements/{statement['id']}?format=jsonld"
    # As a graph written before positions were: no positions, another document fingerprint.
    cypher(
        db,
        "MATCH (s:Source {id: $source})-[:HAS_PASSAGE]->()<-[e:EVIDENCED_BY]-() "
        "REMOVE e.start, e.end, e.exact, e.prefix, e.suffix, e.start_utf16 "
        "SET s.document_fingerprint = 'before-positions'",
        source=source["id"],
    )
    selectors = [a["target"]["selector"] for a in get(client, url).get_json()["items"]]
    assert all([s["type"] for s in each] == ["TextQuoteSelector"] for each in selectors)
    quotes = sorted(each[0]["exact"] for each in selectors)
    assert quotes == sorted(e["quote"] for e in statement["evidence"])
    load(db, ANCHORED)  # ingesting the same file again writes the positions
    selectors = [a["target"]["selector"] for a in get(client, url).get_json()["items"]]
    assert all(len(each) == 2 for each in selectors)
