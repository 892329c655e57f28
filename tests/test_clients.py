"""The outputs made for clients, fed to the clients: TimelineJS and Cytoscape.js (copies of
their npm packages, tests/clients/vendor) in Debian's Chromium, and CSV as Excel and csv
readers take it. Each test pins a defect a dashboard developer met (issue 15)."""

from __future__ import annotations

import csv
import io
import json
import mimetypes
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, SEEDS, cypher, fresh_graph, load, wipe

from kb_service.api import render
from kb_service.store.db import Database

CLIENTS = Path(__file__).with_name("clients")
ORIGIN = "http://clients.test"
CLIENT_FIXTURE = FIXTURES / "clients"


@pytest.fixture(scope="module")
def graph(db: Database) -> Database:
    """The seed and the clients' fixture, loaded through the real ingestion."""
    fresh_graph(db, SEEDS)
    load(db, CLIENT_FIXTURE)
    return db


def get(client: Any, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response


def timelinejs(client: Any, query: str = "") -> dict[str, Any]:
    body: dict[str, Any] = get(
        client, f"/api/v1/timeline?format=timelinejs&include=all{query}"
    ).get_json()
    return body


def slides(client: Any, query: str = "") -> dict[str, dict[str, Any]]:
    return {s["unique_id"]: s for s in timelinejs(client, query)["events"]}


# --- TimelineJS: the document ----------------------------------------------------------------


def test_timelinejs_reads_every_edtf_form_curation_accepts(graph: Database, client: Any) -> None:
    found = slides(client)
    talks = found["fixture-clients-talks-2020-09"]  # 2020-09-XX: a month, not a day
    assert talks["start_date"] == {"year": 2020, "month": 9} and "end_date" not in talks
    assert talks["display_date"] == "Sep 2020"
    spring = found["fixture-clients-fighting-spring-2020"]  # 2020-21: March to May, not month 21
    assert (spring["start_date"], spring["end_date"]) == (
        {"year": 2020, "month": 3},
        {"year": 2020, "month": 5},
    )
    assert spring["display_date"] == "Spring 2020"


def test_each_quote_is_a_paragraph_inside_its_blockquote(graph: Database, client: Any) -> None:
    for slide in slides(client).values():
        quotes = re.findall(r"<blockquote[^>]*>(.*?)</blockquote>", slide["text"]["text"])
        assert quotes and all(q.startswith('<p dir="auto">') and q.endswith("</p>") for q in quotes)


def test_quotes_are_escaped(graph: Database, client: Any) -> None:
    for slide in slides(client).values():
        # the seed's quotes hold quotation marks: outside the tags they must be escaped
        assert '"' not in re.sub(r"<[^>]*>", "", slide["text"]["text"])
    assert "&quot;" in "".join(s["text"]["text"] for s in slides(client).values())


def test_timelinejs_in_arabic(graph: Database, client: Any) -> None:
    body = timelinejs(client, "&lang=ar")
    found = {s["unique_id"]: s for s in body["events"]}
    assert body["title"]["text"]["headline"] == "الخط الزمني"
    assert found["fixture-clients-talks-2020-09"]["display_date"] == "\u2067سبتمبر 2020\u2069"
    assert found["karabakh-war-1992-1994"]["group"] == "أحداث"
    calm = found["fixture-clients-calm"]
    assert (calm["group"], calm["text"]["headline"]) == ("تصريحات", "إن الوضع هادئ")
    # a statement said in English keeps its English words
    assert slides(client)["fixture-clients-calm"]["text"]["headline"] == "The situation is calm."
    assert client.get("/api/v1/timeline?format=timelinejs&lang=fr").status_code == 400


def test_a_capped_document_says_it_is_truncated(
    graph: Database, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert timelinejs(client)["truncated"] is False
    monkeypatch.setattr(render, "DOCUMENT_CAP", 2)
    capped = timelinejs(client)
    assert capped["truncated"] is True and len(capped["events"]) == 2


# --- TimelineJS: the real client ------------------------------------------------------------


def serve_clients(page: Any) -> list[str]:
    """Serve tests/clients at ORIGIN; refuse and record every other request."""
    outside: list[str] = []

    def handle(route: Any) -> None:
        url = route.request.url
        if not url.startswith(ORIGIN + "/"):
            outside.append(url)
            route.abort()
            return
        path = CLIENTS / url[len(ORIGIN) + 1 :].split("?")[0]
        if not path.is_file() or CLIENTS not in path.resolve().parents:
            route.fulfill(status=404, body="")
            return
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        route.fulfill(status=200, body=path.read_bytes(), content_type=kind)

    page.route("**/*", handle)
    return outside


def open_client(browser: Any, name: str) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    outside = serve_clients(page)
    page.goto(f"{ORIGIN}/{name}")
    return page, errors, outside


@pytest.mark.parametrize("language", ["en", "ar"])
def test_timelinejs_renders_our_document(
    graph: Database, client: Any, browser: Any, language: str
) -> None:
    document = timelinejs(client, f"&lang={language}")
    page, errors, outside = open_client(browser, "timelinejs.html")
    assert page.evaluate("([d, l]) => window.render(d, l)", [document, language]) is True
    page.wait_for_function(  # TimelineJS draws its markers after render() returns
        "n => document.querySelectorAll('.tl-timemarker').length === n",
        arg=len(document["events"]),
    )
    assert errors == [] and outside == []
    drawn = page.locator(".tl-timemarker").count()
    assert drawn == len(document["events"])
    if language == "ar":
        assert page.locator(".tl-timeline.tl-rtl").count() == 1
        quote = page.locator(".tl-slide blockquote p").first
        style = quote.evaluate(
            "p => [getComputedStyle(p).direction, getComputedStyle(p).textAlign]"
        )
        assert style[0] == "rtl" and style[1] in ("right", "start")
    page.close()


# --- Cytoscape.js ----------------------------------------------------------------------------


def graph_of(client: Any, center: str, depth: int = 2) -> dict[str, Any]:
    body: dict[str, Any] = get(client, f"/api/v1/graph?center={center}&depth={depth}").get_json()
    return body


def test_edge_ids_survive_a_wipe_and_a_reload(graph: Database, client: Any) -> None:
    before = graph_of(client, "osce-minsk-group")
    wipe(graph)
    load(graph, SEEDS)
    load(graph, CLIENT_FIXTURE)
    after = graph_of(client, "osce-minsk-group")
    ids = [e["data"]["id"] for e in before["elements"]["edges"]]
    assert ids and len(set(ids)) == len(ids)
    assert ids == [e["data"]["id"] for e in after["elements"]["edges"]]
    stored = cypher(graph, "MATCH ()-[r]->() RETURN elementId(r) AS id LIMIT 1")[0]["id"]
    assert not any(str(stored) == i for i in ids)


def test_relation_and_event_nodes_carry_their_dates(graph: Database, client: Any) -> None:
    nodes = {
        n["data"]["id"]: n["data"]
        for n in graph_of(client, "osce-minsk-group")["elements"]["nodes"]
    }
    assert nodes["russia-co-chair-of-minsk-group"]["date"] == "1992/.."
    assert nodes["minsk-group-negotiations-1992"]["date"] == "1992/.."
    assert "date" not in nodes["osce-minsk-group"]  # an actor has no date


def test_cytoscape_loads_the_graph_and_selects_every_element_by_id(
    graph: Database, client: Any, browser: Any
) -> None:
    body = graph_of(client, "osce-minsk-group")
    elements = body["elements"]
    page, errors, outside = open_client(browser, "cytoscape.html")
    counts = page.evaluate("(e) => window.render(e)", elements)
    assert counts == {"nodes": len(elements["nodes"]), "edges": len(elements["edges"])}
    every = [e["data"]["id"] for e in elements["nodes"] + elements["edges"]]
    found = page.evaluate("(ids) => ids.map((id) => cy.$('#' + id).length)", every)
    assert found == [1] * len(every)
    assert errors == [] and outside == []
    page.close()


# --- CSV -------------------------------------------------------------------------------------


def test_csv_is_an_attachment_in_utf8_with_a_bom_on_request(graph: Database, client: Any) -> None:
    plain = get(client, "/api/v1/timeline?include=all&format=csv")
    assert plain.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert plain.headers["Content-Disposition"] == 'attachment; filename="timeline.csv"'
    assert not plain.get_data().startswith(b"\xef\xbb\xbf")
    excel = get(client, "/api/v1/statements?format=csv&bom=true")
    assert excel.get_data().startswith(b"\xef\xbb\xbfid,kind,")
    assert excel.headers["Content-Disposition"] == 'attachment; filename="statements.csv"'
    rows = list(csv.DictReader(io.StringIO(excel.get_data().decode("utf-8-sig"))))
    assert any("قلقه" in row["quote"] for row in rows)  # Arabic survives, read as UTF-8
    assert get(client, "/api/v1/actors?format=ndjson").headers["Content-Disposition"] == (
        'attachment; filename="actors.ndjson"'
    )
    assert client.get("/api/v1/timeline?format=csv&bom=maybe").status_code == 400


def test_list_cells_are_json_arrays_that_a_quote_cannot_break(graph: Database, client: Any) -> None:
    text = get(client, "/api/v1/timeline?include=all&format=csv").get_data(as_text=True)
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    fighting = rows["fixture-clients-fighting-spring-2020"]
    assert json.loads(fighting["quote"]) == [
        "Fighting went on through the spring of 2020 | and beyond"
    ]
    assert json.loads(fighting["places"]) == ["fixture-clients-town"]
    assert json.loads(fighting["passages"]) == ["fixture-clients-2020-12-01#2"]
    minsk = rows["minsk-group-negotiations-1992"]
    assert sorted(json.loads(minsk["actors"])) == sorted(
        ["osce-minsk-group", "russia", "united-states", "france", "azerbaijan", "armenia"]
    )
    calm = rows["fixture-clients-calm"]
    assert json.loads(calm["quote"]) == ["إن الوضع هادئ"] and json.loads(calm["places"]) == []
