"""The read API against the seed plus a later source: dates, as-of, pages, formats, caching."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any, LiteralString
from urllib.parse import urlencode

import pytest
from conftest import SEED_SOURCE, SEEDS, curated_ids, load, stored_order, walk_pages, wipe

from kb_service.api import columns
from kb_service.config import PROJECT_ROOT
from kb_service.model import names
from kb_service.read import pages
from kb_service.store.db import Database

LATER = Path(__file__).parent / "data" / "later_source.yaml"
API = "/api/v1"


@pytest.fixture(scope="module", autouse=True)
def graph(db: Database) -> Database:
    wipe(db)
    load(db, SEEDS, LATER)
    return db


def get(client: Any, url: str, status: int = 200, **headers: str) -> Any:
    response = client.get(API + url, headers=headers)
    assert response.status_code == status, response.get_data(as_text=True)
    return response


def ids(client: Any, url: str) -> list[str]:
    return [item["id"] for item in get(client, url).get_json()["data"]]


def test_overlap_selects_the_war_but_not_the_1988_start(client: Any) -> None:
    found = ids(client, "/timeline?from=1990&to=1993")
    assert "karabakh-war-1992-1994" in found
    assert "minsk-group-negotiations-1992" in found  # 1992/.. is open-ended
    assert "karabakh-declares-secession-1988-02" not in found
    assert "lavrov-bayramov-call-2020-09-27" not in found


def test_open_ended_interval_overlaps_everything_after_its_start(client: Any) -> None:
    # Both possibly overlap the window; an unknown start sorts by its known end (27 Sep 2020).
    assert ids(client, "/timeline?from=2005-06-01&to=2005-06-30") == [
        "minsk-group-negotiations-1992",  # 1992/..
        "lavrov-mnatsakanyan-call-2020-09",  # ../2020-09-27: possibly any day before
    ]


def test_month_precision_is_matched_by_any_day_of_the_month(client: Any) -> None:
    assert ids(client, "/timeline?from=1988-02-29&to=1988-02-29") == [
        "karabakh-declares-secession-1988-02",
        "lavrov-mnatsakanyan-call-2020-09",  # ../2020-09-27, sorted by its end
    ]
    assert "karabakh-declares-secession-1988-02" not in ids(client, "/timeline?from=1988-03")


def test_timeline_is_chronological_and_desc_reverses_it(client: Any) -> None:
    items = get(client, "/timeline?limit=500").get_json()["data"]
    # Time order: the earliest day, or the latest for an unknown start; then latest day, id.
    keys = [
        (i["date"]["earliest"] or i["date"]["latest"], i["date"]["latest"] or "9999", i["id"])
        for i in items
    ]
    assert keys == sorted(keys)
    # The conflict's start comes first, not the undated "earlier" call (../2020-09-27).
    assert items[0]["id"] == "karabakh-declares-secession-1988-02"
    assert ids(client, "/timeline?order=desc&limit=500") == [i["id"] for i in items][::-1]


def test_every_event_carries_verbatim_evidence_with_its_source(client: Any) -> None:
    page = get(client, "/timeline?limit=500").get_json()
    for item in page["data"]:
        assert item["evidence"], item["id"]
        for evidence in item["evidence"]:
            source = page["sources"][evidence["source"]]
            assert set(source) == {"id", "title", "publisher", "published"}
            assert source["id"] == evidence["source"]
            assert evidence["quote"] and evidence["passage"] >= 1


def test_include_all_mixes_statements_in_time_order(client: Any) -> None:
    items = get(client, "/timeline?include=all&from=2020-09-27&to=2020-09-27&limit=500")
    kinds = {item["kind"] for item in items.get_json()["data"]}
    assert kinds == {"event", "statement"}
    statements_only = ids(client, "/timeline?include=statements&from=2021")
    assert statements_only == ["test-lavrov-talks-useful-2021-02"]


def test_filters_by_actor_place_type_and_conflict(client: Any) -> None:
    assert ids(client, "/timeline?actor=zohrab-mnatsakanyan") == [
        "lavrov-mnatsakanyan-call-2020-09"
    ]
    assert sorted(ids(client, "/timeline?actor=zohrab-mnatsakanyan&actor=jeyhun-bayramov")) == [
        "lavrov-bayramov-call-2020-09-27",
        "lavrov-mnatsakanyan-call-2020-09",
    ]
    # A place includes the places within it: Stepanakert lies within Nagorno-Karabakh.
    assert "shelling-of-karabakh-residential-areas-2020-09-27" in ids(
        client, "/timeline?place=nagorno-karabakh&limit=500"
    )
    assert ids(client, "/timeline?type=mobilisation") == [
        "karabakh-general-mobilisation-2020-09-27"
    ]
    assert ids(client, "/timeline?conflict=nagorno-karabakh-conflict&limit=500") == ids(
        client, "/timeline?limit=500"
    )


def test_text_filter(client: Any) -> None:
    assert ids(client, "/timeline?q=Martial") == ["karabakh-martial-law-2020-09-27"]
    assert "karabakh-martial-law-2020-09-27" in ids(client, "/timeline?q=الأحكام العرفية")


def test_as_of_answers_as_the_knowledge_base_would_have(client: Any) -> None:
    assert "test-ministers-meet-2021-02" in ids(client, "/timeline?limit=500")
    assert "test-ministers-meet-2021-02" not in ids(client, "/timeline?limit=500&as_of=2021-02-28")
    assert ids(client, "/timeline?as_of=2020-09-26") == []
    get(client, "/events/test-ministers-meet-2021-02?as_of=2021-01-01", status=404)
    assert ids(client, "/statements?speaker=sergey-lavrov&as_of=2020-12-31") == [
        "lavrov-concern-shelling-2020-09-27"
    ]


def test_walking_every_page_gives_each_record_once(client: Any) -> None:
    everything = ids(client, "/timeline?include=all&limit=500")
    seen: list[str] = []
    url = "/timeline?include=all&limit=3"
    while True:
        response = get(client, url)
        body = response.get_json()
        assert len(body["data"]) <= 3
        seen += [item["id"] for item in body["data"]]
        if body["next_cursor"] is None:
            assert "Link" not in response.headers
            break
        assert (
            body["next_cursor"] in response.headers["Link"]
            and 'rel="next"' in response.headers["Link"]
        )
        url = f"/timeline?include=all&limit=3&cursor={body['next_cursor']}"
    loaded = curated_ids(SEEDS, LATER)
    assert seen == everything and len(set(seen)) == len(seen)
    assert set(seen) == loaded["Event"] | loaded["Statement"]


WINDOWS = [
    "",
    "&from=1990&to=1995",
    "&from=1993&to=1993",
    "&from=1988-02-15&to=1988-03",
    "&from=2020-09-27",
    "&to=1991",
    "&from=2020-09-28",
]


MATCH_ALL: dict[str, LiteralString] = {
    "Event": "MATCH (n:Event)",
    "Statement": "MATCH (n:Statement)",
}


@pytest.mark.parametrize("kind", list(MATCH_ALL))
@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("window", WINDOWS)
def test_pages_of_one_follow_the_stored_dates(
    client: Any, graph: Database, kind: str, order: str, window: str
) -> None:
    """Walking pages of one row gives every overlapping node once, in (start, end, id) order.

    The oracle is the stored day keys read straight from Neo4j, filtered and sorted here, so
    a band whose seek range is wrong (a lost or repeated row) fails.
    """
    expected = stored_order(graph, MATCH_ALL[kind], window, order)
    path = "/timeline" if kind == "Event" else "/statements"
    assert walk_pages(client, f"{path}?limit=1&order={order}{window}") == expected and expected


LAVROV: LiteralString = "(:Actor {id: 'sergey-lavrov'})"
FILTERED = [
    ("/timeline", "&actor=sergey-lavrov", f"MATCH (n:Event)-[:PARTICIPANT]->{LAVROV}"),
    ("/statements", "&speaker=sergey-lavrov", f"MATCH (n:Statement)-[:SPOKEN_BY]->{LAVROV}"),
]


@pytest.mark.parametrize("anchor_most", [2000, 0], ids=["from-ids", "by-bands"])
@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("path,query,oracle", FILTERED)
def test_filtered_pages_of_one_by_ids_or_by_bands(
    client: Any,
    graph: Database,
    monkeypatch: pytest.MonkeyPatch,
    anchor_most: int,
    order: str,
    path: str,
    query: str,
    oracle: LiteralString,
) -> None:
    """A filtered page read from the few matching ids, or band by band, walks the same rows."""
    monkeypatch.setattr(pages, "ANCHOR_MOST", anchor_most)
    expected = stored_order(graph, oracle, "", order)
    assert walk_pages(client, f"{path}?limit=1&order={order}{query}") == expected
    assert len(expected) >= 2


def test_text_filtered_pages_are_the_same_by_ids_or_by_bands(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    walks = []
    for anchor_most in (2000, 0):
        monkeypatch.setattr(pages, "ANCHOR_MOST", anchor_most)
        walks.append(walk_pages(client, "/timeline?include=all&limit=1&q=Karabakh"))
    assert walks[0] == walks[1] and len(walks[0]) >= 2


def test_a_cursor_stays_valid_while_other_pages_are_read(client: Any) -> None:
    first = get(client, "/statements?limit=2").get_json()
    get(client, "/statements?limit=5")
    again = get(client, f"/statements?limit=2&cursor={first['next_cursor']}").get_json()
    assert again == get(client, f"/statements?limit=2&cursor={first['next_cursor']}").get_json()
    assert [s["id"] for s in again["data"]] == ids(client, "/statements?limit=4")[2:]


def test_csv_is_flat_with_the_documented_columns_and_every_record(client: Any) -> None:
    response = get(client, "/timeline?include=all&format=csv&limit=2")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    # The README documents the columns; the export has exactly those, in that order.
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    documented = re.search(r"timeline `([a-z_,]+)`", readme)
    assert documented is not None
    assert list(rows[0]) == documented.group(1).split(",")
    assert [row["id"] for row in rows] == ids(client, "/timeline?include=all&limit=500")
    war = next(row for row in rows if row["id"] == "karabakh-war-1992-1994")
    assert (war["date"], war["earliest"], war["latest"]) == (
        "1992/1994",
        "1992-01-01",
        "1994-12-31",
    )


def test_ndjson_and_accept_header(client: Any) -> None:
    response = get(client, "/statements?limit=500", Accept="application/x-ndjson")
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert response.mimetype == "application/x-ndjson"
    assert {line["id"] for line in lines} == curated_ids(SEEDS, LATER)["Statement"]
    csv_response = get(client, "/actors", Accept="text/csv")
    assert csv_response.get_data(as_text=True).startswith(
        "id,kind,name_en,name_ar,name_ru,wikidata"
    )


def test_etag_and_304(client: Any) -> None:
    first = get(client, "/timeline?limit=5")
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "no-cache"  # revalidated each time (issue 26)
    again = client.get(API + "/timeline?limit=5", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.get_data() == b""
    other = client.get(API + "/timeline?limit=4", headers={"If-None-Match": etag})
    assert other.status_code == 200


def test_event_detail_has_context_and_evidence(client: Any) -> None:
    event = get(client, "/events/lavrov-bayramov-call-2020-09-27").get_json()["data"]
    assert {p["id"] for p in event["participants"]} == {"sergey-lavrov", "jeyhun-bayramov"}
    assert {
        "id": "lavrov-mnatsakanyan-call-2020-09",
        "title": "Lavrov speaks by telephone with the Armenian foreign minister Mnatsakanyan",
        "date": {
            "edtf": "../2020-09-27",
            "earliest": None,
            "latest": "2020-09-27",
            "precision": "day",
            "uncertain": False,
            "approximate": False,
        },
        "relation": "precedes",
        "direction": "in",
    } in event["related"]
    assert "lavrov-concern-shelling-2020-09-27" in [s["id"] for s in event["statements"]]
    assert event["date"] == {
        "edtf": "2020-09-27",
        "earliest": "2020-09-27",
        "latest": "2020-09-27",
        "precision": "day",
        "uncertain": False,
        "approximate": False,
    }


def test_what_did_lavrov_say_on_27_september(client: Any) -> None:
    statements = get(client, "/statements?speaker=sergey-lavrov&from=2020-09-27&to=2020-09-27")
    [concern] = statements.get_json()["data"]
    assert concern["addressees"] == [{"id": "jeyhun-bayramov", "name": "Jeyhun Bayramov"}]
    assert [r["id"] for r in concern["reported_via"]] == ["russia-mfa", "novosti", "rt-arabic"]
    assert "خط التماس" in concern["quote"] and concern["text_en"]
    assert ids(client, "/actors/sergey-lavrov/statements?to=2020-12-31") == [concern["id"]]


def test_contested_claims_of_that_day(client: Any) -> None:
    found = ids(client, "/statements?contested=true&from=2020-09-27&to=2020-09-27")
    assert set(found) >= {
        "azerbaijan-mod-armenian-fire-on-residential-areas-2020-09-27",
        "armenia-mod-air-and-missile-attacks-2020-09-27",
        "yerevan-baku-launched-attack-2020-09-27",
    }
    assert "russia-calls-for-early-ceasefire-2020-09-27" not in found


def test_statement_filters(client: Any) -> None:
    assert ids(client, "/statements?addressed_to=armenia") == [
        "russia-france-call-for-restraint-2020-09-27"
    ]
    assert ids(client, "/statements?about=karabakh-general-mobilisation-2020-09-27") == [
        "baku-no-need-for-mobilisation-2020-09-27",  # same day: ties are broken by id
        "karabakh-announces-martial-law-and-mobilisation-2020-09-27",
    ]
    assert ids(client, "/statements?statement_kind=commitment") == [
        "russia-to-continue-minsk-group-mediation-2020-09-27"
    ]
    answer = get(client, "/statements/baku-no-need-for-mobilisation-2020-09-27").get_json()
    assert answer["data"]["responds_to"] == [
        "karabakh-announces-martial-law-and-mobilisation-2020-09-27"
    ]


def test_who_co_chairs_the_minsk_group(client: Any) -> None:
    conflict = get(client, "/conflicts/nagorno-karabakh-conflict").get_json()["data"]
    [mediator] = conflict["mediators"]
    assert mediator["id"] == "osce-minsk-group" and mediator["date"]["edtf"] == "1992/.."
    assert mediator["co_chairs"] == ["france", "russia", "united-states"]
    assert {p["id"] for p in conflict["parties"]} >= {"armenia", "azerbaijan"}
    assert conflict["key_dates"][1]["id"] == "karabakh-declares-secession-1988-02"


def test_actor_detail_has_names_roles_and_conflicts(client: Any) -> None:
    actor = get(client, "/actors/russia").get_json()["data"]
    assert actor["names"] == {"en": "Russia", "ar": "روسيا", "ru": "Россия"}
    assert actor["wikidata"] == "Q159"
    roles = {(r["relation"], r["other"]["id"], r["date"]["edtf"]) for r in actor["relations"]}
    assert ("co-chair-of", "osce-minsk-group", "1992/..") in roles
    assert ("holds-office", "sergey-lavrov", "2020-09-27") in roles
    assert actor["conflicts"] == [
        {"id": "nagorno-karabakh-conflict", "name": "Nagorno-Karabakh conflict"}
    ]


def test_lists_of_actors_places_conflicts_and_sources(client: Any) -> None:
    actors = ids(client, "/actors?limit=500")
    assert set(actors) == curated_ids(SEEDS, LATER)["Actor"] and actors == sorted(actors)
    assert ids(client, "/actors?actor_kind=ministry") == [
        "armenia-mod",
        "azerbaijan-mod",
        "russia-mfa",
    ]
    assert ids(client, "/places?place_kind=capital") == ["baku", "stepanakert", "yerevan"]
    assert ids(client, "/conflicts") == ["nagorno-karabakh-conflict"]
    assert ids(client, "/sources") == [SEED_SOURCE, "test-later-report"]
    place = get(client, "/places/nagorno-karabakh").get_json()["data"]
    assert place["contains"] == ["line-of-contact", "stepanakert"]


def test_source_detail_has_numbered_passages(client: Any) -> None:
    source = get(client, f"/sources/{SEED_SOURCE}").get_json()["data"]
    passages = {p for p in curated_ids(SEEDS)["Passage"] if p.startswith(SEED_SOURCE + "#")}
    assert source["passage_count"] == len(source["passages"]) == len(passages)
    assert source["passages"][1]["number"] == 2
    assert source["passages"][1]["text"].startswith("لافروف يبحث")
    assert [p["number"] for p in source["passages"] if p["content"] and not p["cited_by"]] == []


@pytest.mark.parametrize("query", ["لافروف", "Lavrov", "Лавров", "لافْرُوف", "سيرغى"])
def test_search_finds_lavrov_in_three_languages(client: Any, query: str) -> None:
    hits = get(client, f"/search?q={query}").get_json()["data"]
    assert hits[0] == {**hits[0], "id": "sergey-lavrov", "kind": "actor"}


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("العاصمة ستيباناكيرت", "العاصمه ستيباناكيرت"),  # taa marbuta written as haa
        ("الأرمينية", "الارمينيه"),  # and alef without its hamza
        ("عاصمة", "عاصمه"),  # a word of a text, not a name
    ],
)
def test_search_folds_alef_and_taa_marbuta(client: Any, written: str, folded: str) -> None:
    """Both spellings find the same hits in the same order, and the best names the last word
    as written (a name), or is text that holds it."""
    hits = get(client, "/search?" + urlencode({"q": written})).get_json()["data"]
    assert hits and get(client, "/search?" + urlencode({"q": folded})).get_json()["data"] == hits
    best, word = hits[0], names.fold(written.split()[-1])
    if best["match"] == "text":
        # the best text hit is a record whose own text holds the word (not any record)
        assert best["kind"] in ("event", "statement")
        record = get(client, f"/{best['kind']}s/{best['id']}").get_json()["data"]
        assert word in names.fold(json.dumps(record, ensure_ascii=False)), (best, record)
    else:
        assert best["match"] == "exact" and word in names.fold(best["matched_name"])


def test_openapi_and_docs_page(client: Any) -> None:
    spec = client.get("/openapi.json").get_json()
    assert "/api/v1/timeline" in spec["paths"] and "/api/v1/search" in spec["paths"]
    page = client.get("/docs/")
    assert page.status_code == 200 and b"swagger-ui-bundle.js" in page.data
    assert "http" not in page.get_data(as_text=True).split("<body>")[1].split("</script>")[0]
    with client.get("/docs/swagger-ui-bundle.js") as asset:
        assert asset.status_code == 200 and b"SwaggerUIBundle" in asset.data


def test_every_get_in_the_readme_tour_answers(client: Any) -> None:
    import re

    readme = (Path(__file__).parent.parent / "README.md").read_text()
    urls = re.findall(r"curl '(http://127\.0\.0\.1:8000[^']+)'", readme)
    assert len(urls) >= 10
    for url in urls:
        response = client.get(url.removeprefix("http://127.0.0.1:8000"))
        assert response.status_code == 200, url
        body = response.get_data(as_text=True)
        assert body.strip() and "problem" not in response.mimetype, url


def test_the_readme_lists_the_timeline_csv_columns_the_code_writes() -> None:
    """The column list is written once, in kb_service/api/columns.py; the README quotes it."""
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"timeline `{','.join(columns.TIMELINE)}`" in readme
