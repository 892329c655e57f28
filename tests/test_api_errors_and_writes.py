"""Every error has the one problem+json shape; writes need a key, are idempotent and retractable.

Every test here writes or needs a known graph, so each starts from `clean_db` and loads what it
needs.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml
from conftest import (
    SEED_SOURCE,
    SEEDS,
    curated_counts,
    curated_ids,
    cypher,
    free_port,
    graph_checksum,
    load,
    seed_files_except,
    seed_source_inline,
    wipe,
)
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from kb_service import create_app
from kb_service.config import Settings
from kb_service.store.db import Database

AUTH = {"Authorization": "Bearer test-key-1"}
NOPE = {"Authorization": "Bearer nope"}
KEYS = ("test-key-1", "test-key-2")
DASHBOARD = "https://dashboard.example.org"
PROBLEM_KEYS = {"type", "title", "status", "detail"}
OVERSIZED = b"x" * (1024 * 1024 + 1)
SHARED_EVENT = "lavrov-bayramov-call-2020-09-27"
SEED_FILE = SEEDS / "000_d0b46a30435dc835.yaml"

SMALL_ID = "test-desk-2020-09-28"
SOURCE_HEAD = f"""\
kind: source
id: {SMALL_ID}
title: A second report of the call
publisher: Test desk
published: 2020-09-28
language: en
text: |
  Lavrov and Bayramov spoke by telephone on 27 September.
"""
SMALL_SOURCE = (
    SOURCE_HEAD
    + """\
statements:
  - id: test-desk-lavrov-spoke
    kind: announcement
    speakers: [sergey-lavrov]
    date: 2020-09-27
    language: en
    quote: Lavrov and Bayramov spoke by telephone
    text_en: Lavrov and Bayramov spoke by telephone.
    evidence: [{passage: 1, quote: Lavrov and Bayramov spoke by telephone}]
"""
)
# The seed's call again, told differently: the event is then supported by two sources.
SHARED_SOURCE = (
    SOURCE_HEAD
    + f"""\
events:
  - id: {SHARED_EVENT}
    title: Lavrov telephones Bayramov
    type: phone-call
    date: 2020-09-27
    participants: [{{actor: sergey-lavrov, role: caller}}]
    evidence: [{{passage: 1, quote: Lavrov and Bayramov spoke by telephone}}]
"""
)
# Three problems only the cross-checks see, each on its line: an unknown speaker (12), a date
# after the publication (13) and evidence that is not in the passage it cites (17).
INVALID_SOURCE = (
    SMALL_SOURCE.replace("[sergey-lavrov]", "[nobody-known]")
    .replace("date: 2020-09-27", "date: 2021-01-01")
    .replace("{passage: 1, quote: Lavrov and", "{passage: 1, quote: Putin and")
)


def as_json(document: str, **dump: Any) -> str:
    return json.dumps(yaml.safe_load(document), default=str, **dump)


def post(
    client: FlaskClient, body: str, content_type: str = "application/yaml", **kw: Any
) -> TestResponse:
    kw.setdefault("headers", AUTH)
    return client.post("/api/v1/sources", data=body.encode(), content_type=content_type, **kw)


def counts(response: TestResponse) -> dict[str, dict[str, int]]:
    return dict(response.get_json()["data"]["counts"])


@pytest.fixture()
def down_client(settings: Settings) -> Iterator[FlaskClient]:
    """A client of an app whose Neo4j URI points at a closed port."""
    down = dataclasses.replace(
        settings, neo4j_uri=f"bolt://127.0.0.1:{free_port()}", neo4j_timeout=1.0
    )
    app = create_app(down)
    yield app.test_client()
    app.extensions["kb_db"].close()


# --- 1. one error shape ------------------------------------------------------------------------

# (method, path under /api/v1, body, headers (None: a valid key), status, invalid parameter)
Case = tuple[str, str, str | bytes | None, dict[str, str] | None, int, str | None]
ERRORS: dict[str, Case] = {
    "unknown-param": ("GET", "/timeline?bogus=1", None, None, 400, "bogus"),
    "limit-0": ("GET", "/timeline?limit=0", None, None, 400, "limit"),
    "bad-month": ("GET", "/timeline?from=2020-13", None, None, 400, "from"),
    "bad-cursor": ("GET", "/timeline?cursor=garbage", None, None, 400, "cursor"),
    # a text filter that matches nothing must not hide a bad cursor behind an empty page
    "bad-cursor-no-match": ("GET", "/timeline?q=zzqx&cursor=garbage", None, None, 400, "cursor"),
    "bad-cursor-statements": (
        "GET",
        "/statements?q=zzqx&cursor=garbage",
        None,
        None,
        400,
        "cursor",
    ),
    "bad-order": ("GET", "/timeline?order=sideways", None, None, 400, "order"),
    "bad-actor-id": ("GET", "/timeline?actor=Not_An_Id", None, None, 400, "actor"),
    **{
        f"unknown-{kind}": ("GET", f"/{kind}/x", None, None, 404, None)
        for kind in ("events", "statements", "actors", "places", "conflicts", "sources")
    },
    "unknown-route": ("GET", "/no-such-route", None, None, 404, None),
    "wrong-method": ("PUT", "/timeline", None, None, 405, None),
    "no-key": ("POST", "/sources", SMALL_SOURCE, {}, 401, None),
    "wrong-key": ("DELETE", "/sources/x", None, NOPE, 401, None),
    "key-in-query": ("POST", "/sources?api_key=test-key-1", SMALL_SOURCE, {}, 400, "api_key"),
    "oversized": ("POST", "/sources", OVERSIZED, None, 413, None),
    "invalid-document": ("POST", "/sources", "kind: source\n", None, 422, "id"),
    "neo4j-down-read": ("GET", "/timeline", None, None, 503, None),
    "neo4j-down-write": ("POST", "/sources", SMALL_SOURCE, None, 503, None),
}


@pytest.mark.parametrize("case", ERRORS.values(), ids=ERRORS.keys())
def test_every_error_has_the_one_problem_shape(
    clean_db: Database,
    client: FlaskClient,
    down_client: FlaskClient,
    settings: Settings,
    case: tuple[str, str, str | bytes | None, dict[str, str] | None, int, str | None],
) -> None:
    method, path, body, headers, status, param = case
    load(clean_db, SEEDS / "registry.yaml")
    chosen = down_client if status == 503 else client
    response = chosen.open(
        f"/api/v1{path}",
        method=method,
        data=body,
        content_type="application/yaml",
        headers=AUTH if headers is None else headers,
    )
    assert response.status_code == status
    assert response.headers["Content-Type"] == "application/problem+json"
    problem = response.get_json()
    assert set(problem) == PROBLEM_KEYS | ({"invalid_params"} if status in (400, 422) else set())
    assert problem["status"] == status
    assert problem["type"].startswith("https://") and problem["title"] and problem["detail"]
    if param is not None:
        names = [entry["name"] for entry in problem["invalid_params"]]
        assert param in names or any(name.startswith(f"{param}.") for name in names)
        assert all(isinstance(e["reason"], str) and e["reason"] for e in problem["invalid_params"])
    if status == 401:
        assert response.headers["WWW-Authenticate"] == "Bearer"
    if status == 405:
        assert "GET" in response.headers["Allow"]
    if status == 503:
        assert response.headers["Retry-After"].isdigit()
    text = response.get_data(as_text=True)
    uris = [settings.neo4j_uri, chosen.application.extensions["kb_settings"].neo4j_uri]
    ports = [str(urlparse(uri).port) for uri in uris]
    leaks = ["Traceback", "MATCH", "RETURN", "MERGE", "bolt://", *uris, *ports, *KEYS]
    assert [leak for leak in leaks if leak in text] == []


def test_invalid_repeatable_parameter_is_named_as_sent(
    clean_db: Database, client: FlaskClient
) -> None:
    body = client.get("/api/v1/timeline?actor=Not_An_Id").get_json()
    assert [entry["name"] for entry in body["invalid_params"]] == ["actor"]


# --- 2. adding a source -------------------------------------------------------------------------


@pytest.mark.parametrize("content_type", ["application/yaml", "application/json"])
def test_post_source_adds_it_and_posting_again_changes_nothing(
    clean_db: Database, client: FlaskClient, content_type: str
) -> None:
    load(clean_db, SEEDS)
    from_files = graph_checksum(clean_db)
    wipe(clean_db)
    load(clean_db, SEEDS / "registry.yaml")
    body = seed_source_inline()
    if content_type == "application/json":
        body = as_json(body, ensure_ascii=False)

    first = post(client, body, content_type)
    assert first.status_code == 201
    created = {kind: c["created"] for kind, c in counts(first).items() if c["created"]}
    expected = curated_counts(SEED_FILE)
    assert created == {k: n for k, n in expected.items() if k != "Passage"}
    assert graph_checksum(clean_db) == from_files  # the same graph as `kb ingest seeds`
    shown = client.get(f"/api/v1/sources/{SEED_SOURCE}").get_json()["data"]
    assert shown["passage_count"] == expected["Passage"]

    again = post(client, body, content_type)
    assert again.status_code == 200  # nothing was created: the document changes nothing
    assert again.get_json()["data"]["changed"] is False
    assert all(n == 0 for c in counts(again).values() for n in c.values())
    assert graph_checksum(clean_db) == from_files


EMOJI_SOURCE = SMALL_SOURCE.replace("by telephone", "by telephone \U0001f54a")


@pytest.mark.parametrize(
    "body",
    # json.dumps (and so requests' json=) writes U+1F54A as the escapes \ud83d\udd4a
    [as_json(EMOJI_SOURCE), as_json(SMALL_SOURCE, indent="\t")],
    ids=["escaped-astral-character", "tab-indented"],
)
def test_any_valid_json_is_accepted(clean_db: Database, client: FlaskClient, body: str) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    assert post(client, body, "application/json").status_code == 201


@pytest.mark.parametrize("indent", ["\t", 2], ids=["tab-indented", "space-indented"])
def test_a_problem_in_json_names_its_line_in_the_body_as_sent(
    clean_db: Database, client: FlaskClient, indent: str | int
) -> None:
    """Even where YAML would read the JSON otherwise (tabs), the line is the body's own."""
    load(clean_db, SEEDS / "registry.yaml")
    document = yaml.safe_load(SMALL_SOURCE)
    document["statements"][0]["date"] = "2020-13"
    body = json.dumps(document, default=str, indent=indent)
    response = post(client, body, "application/json")
    assert response.status_code == 422
    [problem] = response.get_json()["invalid_params"]
    assert problem["name"] == "statements[0].date"
    assert body.splitlines()[problem["line"] - 1].strip() == '"date": "2020-13",'


# --- 3. invalid documents -----------------------------------------------------------------------


def test_invalid_source_is_422_with_every_problem_and_its_line(
    clean_db: Database, client: FlaskClient
) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    before = graph_checksum(clean_db)
    response = post(client, INVALID_SOURCE)
    assert response.status_code == 422
    problems = response.get_json()["invalid_params"]
    fixes = {"hint", "nearest_ids", "write_as", "edtf_forms", "found_in_passages", "closest"}
    fixes |= {"differs_at", "quote_character", "passage_character"}
    where = {"name", "file", "line", "reason", "code", "params"}
    assert all(where <= set(p) <= where | fixes for p in problems)
    assert {p["file"] for p in problems} == {"request body"}
    assert all(isinstance(p["line"], int) and p["line"] >= 1 and p["reason"] for p in problems)
    assert {(p["name"], p["line"]) for p in problems} == {
        ("statements[0].speakers[0]", 12),
        ("statements[0].date", 13),
        ("statements[0].evidence[0].quote", 17),
    }
    assert graph_checksum(clean_db) == before


def test_registry_document_is_refused(clean_db: Database, client: FlaskClient) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    before = graph_checksum(clean_db)
    registry = (SEEDS / "registry.yaml").read_text(encoding="utf-8")
    response = post(client, registry)
    assert response.status_code == 422
    [problem] = response.get_json()["invalid_params"]
    line = registry.splitlines().index("kind: registry") + 1
    assert problem["name"] == "kind" and problem["line"] == line
    assert graph_checksum(clean_db) == before


def test_source_may_not_reuse_the_id_of_an_actor(clean_db: Database, client: FlaskClient) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    before = graph_checksum(clean_db)
    body = SHARED_SOURCE.replace(SHARED_EVENT, "jeyhun-bayramov")
    response = post(client, body)
    assert response.status_code == 422
    [problem] = response.get_json()["invalid_params"]
    line = 1 + body.splitlines().index("  - id: jeyhun-bayramov")
    assert (problem["name"], problem["line"]) == ("events[0].id", line)
    assert problem["reason"] == "id 'jeyhun-bayramov' is already used by an actor in the database"
    assert graph_checksum(clean_db) == before


# --- 4. retracting a source ---------------------------------------------------------------------


def test_delete_source_removes_what_it_alone_supported(
    clean_db: Database, client: FlaskClient
) -> None:
    load(clean_db, SEEDS)
    response = client.delete(f"/api/v1/sources/{SEED_SOURCE}", headers=AUTH)
    assert response.status_code == 200
    removed = {kind: c["removed"] for kind, c in counts(response).items() if c["removed"]}
    others = curated_ids(*seed_files_except(SEED_FILE.name))
    alone = {
        label: len(ids - others.get(label, set()))
        for label, ids in curated_ids(SEED_FILE).items()
        if label != "Passage"
    }
    assert removed == {label: n for label, n in alone.items() if n}
    left = cypher(
        clean_db,
        "MATCH (n) WHERE NOT n:WriteLock AND NOT n:Change "
        "RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label",
    )
    assert {row["label"]: row["n"] for row in left} == curated_counts(
        *seed_files_except(SEED_FILE.name)
    )
    assert client.get(f"/api/v1/sources/{SEED_SOURCE}").status_code == 404
    assert client.get(f"/api/v1/events/{SHARED_EVENT}").status_code == 404


@pytest.mark.parametrize(
    ("headers", "source", "status"),
    [({}, SEED_SOURCE, 401), (NOPE, SEED_SOURCE, 401), (AUTH, "no-such-source", 404)],
    ids=["no-key", "wrong-key", "unknown-id"],
)
def test_refused_delete_changes_nothing(
    clean_db: Database, client: FlaskClient, headers: dict[str, str], source: str, status: int
) -> None:
    load(clean_db, SEEDS)
    before = graph_checksum(clean_db)
    response = client.delete(f"/api/v1/sources/{source}", headers=headers)
    assert response.status_code == status
    assert response.headers["Content-Type"] == "application/problem+json"
    assert graph_checksum(clean_db) == before


def test_delete_keeps_an_event_another_source_supports(
    clean_db: Database, client: FlaskClient
) -> None:
    load(clean_db, SEEDS)
    assert post(client, SHARED_SOURCE).status_code == 201
    response = client.delete(f"/api/v1/sources/{SEED_SOURCE}", headers=AUTH)
    seed_events = curated_ids(SEED_FILE)["Event"] - curated_ids(
        *seed_files_except(SEED_FILE.name)
    ).get("Event", set())
    assert counts(response)["Event"]["removed"] == len(seed_events - {SHARED_EVENT})
    event = client.get(f"/api/v1/events/{SHARED_EVENT}").get_json()["data"]
    assert {e["source"] for e in event["evidence"]} == {SMALL_ID}


def test_post_then_delete_leaves_the_graph_as_it_was(
    clean_db: Database, client: FlaskClient
) -> None:
    load(clean_db, SEEDS)
    before = graph_checksum(clean_db)
    assert post(client, SHARED_SOURCE).status_code == 201
    assert client.delete(f"/api/v1/sources/{SMALL_ID}", headers=AUTH).status_code == 200
    assert graph_checksum(clean_db) == before


# --- 5. API keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization", ["Bearer test-key-1", "Bearer test-key-2", "bearer test-key-1"]
)
def test_each_configured_key_may_write(
    clean_db: Database, client: FlaskClient, authorization: str
) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    headers = {"Authorization": authorization}
    assert post(client, SMALL_SOURCE, headers=headers).status_code == 201
    assert cypher(clean_db, "MATCH (s:Source {id: $id}) RETURN s.id AS id", id=SMALL_ID)
    assert client.delete(f"/api/v1/sources/{SMALL_ID}", headers=headers).status_code == 200


@pytest.mark.parametrize(
    "authorization",
    ["Basic dGVzdC1rZXktMQ==", "Bearer", "Bearer ", "Token test-key-1", "Bearer test-key-1x"],
)
def test_malformed_or_unknown_credentials_are_401(
    clean_db: Database, client: FlaskClient, authorization: str
) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    response = post(client, SMALL_SOURCE, headers={"Authorization": authorization})
    assert response.status_code == 401
    assert cypher(clean_db, "MATCH (s:Source) RETURN s") == []


@pytest.mark.parametrize("headers", [{}, AUTH], ids=["query-only", "query-and-header"])
def test_key_in_query_string_is_refused_even_if_valid(
    clean_db: Database, client: FlaskClient, headers: dict[str, str]
) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    before = graph_checksum(clean_db)
    for response in (
        post(client, SMALL_SOURCE, query_string={"api_key": "test-key-1"}, headers=headers),
        client.delete(f"/api/v1/sources/{SMALL_ID}?api_key=test-key-1", headers=headers),
    ):
        assert response.status_code == 400
        assert response.get_json()["invalid_params"][0]["name"] == "api_key"
        assert "test-key-1" not in response.get_data(as_text=True)
    assert graph_checksum(clean_db) == before


def test_writes_are_refused_when_no_key_is_configured(
    clean_db: Database, settings: Settings
) -> None:
    load(clean_db, SEEDS / "registry.yaml")
    app = create_app(dataclasses.replace(settings, api_keys=()))
    try:
        response = post(app.test_client(), SMALL_SOURCE)
    finally:
        app.extensions["kb_db"].close()
    assert response.status_code == 401
    assert cypher(clean_db, "MATCH (s:Source) RETURN s") == []


# --- 6. CORS ------------------------------------------------------------------------------------


def test_cors_allows_the_configured_origin(clean_db: Database, client: FlaskClient) -> None:
    response = client.get("/api/v1/sources", headers={"Origin": DASHBOARD})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == DASHBOARD
    assert "ETag" in response.headers["Access-Control-Expose-Headers"]


def test_cors_ignores_other_origins(clean_db: Database, client: FlaskClient) -> None:
    response = client.get("/api/v1/sources", headers={"Origin": "https://evil.example"})
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = client.options(
        "/api/v1/sources",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "Access-Control-Allow-Origin" not in preflight.headers


def test_cors_preflight_allows_an_authorized_post(clean_db: Database, client: FlaskClient) -> None:
    response = client.options(
        "/api/v1/sources",
        headers={
            "Origin": DASHBOARD,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Authorization, Content-Type",
        },
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == DASHBOARD
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    allowed = response.headers["Access-Control-Allow-Headers"].lower()
    assert "authorization" in allowed and "content-type" in allowed


def test_cors_responses_vary_on_origin(clean_db: Database, client: FlaskClient) -> None:
    response = client.get("/api/v1/sources", headers={"Origin": DASHBOARD})
    assert "Origin" in response.headers.get("Vary", "")
