"""Search finds events and statements by what they name, whatever language they are worded in:
a query word naming an actor (any of its names, in any language) stands for the records that
name it, and a word of an event type's or statement kind's label (ar, en or ru) for the records
of that type.

The fixture (tests/fixtures/search_languages) is invented: Oleg Marov and Southland, the event
type fixture-truce (Truce, هدنة, Перемирие) and the statement kind fixture-warning; the records
are worded in English (titles) and Arabic (quotes) and never use the words of those labels.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, fresh_graph
from flask.testing import FlaskClient

from kb_service.store.db import Database

FIXTURE = FIXTURES / "search_languages"
MAROV = "fixture-oleg-marov"
MAROV_RECORDS = {
    "fixture-marov-silence",
    "fixture-marov-envoys",
    "fixture-marov-firm-answer",
    "fixture-marov-stay-home",
}


@pytest.fixture(scope="module")
def api(db: Database, app: Any) -> FlaskClient:
    fresh_graph(db, FIXTURE / "registry.yaml", FIXTURE / "vocabulary.yaml", FIXTURE / "brief.yaml")
    return app.test_client()


def hits(client: FlaskClient, query: str, **params: str) -> list[dict[str, Any]]:
    response = client.get("/api/v1/search", query_string={"q": query, **params})
    assert response.status_code == 200, response.get_data(as_text=True)
    return list(response.get_json()["data"])


def ids(found: list[dict[str, Any]]) -> list[str]:
    return [hit["id"] for hit in found]


@pytest.mark.parametrize(
    "query",
    [
        "перемирие Марова",  # a case ending on the name
        "перемирия Маров",  # a case ending on the label
        "الهدنة لماروف",  # the article on the label, a proclitic on the name
        "Marov truce",
    ],
)
def test_a_type_and_a_name_in_any_language_find_the_english_worded_event_first(
    api: FlaskClient, query: str
) -> None:
    [first, *_] = hits(api, query)
    assert first["id"] == "fixture-marov-silence"
    assert first["kind"] == "event"
    assert first["match"] == "names"
    names, kind = first["matched"][:2]
    assert names == {"how": "names", "entity": MAROV}
    assert (kind["how"], kind["term"]) == ("type", "fixture-truce")


def test_the_hit_says_which_label_matched(api: FlaskClient) -> None:
    [first, *_] = hits(api, "перемирие Марова")
    assert first["matched"][1] == {
        "how": "type",
        "term": "fixture-truce",
        "name": "Перемирие",
        "language": "ru",
    }


def test_an_arabic_query_finds_the_english_titled_event(api: FlaskClient) -> None:
    [first, *_] = hits(api, "هدنة ماروف", kind="event")
    assert (first["id"], first["name"]) == (
        "fixture-marov-silence",
        "Marov says the guns along the river fall silent",
    )


def test_a_kind_and_a_name_find_the_arabic_quoted_statement_first(api: FlaskClient) -> None:
    [first, *_] = hits(api, "предупреждение Марова")
    assert (first["id"], first["kind"]) == ("fixture-marov-firm-answer", "statement")
    assert first["name_original"] == "إن أي خرق على النهر سيلقى ردا حازما"


def test_a_record_matching_one_reason_ranks_below_one_matching_both(api: FlaskClient) -> None:
    found = ids(hits(api, "перемирие Марова"))
    best = found.index("fixture-marov-silence")
    assert best < found.index("fixture-marov-envoys")  # names Marov, another type
    assert best < found.index("fixture-southland-silence")  # the type, another actor
    assert best < found.index(MAROV)  # the actor matches one word only


def test_a_query_naming_only_the_actor_finds_the_records_that_name_him(api: FlaskClient) -> None:
    found = hits(api, "Марову")
    assert found[0]["id"] == MAROV
    records = {h["id"]: h for h in found if h["kind"] in ("event", "statement")}
    assert set(records) == MAROV_RECORDS
    assert all(h["matched"] == [{"how": "names", "entity": MAROV}] for h in records.values())


def test_a_label_alone_finds_every_record_of_the_type(api: FlaskClient) -> None:
    found = hits(api, "Перемирие")
    assert set(ids(found)) == {"fixture-marov-silence", "fixture-southland-silence"}
    assert {h["match"] for h in found} == {"type"}


def test_kind_keeps_the_records_asked_for(api: FlaskClient) -> None:
    found = hits(api, "Маров", kind="statement")
    assert set(ids(found)) == {"fixture-marov-firm-answer", "fixture-marov-stay-home"}


def test_a_word_of_no_label_and_no_name_finds_nothing(api: FlaskClient) -> None:
    assert hits(api, "перемещение") == []
