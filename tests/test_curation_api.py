"""Curation through the API alone: the registry, multipart uploads with text files, dry runs,
replacements checked as if the old version were gone, and honest answers to unchanged documents.

Expected counts come from the documents each test sends, never from the seed's current size.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
import yaml
from conftest import SEED_SOURCE, SEEDS, cypher, graph_checksum, load, wipe
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from kb_service.read import pages
from kb_service.store.db import Database

AUTH = {"Authorization": "Bearer test-key-1"}
REGISTRY = (SEEDS / "registry.yaml").read_text(encoding="utf-8")
SEED_YAML = SEEDS / "000_d0b46a30435dc835.yaml"
SEED_TEXT = SEEDS / "000_d0b46a30435dc835.txt"

# A test registry of its own: two actors, a region and a town within it.
TEST_REGISTRY = """\
kind: registry
actors:
  - id: test-observer
    kind: organisation
    names: {en: Test Observer Mission}
  - id: test-envoy
    kind: person
    names: {en: Test Envoy}
places:
  - id: test-region
    kind: region
    names: {en: Test Region}
  - id: test-town
    kind: city
    names: {en: Test Town}
    within: test-region
"""
# A source that defines an event and a statement made during it.
SOURCE_V1 = """\
kind: source
id: test-wire-2020-10-01
title: Envoy visits the town
publisher: Test wire
published: 2020-10-01
language: en
text: |
  The envoy visited Test Town on 30 September.

  "We came to listen," the envoy said.
events:
  - id: test-envoy-visit
    title: The envoy visits Test Town
    type: meeting
    date: 2020-09-30
    participants: [{actor: test-envoy, role: visitor}]
    places: [test-town]
    evidence: [{passage: 1, quote: The envoy visited Test Town on 30 September}]
statements:
  - id: test-envoy-came-to-listen
    kind: position
    speakers: [test-envoy]
    date: 2020-09-30
    language: en
    quote: We came to listen
    text_en: We came to listen.
    occasion: test-envoy-visit
    evidence: [{passage: 2, quote: We came to listen}]
"""


def send(
    client: FlaskClient, path: str, body: str | bytes, content_type: str = "application/yaml"
) -> TestResponse:
    data = body.encode() if isinstance(body, str) else body
    return client.post(path, data=data, content_type=content_type, headers=AUTH)


def report(response: TestResponse) -> dict[str, Any]:
    return dict(response.get_json()["data"])


def nonzero(response: TestResponse, what: str) -> dict[str, int]:
    return {k: c[what] for k, c in report(response)["counts"].items() if c[what]}


def sections(document: str) -> dict[str, int]:
    """How many entries each registry section of `document` holds, by label."""
    data = yaml.safe_load(document)
    labels = {"actors": "Actor", "places": "Place", "conflicts": "Conflict"}
    return {labels[key]: len(data[key]) for key in labels if data.get(key)}


# --- the registry -------------------------------------------------------------------------------


def test_registry_post_upserts_and_sending_it_again_changes_nothing(
    clean_db: Database, client: FlaskClient
) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    from_files = graph_checksum(clean_db)
    wipe(clean_db)
    first = send(client, "/api/v1/registry", REGISTRY)
    assert first.status_code == 201
    assert nonzero(first, "created") == sections(REGISTRY)
    assert graph_checksum(clean_db) == from_files  # the same graph as `kb ingest registry.yaml`
    again = send(client, "/api/v1/registry", REGISTRY)
    assert again.status_code == 200
    assert report(again)["changed"] is False
    assert graph_checksum(clean_db) == from_files


def test_registry_post_updates_an_entry_in_place(clean_db: Database, client: FlaskClient) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    renamed = TEST_REGISTRY.replace("Test Envoy}", "Test Special Envoy}")
    response = send(client, "/api/v1/registry", renamed)
    assert response.status_code == 200
    assert nonzero(response, "updated") == {"Actor": 1}
    assert nonzero(response, "created") == {}
    [row] = cypher(clean_db, "MATCH (a:Actor {id: 'test-envoy'}) RETURN a.name_en AS name")
    assert row == {"name": "Test Special Envoy"}


def test_registry_dry_run_reports_and_writes_nothing(
    clean_db: Database, client: FlaskClient
) -> None:
    before = graph_checksum(clean_db)
    response = send(client, "/api/v1/registry?dry_run=true", TEST_REGISTRY)
    assert response.status_code == 200
    assert report(response)["dry_run"] is True
    assert nonzero(response, "created") == sections(TEST_REGISTRY)
    assert graph_checksum(clean_db) == before


def test_registry_post_needs_a_key_and_a_registry(clean_db: Database, client: FlaskClient) -> None:
    before = graph_checksum(clean_db)
    unauthorised = client.post(
        "/api/v1/registry", data=TEST_REGISTRY, content_type="application/yaml"
    )
    assert unauthorised.status_code == 401
    wrong_kind = send(client, "/api/v1/registry", SOURCE_V1)
    assert wrong_kind.status_code == 422
    [problem] = wrong_kind.get_json()["invalid_params"]
    assert (problem["name"], problem["line"]) == ("kind", 1)
    assert problem["reason"] == "only a registry document is accepted here"
    invalid = send(client, "/api/v1/registry", TEST_REGISTRY.replace("kind: city", "kind: cty"))
    assert invalid.status_code == 422
    assert [(p["name"], p["line"]) for p in invalid.get_json()["invalid_params"]] == [
        ("places[1].kind", 14)
    ]
    assert graph_checksum(clean_db) == before


def test_an_entry_still_cited_cannot_be_removed(clean_db: Database, client: FlaskClient) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    assert send(client, "/api/v1/sources", SOURCE_V1).status_code == 201
    before = graph_checksum(clean_db)
    cited = client.delete("/api/v1/registry/test-envoy", headers=AUTH)
    assert cited.status_code == 409
    assert "test-wire-2020-10-01" in cited.get_json()["detail"]
    parent = client.delete("/api/v1/registry/test-region", headers=AUTH)
    assert parent.status_code == 409
    assert "test-town" in parent.get_json()["detail"]
    assert graph_checksum(clean_db) == before
    unused = client.delete("/api/v1/registry/test-observer", headers=AUTH)
    assert unused.status_code == 200
    assert nonzero(unused, "removed") == {"Actor": 1}
    assert client.get("/api/v1/actors/test-observer").status_code == 404
    assert client.delete("/api/v1/registry/test-observer", headers=AUTH).status_code == 404
    # Once the source is retracted, nothing cites the envoy any more.
    assert client.delete("/api/v1/sources/test-wire-2020-10-01", headers=AUTH).status_code == 200
    assert client.delete("/api/v1/registry/test-envoy", headers=AUTH).status_code == 200


def test_removing_an_entry_needs_a_key(clean_db: Database, client: FlaskClient) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    assert client.delete("/api/v1/registry/test-observer").status_code == 401
    assert client.get("/api/v1/actors/test-observer").status_code == 200


# --- sources: multipart, dry run, unchanged -----------------------------------------------------


def multipart(document: bytes, texts: dict[str, bytes], filename: str) -> dict[str, Any]:
    parts: dict[str, Any] = {"document": (io.BytesIO(document), filename)}
    parts.update({name: (io.BytesIO(text), name) for name, text in texts.items()})
    return parts


def test_multipart_upload_with_the_text_file_equals_kb_ingest(
    clean_db: Database, client: FlaskClient
) -> None:
    load(clean_db, SEEDS)
    from_files = graph_checksum(clean_db)
    wipe(clean_db)
    load(clean_db, SEEDS / "registry.yaml")
    parts = multipart(SEED_YAML.read_bytes(), {SEED_TEXT.name: SEED_TEXT.read_bytes()}, "s.yaml")
    response = client.post(
        "/api/v1/sources", data=parts, content_type="multipart/form-data", headers=AUTH
    )
    assert response.status_code == 201, response.get_data(as_text=True)
    assert graph_checksum(clean_db) == from_files


def test_multipart_upload_without_its_text_names_text_file(
    clean_db: Database, client: FlaskClient
) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    before = graph_checksum(clean_db)
    parts = multipart(SEED_YAML.read_bytes(), {"other.txt": b"text"}, "seed.yaml")
    response = client.post(
        "/api/v1/sources", data=parts, content_type="multipart/form-data", headers=AUTH
    )
    assert response.status_code == 422
    [problem] = response.get_json()["invalid_params"]
    line = 1 + SEED_YAML.read_text(encoding="utf-8").splitlines().index(
        f"text_file: {SEED_TEXT.name}"
    )
    assert (problem["name"], problem["line"]) == ("text_file", line)
    assert SEED_TEXT.name in problem["reason"]
    assert graph_checksum(clean_db) == before


def test_multipart_upload_without_a_document_part_is_400(
    clean_db: Database, client: FlaskClient
) -> None:
    parts = {"text": (io.BytesIO(b"x"), "a.txt")}
    response = client.post(
        "/api/v1/sources", data=parts, content_type="multipart/form-data", headers=AUTH
    )
    assert response.status_code == 400
    assert [p["name"] for p in response.get_json()["invalid_params"]] == ["document"]


def test_source_dry_run_reports_what_it_would_change_and_writes_nothing(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    before = graph_checksum(clean_db)
    response = send(client, "/api/v1/sources?dry_run=true", SOURCE_V1)
    assert response.status_code == 200
    assert report(response)["dry_run"] is True
    assert nonzero(response, "created") == {"Source": 1, "Event": 1, "Statement": 1}
    assert graph_checksum(clean_db) == before
    # The real write then reports what the dry run announced.
    written = send(client, "/api/v1/sources", SOURCE_V1)
    assert written.status_code == 201
    assert nonzero(written, "created") == nonzero(response, "created")


def test_a_post_that_changes_nothing_is_200_with_an_empty_report(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    assert send(client, "/api/v1/sources", SOURCE_V1).status_code == 201
    before = graph_checksum(clean_db)
    for path in ("/api/v1/sources", "/api/v1/sources?dry_run=true"):
        again = send(client, path, SOURCE_V1)
        assert again.status_code == 200
        assert report(again)["changed"] is False
        assert all(n == 0 for c in report(again)["counts"].values() for n in c.values())
    assert graph_checksum(clean_db) == before
    # A real change is reported as one.
    changed = send(client, "/api/v1/sources", SOURCE_V1.replace("Envoy visits", "Envoy tours"))
    assert (changed.status_code, report(changed)["changed"]) == (200, True)
    assert nonzero(changed, "updated") == {"Source": 1}


def test_only_dry_run_is_accepted_in_a_write_query(clean_db: Database, client: FlaskClient) -> None:
    response = send(client, "/api/v1/sources?key=test-key-1", SOURCE_V1)
    assert response.status_code == 400
    assert [p["name"] for p in response.get_json()["invalid_params"]] == ["key"]
    assert cypher(clean_db, "MATCH (s:Source) RETURN count(s) AS n") == [{"n": 0}]


# --- a replacement is checked as if its old version were gone ----------------------------------

# Version 2 drops the visit but its statement still names the visit as its occasion.
SOURCE_V2 = SOURCE_V1[: SOURCE_V1.index("events:")] + SOURCE_V1[SOURCE_V1.index("statements:") :]
OCCASION_LINE = 1 + SOURCE_V2.splitlines().index("    occasion: test-envoy-visit")


def test_a_replacement_citing_what_only_its_old_version_defined_is_422(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    clean = graph_checksum(clean_db)
    on_clean_graph = send(client, "/api/v1/sources", SOURCE_V2)
    assert on_clean_graph.status_code == 422
    assert send(client, "/api/v1/sources", SOURCE_V1).status_code == 201
    before = graph_checksum(clean_db)
    replacing = send(client, "/api/v1/sources", SOURCE_V2)
    assert replacing.status_code == 422
    assert replacing.get_json()["invalid_params"] == on_clean_graph.get_json()["invalid_params"]
    assert [(p["name"], p["line"]) for p in replacing.get_json()["invalid_params"]] == [
        ("statements[0].occasion", OCCASION_LINE)
    ]
    assert graph_checksum(clean_db) == before
    assert graph_checksum(clean_db) != clean


def test_a_replacement_may_cite_what_another_source_still_asserts(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    assert send(client, "/api/v1/sources", SOURCE_V1).status_code == 201
    other = SOURCE_V1.replace("test-wire-2020-10-01", "test-desk-2020-10-02").replace(
        "test-envoy-came-to-listen", "test-desk-came-to-listen"
    )
    assert send(client, "/api/v1/sources", other).status_code == 201
    response = send(client, "/api/v1/sources", SOURCE_V2)  # the visit stays: the desk asserts it
    assert response.status_code == 200, response.get_data(as_text=True)
    [row] = cypher(
        clean_db,
        "MATCH (:Statement {id: 'test-envoy-came-to-listen'})-[:SAID_DURING]->(e:Event) "
        "RETURN e.id AS id",
    )
    assert row == {"id": "test-envoy-visit"}


def test_a_batch_replacing_a_source_is_checked_as_if_its_old_version_were_gone(
    clean_db: Database,
) -> None:
    from kb_service.curation import CurationError, RawFile
    from kb_service.write.ingest import ingest

    ingest(clean_db, [RawFile("registry.yaml", TEST_REGISTRY.encode())])
    ingest(clean_db, [RawFile("v1.yaml", SOURCE_V1.encode())])
    before = graph_checksum(clean_db)
    with pytest.raises(CurationError) as exc:
        ingest(clean_db, [RawFile("v2.yaml", SOURCE_V2.encode())])
    assert [(p.field, p.line) for p in exc.value.problems] == [
        ("statements[0].occasion", OCCASION_LINE)
    ]
    assert graph_checksum(clean_db) == before


# A second source whose statement was made during the wire's visit, and the wire's version 3,
# which drops the visit and no longer cites it.
CITING = SOURCE_V1.replace("test-wire-2020-10-01", "test-desk-2020-10-02")
CITING = CITING[: CITING.index("events:")] + CITING[CITING.index("statements:") :]
CITING = CITING.replace("test-envoy-came-to-listen", "test-desk-came-to-listen")
SOURCE_V3 = SOURCE_V2.replace("    occasion: test-envoy-visit\n", "")


def test_a_write_that_would_drop_another_sources_citation_is_undone(clean_db: Database) -> None:
    """In one batch, the desk's statement is checked while the visit still stands; the wire's
    new version, written after it, would delete the visit: that write is refused and undone,
    and the desk's citation stays."""
    from kb_service.curation import CurationError, RawFile
    from kb_service.write.ingest import ingest

    ingest(clean_db, [RawFile("registry.yaml", TEST_REGISTRY.encode())])
    ingest(clean_db, [RawFile("v1.yaml", SOURCE_V1.encode())])
    with pytest.raises(CurationError) as exc:
        ingest(
            clean_db,
            [RawFile("desk.yaml", CITING.encode()), RawFile("v3.yaml", SOURCE_V3.encode())],
        )
    [problem] = exc.value.problems
    assert problem.file == "v3.yaml" and "'test-envoy-visit'" in problem.message
    rows = cypher(
        clean_db,
        "MATCH (st:Statement)-[r:SAID_DURING]->(:Event {id: 'test-envoy-visit'}) "
        "RETURN st.id AS id, r.source AS source ORDER BY id",
    )
    assert rows == [
        {"id": "test-desk-came-to-listen", "source": "test-desk-2020-10-02"},
        {"id": "test-envoy-came-to-listen", "source": "test-wire-2020-10-01"},
    ]


def test_retracting_a_source_another_source_cites_is_409(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    assert send(client, "/api/v1/sources", SOURCE_V1).status_code == 201
    assert send(client, "/api/v1/sources", CITING).status_code == 201
    before = graph_checksum(clean_db)
    response = client.delete("/api/v1/sources/test-wire-2020-10-01", headers=AUTH)
    assert response.status_code == 409
    assert "'test-envoy-visit'" in response.get_json()["detail"]
    assert graph_checksum(clean_db) == before
    # Retract the citing source first, and then the wire can go.
    assert client.delete("/api/v1/sources/test-desk-2020-10-02", headers=AUTH).status_code == 200
    assert client.delete("/api/v1/sources/test-wire-2020-10-01", headers=AUTH).status_code == 200


# --- malformed input is a 4xx naming what is wrong -----------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/timeline", "/api/v1/statements"])
@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 10**30])
def test_a_cursor_with_an_integer_past_int64_is_400(
    seeded_client: FlaskClient, path: str, number: int
) -> None:
    cursor = pages.encode([number, 0, "x"])
    response = seeded_client.get(f"{path}?cursor={cursor}")
    assert response.status_code == 400
    assert [p["name"] for p in response.get_json()["invalid_params"]] == ["cursor"]


@pytest.fixture()
def seeded_client(seeded_db: Database, client: FlaskClient) -> FlaskClient:
    return client


def test_a_lone_surrogate_in_json_is_422_with_its_line(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    before = graph_checksum(clean_db)
    document = yaml.safe_load(SOURCE_V1)
    document["events"][0]["title"] = "PLACEHOLDER"
    body = json.dumps(document, indent=2, default=str).replace("PLACEHOLDER", "visit \\ud800")
    line = 1 + body.splitlines().index('      "title": "visit \\ud800",')
    response = send(client, "/api/v1/sources", body, "application/json")
    assert response.status_code == 422
    [problem] = response.get_json()["invalid_params"]
    assert (problem["name"], problem["line"]) == ("events[0].title", line)
    assert "surrogate" in problem["reason"]
    # A well-formed pair (one astral character) and an escaped backslash are fine.
    for text in ("visit \\ud83d\\udd4a", "visit \\\\ud800"):
        good = json.dumps(document, indent=2, default=str).replace("PLACEHOLDER", text)
        assert (
            send(client, "/api/v1/sources?dry_run=true", good, "application/json").status_code
            == 200
        )
    assert graph_checksum(clean_db) == before


def test_the_seed_source_can_be_replaced_by_itself_through_the_api(
    clean_db: Database, client: FlaskClient
) -> None:
    """The seed, sent again as a multipart upload, changes nothing (its text is the same)."""
    load(clean_db, SEEDS)
    before = graph_checksum(clean_db)
    parts = multipart(SEED_YAML.read_bytes(), {SEED_TEXT.name: SEED_TEXT.read_bytes()}, "s.yaml")
    response = client.post(
        "/api/v1/sources", data=parts, content_type="multipart/form-data", headers=AUTH
    )
    assert response.status_code == 200
    assert report(response)["changed"] is False
    assert client.get(f"/api/v1/sources/{SEED_SOURCE}").status_code == 200
    assert graph_checksum(clean_db) == before


# --- an honest change report: links counted ------------------------------------------------------


def tagged_links(db: Database, source: str) -> int:
    rows = cypher(db, "MATCH ()-[r]->() WHERE r.source = $id RETURN count(r) AS n", id=source)
    return int(rows[0]["n"])  # type: ignore[call-overload]


def links(response: TestResponse) -> dict[str, int]:
    return dict(report(response)["links"])


WIRE = "test-wire-2020-10-01"
# The visit gets a second piece of evidence; nothing else changes.
MORE_EVIDENCE = SOURCE_V1.replace(
    "    evidence: [{passage: 1, quote: The envoy visited Test Town on 30 September}]",
    "    evidence:\n"
    "      - {passage: 1, quote: The envoy visited Test Town on 30 September}\n"
    "      - {passage: 2, quote: the envoy said}",
)


def test_the_report_counts_links_created_and_removed(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, "/api/v1/registry", TEST_REGISTRY).status_code == 201
    preview = send(client, "/api/v1/sources?dry_run=true", SOURCE_V1)
    first = send(client, "/api/v1/sources", SOURCE_V1)
    assert links(first) == {"created": tagged_links(clean_db, WIRE), "removed": 0}
    assert links(preview) == links(first)
    assert links(first)["created"] > 0
    # One more evidence item: one link more, and no record reported as updated.
    preview = send(client, "/api/v1/sources?dry_run=true", MORE_EVIDENCE)
    more = send(client, "/api/v1/sources", MORE_EVIDENCE)
    assert (more.status_code, report(more)["changed"]) == (200, True)
    assert links(more) == {"created": 1, "removed": 0} == links(preview)
    assert nonzero(more, "updated") == {} and nonzero(more, "created") == {}
    # Back to one item: that link is removed.
    fewer = send(client, "/api/v1/sources", SOURCE_V1)
    assert links(fewer) == {"created": 0, "removed": 1}
    # Retraction removes every link the source made.
    count = tagged_links(clean_db, WIRE)
    retracted = client.delete(f"/api/v1/sources/{WIRE}", headers=AUTH)
    assert links(retracted) == {"created": 0, "removed": count}
    assert tagged_links(clean_db, WIRE) == 0
