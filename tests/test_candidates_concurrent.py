"""Duplicate warnings under concurrent writers (real gunicorn, real Neo4j): the check sees the
graph as the write does, so every race ends in one clean state that its answers describe."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest
from conftest import at_once, graph_checksum, gunicorn_server, load, wipe
from test_candidates_db import HERE, NEW, STORED, inline

from kb_service.config import Settings
from kb_service.store.db import Database

AUTH = {"Authorization": "Bearer test-key-1", "Content-Type": "application/yaml"}
ROUNDS = 3
TIMEOUT = 120  # seconds a request may take before the test fails (a hang guard)
FIRST = "cand-first-report"
SECOND = "cand-second-report"


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[str]:
    with gunicorn_server(settings, workers=2) as base:
        yield base


def call(base: str, method: str, path: str, body: bytes | None = None) -> tuple[int, Any]:
    """Send one request; return its status and JSON body, never raising on an HTTP error."""
    request = urllib.request.Request(base + path, data=body, method=method, headers=AUTH)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return int(response.status), json.loads(response.read())
    except urllib.error.HTTPError as error:
        return int(error.code), json.loads(error.read())


def together(calls: list[tuple[str, str, bytes | None]], base: str) -> list[tuple[int, Any]]:
    """Run the calls at once (released by a barrier); return the answers in call order."""
    return at_once([partial(call, base, *c) for c in calls], TIMEOUT)


def graph_after(db: Database, base: str, *bodies: bytes, first: bool = True) -> str:
    """The checksum of the registry (and the first report), then `bodies` posted one by one."""
    wipe(db)
    load(db, HERE / "registry.yaml", *([HERE / "first.yaml"] if first else []))
    for body in bodies:
        assert call(base, "POST", "/api/v1/sources", body)[0] == 201
    return graph_checksum(db)


def test_two_posts_of_a_duplicate_warn_once_and_store_it_once(db: Database, server: str) -> None:
    body = inline().encode()
    alone = graph_after(db, server, body)
    for _ in range(ROUNDS):
        graph_after(db, server)
        answers = together([("POST", "/api/v1/sources", body)] * 2, server)
        assert sorted(status for status, _ in answers) == [200, 201]
        assert graph_checksum(db) == alone
        # The writer that created the record was warned; the other found it stored, unchanged.
        [created] = [answer for status, answer in answers if status == 201]
        [warning] = created["data"]["warnings"]
        assert (warning["id"], warning["candidate"]) == (NEW, STORED)
        [unchanged] = [answer for status, answer in answers if status == 200]
        assert unchanged["data"]["warnings"] == []


def test_strict_posts_of_a_duplicate_are_both_refused(db: Database, server: str) -> None:
    body = inline().encode()
    before = graph_after(db, server)
    answers = together([("POST", "/api/v1/sources?strict=true", body)] * 2, server)
    assert [status for status, _ in answers] == [422, 422]
    assert all(a["invalid_params"][0]["candidate"] == STORED for _, a in answers)
    assert graph_checksum(db) == before


@pytest.mark.parametrize("variant", ["warned", "strict", "rejected"])
def test_a_post_racing_the_delete_of_its_candidate_ends_clean(
    db: Database, server: str, variant: str
) -> None:
    """The answers tell which came first, and the graph is what that order leaves."""
    text = inline()
    if variant == "rejected":
        text = text.replace(
            "    type: ceasefire\n", f"    type: ceasefire\n    not_same_as: [{STORED}]\n"
        )
    query = "?strict=true" if variant == "strict" else ""
    body = text.encode()
    only_second = graph_after(db, server, body, first=False) if variant != "rejected" else None
    both = graph_after(db, server, body)
    wipe(db)
    load(db, HERE / "registry.yaml")
    registry_only = graph_checksum(db)
    for _ in range(ROUNDS):
        graph_after(db, server)
        (posted, answer), (deleted, _) = together(
            [
                ("POST", f"/api/v1/sources{query}", body),
                ("DELETE", f"/api/v1/sources/{FIRST}", None),
            ],
            server,
        )
        end = graph_checksum(db)
        if variant == "warned":  # either order: the first report gone, the second stored
            assert (posted, deleted, end) == (201, 200, only_second)
            assert [w["candidate"] for w in answer["data"]["warnings"]] in ([], [STORED])
        elif variant == "strict":  # refused while the candidate stood, stored once it was gone
            assert deleted == 200
            assert (posted, end) in ((422, registry_only), (201, only_second))
        else:  # the rejection cites the candidate: whichever came first holds
            assert (posted, deleted, end) in ((201, 409, both), (422, 200, registry_only))
