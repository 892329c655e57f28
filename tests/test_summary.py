"""A record's own fields are the summary of its sources' versions, through the API.

The fixture (tests/fixtures/summary_versions, invented test texts): an early report (published
10 October) dates a ceasefire to 10 October; a later one (12 October) says only "earlier"
(`../2020-10-12`), calls it ongoing and words the minister's role otherwise. The two disagree on
the talks (5 October against September, another type and another host) and on who made the
appeal. A third report (14 October) dates the ceasefire only to October.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import fresh_graph, graph_checksum, load, wipe
from flask.testing import FlaskClient

from kb_service.store.db import Database

FIXTURE = Path(__file__).parent / "fixtures" / "summary_versions"
EARLY, LATER, THIRD = (FIXTURE / f"{name}.yaml" for name in ("early", "later", "third"))
THIRD_ID = "fixture-sum-third-2020-10-14"
AUTH = {"Authorization": "Bearer test-key-1"}


@pytest.fixture()
def api(db: Database, client: FlaskClient) -> FlaskClient:
    fresh_graph(db, FIXTURE / "registry.yaml", EARLY, LATER)
    return client


def get(client: FlaskClient, path: str) -> Any:
    response = client.get(f"/api/v1/{path}")
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["data"]


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]


def actors(refs: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return sorted((ref["id"], ref.get("role")) for ref in refs)


def test_a_vague_later_date_narrows_to_the_precise_day(api: FlaskClient) -> None:
    record = get(api, "events/fixture-sum-ceasefire")
    assert record["date"] == {
        "edtf": "2020-10-10",
        "earliest": "2020-10-10",
        "latest": "2020-10-10",
        "precision": "day",
        "uncertain": False,
        "approximate": False,
    }
    assert [v["date"]["edtf"] for v in record["versions"]] == ["2020-10-10", "../2020-10-12"]


def test_the_narrowed_record_is_found_within_its_day_and_sorted_by_it(api: FlaskClient) -> None:
    within = get(api, "timeline?from=2020-10-09&to=2020-10-10&window=within")
    assert ids(within) == ["fixture-sum-ceasefire"]
    ordered = get(api, "timeline?from=2020-10-09&to=2020-10-12")
    assert ids(ordered) == ["fixture-sum-ceasefire", "fixture-sum-delegates"]
    backwards = get(api, "timeline?from=2020-10-09&to=2020-10-12&order=desc")
    assert ids(backwards) == ["fixture-sum-delegates", "fixture-sum-ceasefire"]


def test_dates_that_do_not_meet_take_the_narrowest_and_are_flagged(api: FlaskClient) -> None:
    record = get(api, "events/fixture-sum-talks")
    assert record["date"]["edtf"] == "2020-10-05"  # not the later, vaguer "2020-09"
    assert (record["title"], record["type"]) == ("The envoy meets the parties", "meeting")
    assert record["disagree_on"] == ["date", "participants", "type"]
    assert record["sources_disagree"] is True
    september = get(api, "timeline?from=2020-09-01&to=2020-09-30")
    assert "fixture-sum-talks" not in ids(september)


def test_other_role_wording_and_ongoing_are_no_disagreement(api: FlaskClient) -> None:
    record = get(api, "events/fixture-sum-ceasefire")
    roles = {p["role"] for v in record["versions"] for p in v["participants"]}
    assert roles == {"caller", "foreign minister of the north"}
    assert {v["status"] for v in record["versions"]} == {"occurred", "ongoing"}
    assert record["disagree_on"] == []
    assert record["sources_disagree"] is False
    listed = {item["id"]: item for item in get(api, "timeline?from=2020-09&to=2020-10")}
    assert listed["fixture-sum-ceasefire"]["sources_disagree"] is False
    assert listed["fixture-sum-talks"]["disagree_on"] == ["date", "participants", "type"]


def test_as_of_shows_only_what_the_earlier_source_said_of_an_event(api: FlaskClient) -> None:
    now = get(api, "events/fixture-sum-ceasefire")
    assert (now["title"], now["status"]) == ("The valley ceasefire holds", "ongoing")
    for as_of in ("2020-10-10", "2020-10-11"):
        then = get(api, f"events/fixture-sum-ceasefire?as_of={as_of}")
        assert (then["title"], then["status"], then["type"]) == (
            "Ceasefire agreed in the valley",
            "occurred",
            "ceasefire",
        )
        assert then["date"]["edtf"] == "2020-10-10"
        assert actors(then["participants"]) == [("fixture-sum-minister", "caller")]
        assert ids(then["places"]) == ["fixture-sum-valley"]
    assert sorted(ids(now["places"])) == ["fixture-sum-ridge", "fixture-sum-valley"]


def test_as_of_shows_the_earlier_date_type_and_participants(api: FlaskClient) -> None:
    then = get(api, "events/fixture-sum-talks?as_of=2020-10-10")
    assert then["date"]["edtf"] == "2020-10-05"
    assert (then["title"], then["type"]) == ("Talks hosted by the minister", "negotiations")
    assert actors(then["participants"]) == [("fixture-sum-minister", "host")]
    assert ids(then["places"]) == ["fixture-sum-valley"]
    assert (then["disagree_on"], then["sources_disagree"]) == ([], False)


def test_as_of_shows_only_what_the_earlier_source_said_of_a_statement(api: FlaskClient) -> None:
    now = get(api, "statements/fixture-sum-appeal")
    assert now["quote"] == "no shot be fired"
    assert now["date"]["edtf"] == "2020-10-12"  # as narrow as the other: the later one
    assert sorted(ids(now["speakers"])) == ["fixture-sum-envoy", "fixture-sum-minister"]
    assert now["disagree_on"] == ["date", "speakers"]
    then = get(api, "statements/fixture-sum-appeal?as_of=2020-10-10")
    assert (then["quote"], then["text_en"]) == ("the guns must stay silent",) * 2
    assert then["date"]["edtf"] == "2020-10-10"
    assert ids(then["speakers"]) == ["fixture-sum-minister"]
    assert (then["disagree_on"], then["sources_disagree"]) == ([], False)


def test_lists_under_as_of_show_the_earlier_versions(api: FlaskClient) -> None:
    events = {e["id"]: e for e in get(api, "timeline?as_of=2020-10-10&include=all")}
    assert events["fixture-sum-ceasefire"]["title"] == "Ceasefire agreed in the valley"
    assert events["fixture-sum-talks"]["type"] == "negotiations"
    assert events["fixture-sum-appeal"]["quote"] == "the guns must stay silent"
    statements = get(api, "statements?as_of=2020-10-10")
    assert [(s["id"], s["quote"]) for s in statements] == [
        ("fixture-sum-appeal", "the guns must stay silent")
    ]
    assert ids(statements[0]["speakers"]) == ["fixture-sum-minister"]


def test_retracting_the_latest_source_restores_the_earlier_summary(
    db: Database, api: FlaskClient
) -> None:
    before = get(api, "events/fixture-sum-ceasefire?as_of=2020-10-12")
    load(db, THIRD)
    record = get(api, "events/fixture-sum-ceasefire")
    assert (record["title"], record["date"]["edtf"]) == ("A ceasefire in October", "2020-10-10")
    assert api.delete(f"/api/v1/sources/{THIRD_ID}", headers=AUTH).status_code == 200
    after = get(api, "events/fixture-sum-ceasefire")
    assert after == before
    assert after["date"]["edtf"] == "2020-10-10"  # not the later source's "../2020-10-12"
    within = get(api, "timeline?from=2020-10-10&to=2020-10-10&window=within")
    assert ids(within) == ["fixture-sum-ceasefire"]


def test_the_summary_does_not_depend_on_the_order_of_writes(
    db: Database, client: FlaskClient
) -> None:
    checksums = set()
    for order in ((EARLY, LATER, THIRD), (THIRD, LATER, EARLY), (LATER, EARLY, THIRD)):
        wipe(db)
        load(db, FIXTURE / "registry.yaml")
        for path in order:
            load(db, path)
        assert get(client, "events/fixture-sum-ceasefire")["date"]["edtf"] == "2020-10-10"
        checksums.add(graph_checksum(db))
        load(db, EARLY, LATER, THIRD)  # the same files again change nothing
        checksums.add(graph_checksum(db))
    assert len(checksums) == 1
