"""Search finds names as people write them: inflection, clitics, transliterations, other names;
ranked exact, then variant, then fuzzy, then text; and the text filters cope alike.

The fixture (tests/fixtures/names) holds the names of the issue's table and two invented decoys,
Anna Lavrova (a case ending away from Lavrov) and Ivan Lavrob (one edit away).
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, cypher, fresh_graph, load
from flask.testing import FlaskClient

from kb_service.curation import CurationError, RawFile
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema
from kb_service.write.ingest import ingest

FIXTURE = FIXTURES / "names"
STATEMENTS = {"fixture-lavrov-calm", "fixture-lavrov-danger"}


@pytest.fixture(scope="module")
def api(db: Database, app: Any) -> FlaskClient:
    fresh_graph(db, FIXTURE)
    return app.test_client()


def hits(client: FlaskClient, query: str, **params: str) -> list[dict[str, Any]]:
    response = client.get("/api/v1/search", query_string={"q": query, **params})
    assert response.status_code == 200, response.get_data(as_text=True)
    return list(response.get_json()["data"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("لافروف", "sergey-lavrov"),
        ("ولافروف", "sergey-lavrov"),
        ("Lavrov", "sergey-lavrov"),
        ("LAVROV", "sergey-lavrov"),
        ("Лаврову", "sergey-lavrov"),  # the dative: no decoy has it
        ("Лавровым", "sergey-lavrov"),
        ("بلافروف", "sergey-lavrov"),
        ("Lavrow", "sergey-lavrov"),
        ("ستيبانكيرت", "stepanakert"),
        ("كاراباخ", "nagorno-karabakh"),
        ("Khankendi", "stepanakert"),
        ("Xankəndi", "stepanakert"),
        ("xankendi", "stepanakert"),
    ],
)
def test_each_way_of_writing_the_name_finds_it_first(
    api: FlaskClient, query: str, expected: str
) -> None:
    found = hits(api, query)
    assert found and found[0]["id"] == expected, [h["id"] for h in found]
    assert found[0]["match"] in ("exact", "variant", "spelling")


def test_the_genitive_finds_lavrov_after_the_exact_lavrova(api: FlaskClient) -> None:
    """«заявление Лаврова»: the exact name Лаврова first (the decoy), then Lavrov, a variant."""
    found = hits(api, "Лаврова")
    assert [(h["id"], h["match"]) for h in found[:2]] == [
        ("fixture-anna-lavrova", "exact"),
        ("sergey-lavrov", "variant"),
    ]
    assert (
        found[1]["matched_name"] == "Лавров"
    )  # the name in the query's script, all matched  # a name in the query's script
    assert found[1]["matched_language"] == "ru"


def test_an_exact_name_outranks_a_variant(api: FlaskClient) -> None:
    found = hits(api, "Lavrov")
    ranked = [(h["id"], h["match"]) for h in found if h["kind"] == "actor"]
    assert ranked[0] == ("sergey-lavrov", "exact")
    assert ("fixture-anna-lavrova", "spelling") in ranked


def test_a_variant_outranks_a_spelling_and_a_spelling_a_fuzzy_hit(api: FlaskClient) -> None:
    found = [(h["id"], h["match"]) for h in hits(api, "Лаврову") if h["kind"] == "actor"]
    assert found[:2] == [("sergey-lavrov", "variant"), ("fixture-anna-lavrova", "spelling")]
    found = [(h["id"], h["match"]) for h in hits(api, "Lavrow") if h["kind"] == "actor"]
    assert found.index(("sergey-lavrov", "spelling")) < found.index(
        ("fixture-ivan-lavrob", "fuzzy")
    )


def test_a_name_one_edit_away_is_fuzzy_and_two_edits_away_is_nothing(api: FlaskClient) -> None:
    [first, *_] = hits(api, "Stepanaker")
    assert (first["id"], first["match"]) == ("stepanakert", "fuzzy")
    assert [h for h in hits(api, "Stpanaker") if h["kind"] == "place"] == []


def test_an_actor_outranks_a_statement_that_mentions_them(api: FlaskClient) -> None:
    found = hits(api, "Lavrov")
    ids = [h["id"] for h in found]
    statements = [h for h in found if h["kind"] == "statement"]
    assert statements and {h["id"] for h in statements} <= STATEMENTS
    # each names Lavrov (its speaker); the English one also says his name in its words
    assert all(h["match"] == "names" and h["matched_name"] is None for h in statements)
    reasons = {h["id"]: h["matched"] for h in statements}
    assert reasons["fixture-lavrov-calm"] == [
        {"how": "names", "entity": "sergey-lavrov"},
        {"how": "text"},
    ]
    assert ids.index("sergey-lavrov") < min(ids.index(h["id"]) for h in statements)


def test_the_hit_says_which_name_matched_and_how(api: FlaskClient) -> None:
    [first, *_] = hits(api, "Khankendi")
    assert {k: first[k] for k in ("id", "match", "matched_name", "matched_language")} == {
        "id": "stepanakert",
        "match": "exact",
        "matched_name": "Khankendi",
        "matched_language": "en",
    }
    [first, *_] = hits(api, "بلافروف")
    assert (first["match"], first["matched_name"], first["matched_language"]) == (
        "variant",
        "لافروف",
        "ar",
    )


def test_kind_keeps_to_the_kinds_asked_for(api: FlaskClient) -> None:
    found = hits(api, "Lavrov", kind="statement")
    assert found and {h["kind"] for h in found} == {"statement"}


def test_csv_carries_how_each_hit_matched(api: FlaskClient) -> None:
    response = api.get("/api/v1/search", query_string={"q": "Khankendi", "format": "csv"})
    header, first = response.get_data(as_text=True).splitlines()[:2]
    assert header.split(",")[4:7] == ["match", "matched_name", "matched_language"]
    assert "stepanakert" in first and ",exact,Khankendi,en," in first


@pytest.mark.parametrize("query", ["Lavrow", "بلافروف", "Лаврова", "Khankendi", "ستيبانكيرت"])
def test_text_filters_cope_alike(api: FlaskClient, query: str) -> None:
    """`q=` on /statements and /timeline: each of these stands for a name both statements say
    (one in English, one in Arabic)."""
    for url, params in (
        ("/api/v1/statements", {}),
        ("/api/v1/timeline", {"include": "statements"}),
    ):
        response = api.get(url, query_string={"q": query, **params})
        assert response.status_code == 200
        assert {r["id"] for r in response.get_json()["data"]} == STATEMENTS, (url, query)


def test_a_text_filter_still_needs_every_word(api: FlaskClient) -> None:
    response = api.get("/api/v1/statements", query_string={"q": "Lavrov nowhere"})
    assert response.get_json()["data"] == []


def test_other_names_show_who_uses_them(api: FlaskClient) -> None:
    place = api.get("/api/v1/places/stepanakert").get_json()["data"]
    assert place["other_names"] == [
        {"name": "Xankəndi", "language": "az", "used_by": ["azerbaijan"]},
        {"name": "Khankendi", "language": "en", "used_by": ["azerbaijan"]},
    ]


def test_an_unknown_party_of_an_other_name_is_refused(clean_db: Database) -> None:
    text = (
        (FIXTURE / "registry.yaml")
        .read_text()
        .replace("language: az, used_by: [azerbaijan]", "language: az, used_by: [azerbajan]")
    )
    with pytest.raises(CurationError) as exc:
        ingest(clean_db, [RawFile("registry.yaml", text.encode())])
    [problem] = exc.value.problems
    assert problem.field == "places[1].other_names[0].used_by[0]"
    assert "unknown id 'azerbajan'" in problem.message


def test_schema_apply_gives_keys_to_entities_stored_before_them(db: Database) -> None:
    fresh_graph(db, FIXTURE)
    cypher(db, "DROP INDEX search_names IF EXISTS")
    cypher(db, "MATCH (n) WHERE n.name_keys IS NOT NULL REMOVE n.name_keys")
    apply_schema(db)
    [row] = cypher(db, "MATCH (p:Place {id: 'stepanakert'}) RETURN p.name_keys AS keys")
    assert "x_khankendi" in str(row["keys"]).split()
    load(db, FIXTURE)  # the next ingest leaves the keys as schema apply wrote them
    [again] = cypher(db, "MATCH (p:Place {id: 'stepanakert'}) RETURN p.name_keys AS keys")
    assert again == row
