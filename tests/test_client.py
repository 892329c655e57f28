"""The Python client (clients/python, `kb_client`) against the API served as `make run` serves it
(gunicorn, `kb_service.cli.gunicorn_command`) on a free port, with the test Neo4j. The client
ingests this module's own small fixture, then reads it back: cursors, DataFrames, typed errors,
the change log and the HTTP cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest
from conftest import gunicorn_server, wipe

from kb_client import (
    BadRequest,
    Client,
    Conflict,
    InvalidDocument,
    NotFound,
    Unauthorized,
)
from kb_service.config import Settings
from kb_service.store.db import Database

KEY = "test-key-1"

# TEST FIXTURE, not real sources: an invented harbour dispute, its parties and a place.
REGISTRY = """kind: registry
conflicts:
  - id: pyclient-harbour-dispute
    names: {en: Harbour dispute}
actors:
  - id: pyclient-envoy
    kind: person
    names: {en: Envoy Ada Quill}
  - id: pyclient-harbour-board
    kind: organisation
    names: {en: Harbour Board}
places:
  - id: pyclient-quayside
    kind: city
    names: {en: Quayside}
"""

# Sent as the request body, its text inline: one event per precision the client must read.
BRIEF_A = """kind: source
id: pyclient-brief-a
title: "TEST FIXTURE: a spring of talks at the harbour"
publisher: Test fixtures
published: 2021-04-30
language: en
text: |
  On 2 March the envoy telephoned the Harbour Board.

  In March the envoy negotiated with the Harbour Board.

  Talks at Quayside ran from 10 to 12 March.

  A ceasefire has held at Quayside since 20 March.

  On 5 April the Harbour Board shelled Quayside.

  The envoy said on 5 April that the talks would go on.
events:
  - id: pyclient-call-2021-03-02
    title: The envoy telephones the Harbour Board
    type: phone-call
    date: 2021-03-02
    conflict: pyclient-harbour-dispute
    participants: [{actor: pyclient-envoy, role: caller}]
    evidence: [{passage: 1, quote: the envoy telephoned the Harbour Board}]
  - id: pyclient-talks-2021-03
    title: The envoy negotiates in March
    type: negotiations
    date: 2021-03
    conflict: pyclient-harbour-dispute
    participants: [{actor: pyclient-envoy, role: mediator}]
    evidence: [{passage: 2, quote: In March the envoy negotiated with the Harbour Board}]
  - id: pyclient-talks-2021-03-10-12
    title: Talks at Quayside
    type: negotiations
    date: 2021-03-10/2021-03-12
    conflict: pyclient-harbour-dispute
    places: [pyclient-quayside]
    evidence: [{passage: 3, quote: "Talks at Quayside ran from 10 to 12 March"}]
  - id: pyclient-ceasefire-since-2021-03-20
    title: A ceasefire holds at Quayside
    type: ceasefire
    date: 2021-03-20/..
    conflict: pyclient-harbour-dispute
    places: [pyclient-quayside]
    evidence: [{passage: 4, quote: A ceasefire has held at Quayside since 20 March}]
  - id: pyclient-shelling-2021-04-05
    title: The Harbour Board shells Quayside
    type: shelling
    date: 2021-04-05
    conflict: pyclient-harbour-dispute
    participants: [{actor: pyclient-harbour-board, role: attacker}]
    places: [pyclient-quayside]
    evidence: [{passage: 5, quote: the Harbour Board shelled Quayside}]
statements:
  - id: pyclient-talks-go-on
    kind: claim
    speakers: [pyclient-envoy]
    date: 2021-04-05
    language: en
    quote: the talks would go on
    text_en: The talks would go on.
    conflict: pyclient-harbour-dispute
    evidence: [{passage: 6, quote: The envoy said on 5 April that the talks would go on}]
"""

# Sent from a file beside its `text_file`: the client uploads both (multipart).
BRIEF_B = """kind: source
id: pyclient-brief-b
title: "TEST FIXTURE: a May visit"
publisher: Test fixtures
published: 2021-05-10
language: en
text_file: pyclient-brief-b.txt
events:
  - id: pyclient-call-2021-05-09
    title: The envoy telephones again
    type: phone-call
    date: 2021-05-09
    conflict: pyclient-harbour-dispute
    participants: [{actor: pyclient-envoy, role: caller}]
    evidence: [{passage: 1, quote: the envoy telephoned the Harbour Board again}]
"""
BRIEF_B_TEXT = "On 9 May the envoy telephoned the Harbour Board again.\n"

# The fixture's events in time order: the earliest possible day, then the latest, then the id.
EVENTS_IN_ORDER = [
    "pyclient-talks-2021-03",  # 1 March to 31 March
    "pyclient-call-2021-03-02",
    "pyclient-talks-2021-03-10-12",
    "pyclient-ceasefire-since-2021-03-20",
    "pyclient-shelling-2021-04-05",
    "pyclient-call-2021-05-09",
]


@pytest.fixture(scope="module")
def base(settings: Settings, db: Database) -> Iterator[str]:
    """An empty graph, served by gunicorn as `make run` serves it."""
    wipe(db)
    with gunicorn_server(settings) as served:
        yield served


@pytest.fixture(scope="module")
def kb(base: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """A client with the key, after it has ingested the fixture through the API."""
    folder = tmp_path_factory.mktemp("pyclient")
    (folder / "pyclient-brief-b.yaml").write_text(BRIEF_B, encoding="utf-8")
    (folder / "pyclient-brief-b.txt").write_text(BRIEF_B_TEXT, encoding="utf-8")
    with Client(base, api_key=KEY) as client:
        client.add_registry(REGISTRY)
        assert client.add_source(BRIEF_A)["counts"]["Event"]["created"] == 5
        assert (
            client.add_source(folder / "pyclient-brief-b.yaml")["counts"]["Event"]["created"] == 1
        )
        yield client


def test_a_list_is_read_across_its_pages(kb: Client) -> None:
    timeline = kb.timeline(conflict="pyclient-harbour-dispute", limit=2)
    assert [len(page["data"]) for page in timeline.pages()] == [2, 2, 2]
    assert [record["id"] for record in timeline] == EVENTS_IN_ORDER
    backwards = kb.timeline(conflict="pyclient-harbour-dispute", limit=4, order="desc")
    assert [record["id"] for record in backwards] == EVENTS_IN_ORDER[::-1]
    actors = [actor["id"] for actor in kb.actors(limit=1)]
    assert actors == ["pyclient-envoy", "pyclient-harbour-board"]


def test_filters_are_sent_as_the_api_names_them(kb: Client) -> None:
    march = kb.timeline(conflict="pyclient-harbour-dispute", from_="2021-03", to="2021-03")
    assert [record["id"] for record in march] == EVENTS_IN_ORDER[:4]
    within = kb.timeline(from_="2021-03", to="2021-03", window="within", limit=1)
    assert [record["id"] for record in within] == EVENTS_IN_ORDER[:3]
    said = kb.statements(speaker=["pyclient-envoy", "pyclient-harbour-board"]).to_list()
    assert [statement["id"] for statement in said] == ["pyclient-talks-go-on"]


def test_to_pandas_gives_the_edtf_bounds_as_datetime_columns(kb: Client) -> None:
    frame = kb.timeline(conflict="pyclient-harbour-dispute", limit=2).to_pandas()
    assert list(frame["id"]) == EVENTS_IN_ORDER
    assert pd.api.types.is_datetime64_any_dtype(frame["date_earliest"])
    assert pd.api.types.is_datetime64_any_dtype(frame["date_latest"])
    rows: dict[Any, dict[Any, Any]] = frame.set_index("id").to_dict("index")
    month = rows["pyclient-talks-2021-03"]
    assert (month["date_edtf"], month["date_precision"]) == ("2021-03", "month")
    assert month["date_earliest"] == pd.Timestamp("2021-03-01")
    assert month["date_latest"] == pd.Timestamp("2021-03-31")
    talks = rows["pyclient-talks-2021-03-10-12"]
    assert talks["date_latest"] - talks["date_earliest"] == pd.Timedelta(days=2)
    ceasefire = rows["pyclient-ceasefire-since-2021-03-20"]
    assert ceasefire["date_earliest"] == pd.Timestamp("2021-03-20")
    assert ceasefire["date_latest"] is pd.NaT  # an open end
    assert isinstance(rows["pyclient-call-2021-03-02"]["evidence"], list)


def test_a_list_gathers_the_sources_its_records_cite(kb: Client) -> None:
    pages = kb.timeline(conflict="pyclient-harbour-dispute", limit=2)
    cited = {item["source"] for record in pages for item in record["evidence"]}
    assert cited and cited <= set(pages.sources)
    brief = pages.sources["pyclient-brief-a"]
    assert brief["title"] == "TEST FIXTURE: a spring of talks at the harbour"


def test_one_record_carries_the_sources_it_cites(kb: Client) -> None:
    first = next(iter(kb.timeline(conflict="pyclient-harbour-dispute", limit=1)))
    event = kb.event(first["id"])
    cited = {item["source"] for item in event["evidence"]}
    assert cited and cited == set(event["sources"])
    for ident in cited:
        assert event["sources"][ident]["id"] == ident and event["sources"][ident]["title"]


def test_a_bad_parameter_is_a_bad_request_naming_it(kb: Client) -> None:
    with pytest.raises(BadRequest) as raised:
        kb.timeline(limit=0).to_list()
    assert raised.value.status == 400
    assert raised.value.parameters == ["limit"]
    with pytest.raises(BadRequest) as unknown:
        kb.get("/timeline", colour="blue")
    assert unknown.value.parameters == ["colour"]


def test_an_unknown_id_is_not_found(kb: Client) -> None:
    with pytest.raises(NotFound) as raised:
        kb.event("pyclient-no-such-event")
    assert raised.value.status == 404
    assert raised.value.problem["status"] == 404
    assert kb.event("pyclient-call-2021-05-09")["id"] == "pyclient-call-2021-05-09"


def test_a_write_without_a_valid_key_is_unauthorized(base: str, kb: Client) -> None:
    for key in (None, "not-a-key"):
        with Client(base, api_key=key) as anonymous, pytest.raises(Unauthorized) as raised:
            anonymous.retract_source("pyclient-brief-b")
        assert raised.value.status == 401
    assert kb.source("pyclient-brief-b")["id"] == "pyclient-brief-b"  # still there


def test_a_cited_registry_entry_cannot_be_removed(kb: Client) -> None:
    with pytest.raises(Conflict) as raised:
        kb.remove_registry_entry("pyclient-envoy")
    assert raised.value.status == 409
    assert kb.actor("pyclient-envoy")["id"] == "pyclient-envoy"


def test_an_invalid_document_lists_its_problems_with_lines(kb: Client) -> None:
    broken = BRIEF_A.replace("type: shelling", "type: pyclient-no-such-type")
    with pytest.raises(InvalidDocument) as raised:
        kb.add_source(broken, dry_run=True)
    assert raised.value.status == 422
    problem = next(p for p in raised.value.problems if "pyclient-no-such-type" in str(p))
    assert problem["line"] == broken.splitlines().index("    type: pyclient-no-such-type") + 1


def test_a_dry_run_writes_nothing(kb: Client) -> None:
    moved = BRIEF_A.replace("date: 2021-04-05\n    conflict", "date: 2021-04-06\n    conflict")
    report = kb.add_source(moved, dry_run=True)
    assert report["changed"] is True
    shelling = kb.event("pyclient-shelling-2021-04-05")
    assert shelling["date"]["edtf"] == "2021-04-05"


def test_reads_after_a_write_carry_its_consistency_token(kb: Client) -> None:
    sent: list[httpx.Request] = []
    answers: list[httpx.Response] = []
    kb.transport.http.event_hooks["request"].append(sent.append)
    kb.transport.http.event_hooks["response"].append(answers.append)
    try:
        kb.add_source(BRIEF_A)  # unchanged, but a write: it answers a token
        kb.event("pyclient-call-2021-03-02")
    finally:
        kb.transport.http.event_hooks["request"].remove(sent.append)
        kb.transport.http.event_hooks["response"].remove(answers.append)
    token = answers[0].headers["KB-Consistency-Token"]
    assert [request.method for request in sent] == ["POST", "GET"]
    assert sent[1].headers["KB-Consistency-Token"] == token


def test_the_cache_revalidates_with_the_etag(base: str, kb: Client, tmp_path: Path) -> None:
    with Client(base, cache=tmp_path / "cache.db") as cached:
        first = cached.request("GET", "/actors/pyclient-envoy")
        again = cached.request("GET", "/actors/pyclient-envoy")
    assert first.extensions["caching"]["from_cache"] is False
    # Asked again (no-cache): the server answered 304 and the stored body was used.
    assert again.extensions["caching"]["from_cache"] is True
    assert again.extensions["caching"]["revalidated"] is True
    assert again.json() == first.json()


def test_changes_follow_writes_and_retractions(kb: Client, tmp_path: Path) -> None:
    history = kb.changes(limit=2)
    seen = history.to_list()
    assert history.caught_up and history.cursor is not None
    seqs = [change["seq"] for change in seen]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    created = {change["id"] for change in seen if change["op"] == "created"}
    assert {"pyclient-brief-a", "pyclient-brief-b", *EVENTS_IN_ORDER} <= created
    assert kb.changes(since=history.cursor).to_list() == []  # caught up

    brief_c = BRIEF_B.replace("pyclient-brief-b", "pyclient-brief-c").replace(
        "pyclient-call-2021-05-09", "pyclient-call-c-2021-05-09"
    )
    (tmp_path / "pyclient-brief-c.yaml").write_text(brief_c, encoding="utf-8")
    (tmp_path / "pyclient-brief-c.txt").write_text(BRIEF_B_TEXT, encoding="utf-8")
    kb.add_source(tmp_path / "pyclient-brief-c.yaml")
    kb.retract_source("pyclient-brief-c")
    since = kb.changes(since=history.cursor, limit=1)
    after: list[Any] = list(since)
    ops = {(change["op"], change["id"]) for change in after}
    assert {("created", "pyclient-call-c-2021-05-09"), ("deleted", "pyclient-brief-c")} <= ops
    assert ("deleted", "pyclient-call-c-2021-05-09") in ops
    assert all(change["seq"] > seqs[-1] for change in after)
    assert since.cursor != history.cursor
