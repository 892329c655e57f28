"""Many workers and hosts (issue 26): a dry run takes no lock, a write answers a signed
consistency token that makes a read elsewhere wait for it, and no cache serves a list older
than a write.

The registry and source below are invented for these tests.
"""

from __future__ import annotations

import dataclasses
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import graph_checksum, gunicorn_server
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from kb_service import create_app
from kb_service.api import consistency
from kb_service.config import Settings
from kb_service.curation import collect_files
from kb_service.errors import DatabaseFailure, InvalidParameter
from kb_service.store.cypher import query
from kb_service.store.db import Database, run_in
from kb_service.write.ingest import ingest

AUTH = {"Authorization": "Bearer test-key-1"}
TOKEN = consistency.HEADER
REGISTRY = """\
kind: registry
actors:
  - id: cons-harbour-board
    kind: organisation
    names: {en: Consistency Harbour Board}
places:
  - id: cons-harbour
    kind: city
    names: {en: Consistency Harbour}
"""
MORE_REGISTRY = """\
kind: registry
actors:
  - id: cons-ferry-guild
    kind: organisation
    names: {en: Consistency Ferry Guild}
"""
SOURCE = """\
kind: source
id: cons-gazette-2021-03-04
title: Harbour board meets
publisher: Consistency gazette
published: 2021-03-04
language: en
text: |
  The harbour board met at Consistency Harbour on 3 March.
events:
  - id: cons-board-meeting
    title: The harbour board meets
    type: meeting
    date: 2021-03-03
    participants: [{actor: cons-harbour-board, role: host}]
    places: [cons-harbour]
    evidence: [{passage: 1, quote: The harbour board met at Consistency Harbour on 3 March}]
"""
VOCABULARY = """\
kind: vocabulary
event_types:
  - term: cons-harbour-inspection
    label: {en: Harbour inspection}
    description: Officials look over a harbour's works.
"""


def post(client: FlaskClient, path: str, body: str, headers: dict[str, str] | None = None) -> Any:
    return client.post(
        path,
        data=body.encode(),
        content_type="application/yaml",
        headers={**AUTH, **(headers or {})},
    )


def created(response: TestResponse) -> dict[str, int]:
    counts = response.get_json()["data"]["counts"]
    return {kind: c["created"] for kind, c in counts.items() if c["created"]}


# --- 1. Dry runs: a read transaction, no lock ---------------------------------------------------


def test_a_dry_run_completes_while_a_writer_holds_the_lock(
    clean_db: Database, client: FlaskClient
) -> None:
    assert post(client, "/api/v1/registry", REGISTRY).status_code == 201
    with clean_db.driver.session(database=clean_db.name) as session:
        tx = session.begin_transaction()
        try:
            tx.run(query("write/lock_writes")).consume()
            # Before issue 26 each of these waited for the lock, then answered 503.
            source = post(client, "/api/v1/sources?dry_run=true", SOURCE)
            registry = post(client, "/api/v1/registry?dry_run=true", MORE_REGISTRY)
        finally:
            tx.rollback()
    assert (source.status_code, registry.status_code) == (200, 200)
    assert created(source) == {"Source": 1, "Event": 1}
    assert created(registry) == {"Actor": 1}
    assert source.get_json()["data"]["dry_run"] is True


def test_a_cli_dry_run_completes_while_a_writer_holds_the_lock(
    clean_db: Database, tmp_path: Path
) -> None:
    (tmp_path / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "gazette.yaml").write_text(SOURCE, encoding="utf-8")
    with clean_db.driver.session(database=clean_db.name) as session:
        tx = session.begin_transaction()
        try:
            tx.run(query("write/lock_writes")).consume()
            report = ingest(clean_db, collect_files([tmp_path]), dry_run=True, timeout=10)
        finally:
            tx.rollback()
    counts = report.as_dict()["counts"]
    assert {kind: c["created"] for kind, c in counts.items() if c["created"]} == {
        "Actor": 1,
        "Place": 1,
        "Source": 1,
        "Event": 1,
    }


def test_a_read_transaction_refuses_a_write(clean_db: Database) -> None:
    # So the dry runs that pass in one (every kind, below) write nothing.
    with pytest.raises(DatabaseFailure):
        clean_db.in_read_transaction(lambda tx: run_in(tx, "write/lock_writes"))


def test_dry_runs_of_every_kind_write_nothing(clean_db: Database, client: FlaskClient) -> None:
    assert post(client, "/api/v1/registry", REGISTRY).status_code == 201
    before = graph_checksum(clean_db)
    answers = {
        path: post(client, f"/api/v1/{path}?dry_run=true", body)
        for path, body in (
            ("sources", SOURCE),
            ("registry", MORE_REGISTRY),
            ("vocabulary", VOCABULARY),
        )
    }
    assert {path: a.status_code for path, a in answers.items()} == dict.fromkeys(answers, 200)
    assert created(answers["vocabulary"]) == {"Term": 1}
    assert graph_checksum(clean_db) == before
    assert all(TOKEN not in a.headers for a in answers.values())  # nothing committed


# --- 2. Consistency tokens ----------------------------------------------------------------------


def test_a_token_round_trips_and_any_change_to_it_is_refused() -> None:
    key = b"k" * 32
    token = consistency.issue(["FB:b", "FB:a"], key)
    assert consistency.verify(token, key) == ["FB:a", "FB:b"]
    payload, _, signature = token.partition(".")
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    forged_payload = consistency.issue(["FB:c"], key).partition(".")[0]
    for bad in (f"{payload}.{flipped}", f"{forged_payload}.{signature}", payload, ""):
        with pytest.raises(InvalidParameter) as refused:
            consistency.verify(bad, key)
        assert refused.value.name == TOKEN
    with pytest.raises(InvalidParameter):
        consistency.verify(token, b"another key")


def test_the_signing_key_is_the_secret_or_derived_from_the_api_keys() -> None:
    secret = Settings.from_env({"KB_TOKEN_SECRET": "s3cret", "KB_API_KEYS": "a"})
    derived = Settings.from_env({"KB_API_KEYS": "a,b"})
    same_keys = Settings.from_env({"KB_API_KEYS": "b, a"})
    other_keys = Settings.from_env({"KB_API_KEYS": "a,c"})
    assert consistency.signing_key(secret) == b"s3cret"
    assert consistency.signing_key(derived) == consistency.signing_key(same_keys)
    assert consistency.signing_key(derived) != consistency.signing_key(other_keys)
    assert consistency.signing_key(Settings.from_env({})) is None
    assert "s3cret" not in repr(secret)


@pytest.fixture()
def two_instances(settings: Settings, clean_db: Database) -> Iterator[tuple[Flask, Flask]]:
    """Two app instances, each with its own Database (its own driver), as two workers have."""
    first, second = create_app(settings), create_app(settings)
    assert first.extensions["kb_db"].driver is not second.extensions["kb_db"].driver
    try:
        yield first, second
    finally:
        for app in (first, second):
            app.extensions["kb_db"].close()


def test_a_read_elsewhere_with_the_token_sees_the_write(two_instances: tuple[Flask, Flask]) -> None:
    writer, reader = (app.test_client() for app in two_instances)
    written = post(writer, "/api/v1/registry", REGISTRY)
    assert written.status_code == 201
    token = written.headers[TOKEN]
    read = reader.get("/api/v1/actors/cons-harbour-board", headers={TOKEN: token})
    assert read.status_code == 200
    assert read.get_json()["data"]["names"]["en"] == "Consistency Harbour Board"
    removed = writer.delete("/api/v1/registry/cons-harbour-board", headers=AUTH)
    assert removed.status_code == 200 and removed.headers[TOKEN] != token
    gone = reader.get("/api/v1/actors/cons-harbour-board", headers={TOKEN: removed.headers[TOKEN]})
    assert gone.status_code == 404


def test_a_tampered_token_is_400_naming_the_header(client: FlaskClient, clean_db: Database) -> None:
    token = post(client, "/api/v1/registry", REGISTRY).headers[TOKEN]
    payload, _, signature = token.partition(".")
    for bad in (f"{payload}x.{signature}", f"{payload}.{signature[::-1]}", "not-a-token"):
        answer = client.get("/api/v1/actors", headers={TOKEN: bad})
        assert answer.status_code == 400, bad
        assert answer.mimetype == "application/problem+json"
        assert [p["name"] for p in answer.get_json()["invalid_params"]] == [TOKEN]


def test_the_token_s_bookmarks_reach_neo4j(
    client: FlaskClient, settings: Settings, clean_db: Database
) -> None:
    # Signed by the service's key, but naming a bookmark Neo4j cannot read: only a read that
    # hands the bookmarks to Neo4j is refused; one that dropped them would answer 200.
    key = consistency.signing_key(settings)
    assert key is not None
    answer = client.get("/api/v1/actors", headers={TOKEN: consistency.issue(["FB:zz"], key)})
    assert answer.status_code == 400
    assert [p["name"] for p in answer.get_json()["invalid_params"]] == [TOKEN]


def test_a_service_without_keys_refuses_any_token(settings: Settings, clean_db: Database) -> None:
    keyless = create_app(dataclasses.replace(settings, api_keys=()))
    try:
        token = consistency.issue(["FB:a"], b"whatever")
        answer = keyless.test_client().get("/api/v1/actors", headers={TOKEN: token})
        assert answer.status_code == 400
        assert [p["name"] for p in answer.get_json()["invalid_params"]] == [TOKEN]
    finally:
        keyless.extensions["kb_db"].close()


def test_cors_lets_a_dashboard_send_and_read_the_token(
    client: FlaskClient, clean_db: Database
) -> None:
    origin = {"Origin": "https://dashboard.example.org"}
    preflight = client.options(
        "/api/v1/actors",
        headers={**origin, "Access-Control-Request-Method": "GET"}
        | {"Access-Control-Request-Headers": TOKEN},
    )
    assert TOKEN.lower() in preflight.headers["Access-Control-Allow-Headers"].lower()
    written = post(client, "/api/v1/registry", REGISTRY, origin)
    assert TOKEN.lower() in written.headers["Access-Control-Expose-Headers"].lower()


def _http(url: str, method: str = "GET", body: bytes | None = None, **headers: str) -> Any:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_two_gunicorn_hosts_read_their_writes_with_the_token(
    settings: Settings, clean_db: Database
) -> None:
    with (
        gunicorn_server(settings, workers=1) as first,
        gunicorn_server(settings, workers=1) as other,
    ):
        status, headers, _ = _http(
            first + "/api/v1/registry",
            "POST",
            REGISTRY.encode(),
            **AUTH,
            **{"Content-Type": "application/yaml"},
        )
        assert status == 201
        token = headers[TOKEN]
        status, _, body = _http(other + "/api/v1/places/cons-harbour", **{TOKEN: token})
        assert status == 200
        assert json.loads(body)["data"]["names"]["en"] == "Consistency Harbour"
        status, _, body = _http(other + "/api/v1/places", **{TOKEN: token[:-2] + "xx"})
        assert status == 400 and TOKEN in body.decode()


# --- 3. Lists: revalidated by every cache -------------------------------------------------------


def test_a_list_is_no_cache_and_revalidates_to_304_until_a_write(
    client: FlaskClient, clean_db: Database
) -> None:
    assert post(client, "/api/v1/registry", REGISTRY).status_code == 201
    first = client.get("/api/v1/actors")
    assert first.headers["Cache-Control"] == "no-cache"
    etag = first.headers["ETag"]
    again = client.get("/api/v1/actors", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.get_data() == b""
    assert post(client, "/api/v1/registry", MORE_REGISTRY).status_code == 201
    after = client.get("/api/v1/actors", headers={"If-None-Match": etag})
    assert after.status_code == 200
    ids = [actor["id"] for actor in after.get_json()["data"]]
    assert ids == ["cons-ferry-guild", "cons-harbour-board"]
    assert after.headers["Cache-Control"] == "no-cache" and after.headers["ETag"] != etag
