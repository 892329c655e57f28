"""The JSON's shape, pinned: the keys of each kind of body, in the order they are sent (`id`,
`kind`, title, `date`, then the rest), and the OpenAPI document saying the same keys in the same
order. A key that moves, appears or disappears fails here first."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import FIXTURES, load, wipe

from kb_service.store.db import Database

API = "/api/v1"
SHAPE = FIXTURES / "json_shape"
EVENT = "fixture-shape-talks-2021-05-03"
WIRE = "fixture-shape-wire"
EARLIER = "fixture-shape-meeting-2021-04"
STATEMENT = "fixture-shape-envoy-useful"

DATE = ["edtf", "earliest", "latest", "precision", "uncertain", "approximate"]
EVENT_KEYS = [
    "id", "kind", "title", "date", "type", "status", "conflict", "summary", "participants",
    "places", "renewal", "plover", "cameo", "first_reported", "sources_disagree", "disagree_on",
    "versions", "evidence",
]  # fmt: skip
EVENT_DETAIL_KEYS = [*EVENT_KEYS[:11], "related", "statements", *EVENT_KEYS[11:]]
STATEMENT_KEYS = [
    "id", "kind", "date", "status", "conflict", "statement_kind", "quote", "language",
    "text_en", "speakers", "addressees", "reported_via", "about", "occasion", "place",
    "place_location", "contradicts", "responds_to", "responses", "plover", "first_reported",
    "sources_disagree", "disagree_on", "versions", "evidence",
]  # fmt: skip
ACTOR_KEYS = [
    "id", "kind", "actor_kind", "wikidata", "names", "description", "aliases", "other_names",
    "relations", "conflicts", "statement_count", "event_count",
]  # fmt: skip
PLACE_KEYS = [
    "id", "kind", "place_kind", "wikidata", "within", "names", "location", "description",
    "aliases", "other_names", "contains", "events",
]  # fmt: skip
CONFLICT_KEYS = [
    "id", "kind", "wikidata", "names", "description", "aliases", "other_names", "parties",
    "mediators", "key_dates", "statement_count", "event_count",
]  # fmt: skip
SOURCE_KEYS = [
    "id", "title", "title_en", "publisher", "credited_to", "url", "language", "published",
    "passage_count", "text_sha256", "ingested_at", "replaced_at", "passages", "assertions",
]  # fmt: skip
PROBLEM_KEYS = ["type", "title", "status", "detail"]


@pytest.fixture(scope="module", autouse=True)
def graph(db: Database) -> Database:
    wipe(db)
    load(db, SHAPE)
    return db


@pytest.fixture(scope="module")
def spec(app: Any) -> dict[str, Any]:
    return app.test_client().get("/openapi.json").get_json()  # type: ignore[no-any-return]


def body(client: Any, url: str, status: int = 200) -> Any:
    response = client.get(API + url)
    assert response.status_code == status, response.get_data(as_text=True)
    return response.get_json()


def documented(spec: dict[str, Any], url: str, status: str = "200") -> dict[str, Any]:
    """Return the schema the OpenAPI document gives for GET `url`'s JSON answer."""
    answers = spec["paths"][API + url]["get"]["responses"]
    answer = resolved_answer(spec, answers.get(status) or answers["default"])
    content = answer["content"]
    return content.get("application/json") or content["application/problem+json"]


def resolved_answer(spec: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in answer:
        answer = spec["components"]["responses"][answer["$ref"].rsplit("/", 1)[-1]]
    return answer


def resolved(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def object_schemas(spec: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the object schemas `schema` may be (through $ref and anyOf)."""
    schema = resolved(spec, schema)
    if "anyOf" in schema:
        return [found for option in schema["anyOf"] for found in object_schemas(spec, option)]
    return [schema] if "properties" in schema else []


def assert_documented(spec: dict[str, Any], value: Any, schema: dict[str, Any], at: str) -> None:
    """Assert that every object in `value` sends only documented keys, in documented order."""
    schema = resolved(spec, schema)
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            assert_documented(spec, item, schema["items"], f"{at}[{index}]")
    if not isinstance(value, dict):
        return
    if isinstance(schema.get("additionalProperties"), dict):  # a map: each value documented
        for key, item in value.items():
            assert_documented(spec, item, schema["additionalProperties"], f"{at}.{key}")
        return
    options = [
        option for option in object_schemas(spec, schema) if set(value) <= set(option["properties"])
    ]
    assert options, f"{at}: {sorted(value)} are not all documented"
    properties = options[0]["properties"]
    assert list(value) == [key for key in properties if key in value], f"{at}: order differs"
    for key, item in value.items():
        assert_documented(spec, item, properties[key], f"{at}.{key}")


def test_an_event_leads_with_id_kind_title_and_date(client: Any, spec: dict[str, Any]) -> None:
    found = body(client, f"/events/{EVENT}")
    assert list(found) == ["data", "sources"]
    event = found["data"]
    assert list(event) == EVENT_DETAIL_KEYS
    assert list(event["date"]) == DATE
    assert list(event["places"][0]) == ["id", "name", "name_ar", "location"]
    assert [list(version["date"]) for version in event["versions"]] == [DATE, DATE]
    assert list(event["related"][0]) == ["id", "title", "date", "relation", "direction"]
    assert list(event["related"][0]["date"]) == DATE
    assert list(event["evidence"][0]) == ["source", "passage", "quote", "note"]
    assert [item["source"] for item in event["evidence"]] == ["fixture-shape-desk", WIRE]
    assert [version["source"] for version in event["versions"]] == [WIRE, "fixture-shape-desk"]
    assert list(found["sources"]) == ["fixture-shape-desk", WIRE]
    assert list(found["sources"][WIRE]) == ["id", "title", "publisher", "published"]
    assert_documented(spec, found, documented(spec, "/events/{event_id}")["schema"], "event")


def test_an_event_in_a_list_has_the_keys_of_its_own_page(client: Any, spec: dict[str, Any]) -> None:
    page = body(client, "/timeline?include=all&limit=5")
    assert list(page) == ["data", "next_cursor", "sources"]
    event = next(item for item in page["data"] if item["id"] == EARLIER)
    assert list(event) == EVENT_KEYS
    assert list(event["participants"][0]) == ["id", "name", "name_ar", "role"]
    statement = next(item for item in page["data"] if item["id"] == STATEMENT)
    assert list(statement) == STATEMENT_KEYS
    assert_documented(spec, page, documented(spec, "/timeline")["schema"], "timeline")


def test_a_statement_leads_with_id_kind_and_date(client: Any, spec: dict[str, Any]) -> None:
    found = body(client, f"/statements/{STATEMENT}")
    statement = found["data"]
    assert list(statement) == STATEMENT_KEYS
    assert list(statement["date"]) == DATE
    assert list(statement["speakers"][0]) == ["id", "name", "name_ar"]
    assert [list(version["date"]) for version in statement["versions"]] == [DATE]
    url = "/statements/{statement_id}"
    assert_documented(spec, found, documented(spec, url)["schema"], "statement")
    page = body(client, "/statements")
    assert [list(item) for item in page["data"]] == [STATEMENT_KEYS]
    assert_documented(spec, page, documented(spec, "/statements")["schema"], "statements")


def test_actors_places_and_conflicts_lead_with_their_id(client: Any, spec: dict[str, Any]) -> None:
    actor = body(client, "/actors/fixture-shape-envoy")
    assert list(actor["data"]) == ACTOR_KEYS
    relation = actor["data"]["relations"][0]
    assert list(relation) == ["id", "date", "relation", "role", "as", "other", "evidence"]
    assert list(relation["other"]) == ["id", "kind", "name"]
    assert list(relation["date"]) == DATE
    url = "/actors/{actor_id}"
    assert_documented(spec, actor, documented(spec, url)["schema"], "actor")
    place = body(client, "/places/fixture-shape-port")
    assert list(place["data"]) == PLACE_KEYS
    assert list(place["data"]["location"]) == ["lat", "lon", "bbox", "source"]
    url = "/places/{place_id}"
    assert_documented(spec, place, documented(spec, url)["schema"], "place")
    conflict = body(client, "/conflicts/fixture-shape-dispute")
    assert conflict["data"]["aliases"] == {"en": [], "ar": [], "ru": []}
    assert [list(event["date"]) for event in conflict["data"]["key_dates"]] == [DATE, DATE]
    assert [list(event["date"]) for event in place["data"]["events"]] == [DATE, DATE]
    assert list(conflict["data"]) == CONFLICT_KEYS
    url = "/conflicts/{conflict_id}"
    assert_documented(spec, conflict, documented(spec, url)["schema"], "conflict")
    actors = body(client, "/actors")
    assert list(actors["data"][0]) == ["id", "kind", "actor_kind", "wikidata", "names"]
    assert_documented(spec, actors, documented(spec, "/actors")["schema"], "actors")


def test_aliases_are_lists(client: Any, spec: dict[str, Any]) -> None:
    actor = body(client, "/actors/fixture-shape-north")
    # registry.yaml: aliases {en: [Northland, The North]}, none in Arabic or Russian
    assert actor["data"]["aliases"] == {"en": ["Northland", "The North"], "ar": [], "ru": []}
    assert_documented(spec, actor, documented(spec, "/actors/{actor_id}")["schema"], "actor")
    found = body(client, "/search?q=Northland")
    assert "fixture-shape-north" in [hit["id"] for hit in found["data"]]


def test_kind_is_the_record_kind_and_filters_are_named_like_their_fields(client: Any) -> None:
    statement = body(client, f"/statements/{STATEMENT}")["data"]
    assert statement["about"] == [
        {"id": EVENT, "name": "Talks resume in Fixture Port", "kind": "event"}
    ]
    assert [s["id"] for s in body(client, "/statements?statement_kind=claim")["data"]] == [
        STATEMENT
    ]
    assert body(client, "/statements?statement_kind=denial")["data"] == []
    assert body(client, "/statements?kind=claim", 400)["invalid_params"][0]["name"] == "kind"
    envoy = body(client, "/actors/fixture-shape-envoy")["data"]
    assert (envoy["kind"], envoy["actor_kind"]) == ("actor", "person")
    assert [a["id"] for a in body(client, "/actors?actor_kind=person")["data"]] == [
        "fixture-shape-envoy"
    ]
    port = body(client, "/places?place_kind=city")["data"]
    assert [(p["id"], p["kind"], p["place_kind"]) for p in port] == [
        ("fixture-shape-port", "place", "city")
    ]
    hits = body(client, "/search?q=Fixture&kind=place")["data"]
    assert [(h["id"], h["kind"]) for h in hits] == [("fixture-shape-port", "place")]
    assert list(hits[0])[:3] == ["id", "kind", "name"]


def test_a_page_gives_each_source_once_and_records_cite_it_by_id(client: Any) -> None:
    page = body(client, "/timeline?include=all&limit=50")
    cited = [
        item["source"]
        for record in page["data"]
        for listed in ("evidence", "versions")
        for item in record[listed]
    ]
    # wire.yaml and desk.yaml: the wire backs four records, the desk note one, both the talks
    assert sorted(set(cited)) == ["fixture-shape-desk", WIRE] and len(cited) > 2
    assert page["sources"] == {
        "fixture-shape-desk": {
            "id": "fixture-shape-desk",
            "title": "A test desk note on the port talks",
            "publisher": "Test fixtures",
            "published": "2021-05-05",
        },
        WIRE: {
            "id": WIRE,
            "title": "A test wire on the port talks",
            "publisher": "Test fixtures",
            "published": "2021-05-04",
        },
    }
    assert body(client, "/statements?statement_kind=denial") == {
        "data": [],
        "next_cursor": None,
        "sources": {},
    }
    lines = client.get(API + "/timeline?format=ndjson").get_data(as_text=True).splitlines()
    talks = next(json.loads(line) for line in lines if json.loads(line)["id"] == EVENT)
    assert [item["source"]["id"] for item in talks["evidence"]] == ["fixture-shape-desk", WIRE]


def test_search_scores_are_on_one_scale(client: Any) -> None:
    hits = body(client, "/search?q=Port%20talks%20useful&limit=20")["data"]
    found = {hit["id"]: hit for hit in hits}
    # the place by its name (the names index), the statement by its words (the text indexes)
    assert (found["fixture-shape-port"]["match"], found[STATEMENT]["match"]) == ("exact", "text")
    assert all(0 <= hit["score"] <= 1 for hit in hits), [hit["score"] for hit in hits]
    assert (found["fixture-shape-port"]["score"], found[STATEMENT]["score"]) == (1, 1)
    assert 0 < found[EVENT]["score"] < 1  # names the place; its words match less well


def test_a_source_leads_with_id_and_title(client: Any, spec: dict[str, Any]) -> None:
    source = body(client, "/sources/fixture-shape-wire")
    assert list(source["data"]) == SOURCE_KEYS
    assert list(source["data"]["passages"][0]) == ["number", "text", "content", "cited_by"]
    url = "/sources/{source_id}"
    assert_documented(spec, source, documented(spec, url)["schema"], "source")
    sources = body(client, "/sources")
    assert [list(item) for item in sources["data"]] == [SOURCE_KEYS[:9]] * 2
    assert_documented(spec, sources, documented(spec, "/sources")["schema"], "sources")


def test_a_date_reading_gives_the_date_object_then_the_words(client: Any) -> None:
    reading = body(client, "/dates?edtf=2021-05")["data"]
    assert list(reading) == [*DATE, "reading"]
    month = body(client, "/events/fixture-shape-meeting-2021-04")["data"]["date"]
    assert {key: reading[key] for key in DATE} == {**month, "edtf": "2021-05",
        "earliest": "2021-05-01", "latest": "2021-05-31"}  # fmt: skip


def test_errors_keep_the_problem_order(client: Any, spec: dict[str, Any]) -> None:
    missing = body(client, "/events/fixture-shape-nothing", 404)
    assert list(missing) == PROBLEM_KEYS
    url = "/events/{event_id}"
    assert_documented(spec, missing, documented(spec, url, "404")["schema"], "404")
    invalid = body(client, "/timeline?limit=0", 400)
    assert list(invalid) == [*PROBLEM_KEYS, "invalid_params"]
    assert list(invalid["invalid_params"][0]) == ["name", "reason"]
    assert_documented(spec, invalid, documented(spec, "/timeline", "400")["schema"], "400")
