"""A deadline that moved, through the API against the real Neo4j: the stored record's status
comes from the graph (cypher/read/same_record_candidates.cypher), and a report that the
obligation was met ten days after the stored deadline, at the same place, is a probable
duplicate of it; at another place it is not."""

from __future__ import annotations

from typing import Any

from conftest import FIXTURES, load, wipe
from flask.testing import FlaskClient

from kb_service.model.resemblance import THRESHOLD
from kb_service.store.db import Database

AUTH = {"Authorization": "Bearer test-key-1", "Content-Type": "application/yaml"}
DUE = "cand-brenn-handover-due"
DONE = "cand-brenn-handed-over"


def source(ident: str, published: str, sentence: str, event: str) -> str:
    """A curated source with its text inline: a title line and one sentence."""
    return (
        "kind: source\n"
        f"id: {ident}\n"
        'title: "TEST FIXTURE: Brenn"\n'
        "publisher: Test fixtures\n"
        f"published: {published}\n"
        "language: en\n"
        "text: |\n"
        "  TEST FIXTURE: Brenn\n"
        f"  {sentence}\n"
        "events:\n" + event
    )


def handover(ident: str, date: str, status: str, place: str, quote: str) -> str:
    return (
        f"  - id: {ident}\n"
        "    title: Tarsk hands Brenn over to Velmora\n"
        "    type: territory-handover\n"
        f"    status: {status}\n"
        f"    date: {date}\n"
        "    participants:\n"
        "      - {actor: cand-tarsk, role: handing over}\n"
        "      - {actor: cand-velmora, role: receiving}\n"
        f"    places: [{place}]\n"
        f'    evidence: [{{passage: 2, quote: "{quote}"}}]\n'
    )


def post(client: FlaskClient, body: str, query: str = "") -> Any:
    return client.post(f"/api/v1/sources{query}", data=body.encode(), headers=AUTH)


def test_a_report_ten_days_after_a_stored_deadline_at_its_place_is_warned_of(
    db: Database, client: FlaskClient
) -> None:
    wipe(db)
    load(db, FIXTURES / "candidates" / "registry.yaml")
    promised = "Tarsk is to hand Brenn over to Velmora by 15 May."
    stored = post(
        client,
        source(
            "cand-deadline-report",
            "2031-05-02",
            promised,
            handover(DUE, "2031-05-15", "due", "cand-brenn", promised),
        ),
    )
    assert stored.status_code == 201, stored.get_json()
    done = "Tarsk handed Brenn over to Velmora on 25 May."
    later = source(
        "cand-handover-report",
        "2031-05-26",
        done,
        handover(DONE, "2031-05-25", "occurred", "cand-brenn", done),
    )
    answer = post(client, later, "?dry_run=true")
    assert answer.status_code == 200
    [warning] = answer.get_json()["data"]["warnings"]
    assert (warning["id"], warning["candidate"]) == (DONE, DUE)
    assert warning["score"] >= THRESHOLD
    assert warning["reasons"][:2] == [
        "a deadline moved by 10 days (2031-05-25, 2031-05-15)",
        "same type: territory-handover",
    ]
    elsewhere = later.replace("places: [cand-brenn]", "places: [cand-halden]")
    answer = post(client, elsewhere, "?dry_run=true")
    assert answer.status_code == 200 and answer.get_json()["data"]["warnings"] == []
