"""Time order with unknown starts, and windows that records possibly overlap or certainly lie in.

The fixture (tests/fixtures/time_order, invented test texts) has a dated event of every shape;
the expected order is computed from its own dates, never from the seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import fresh_graph, walk_pages
from flask.testing import FlaskClient

from kb_service.model import dates
from kb_service.store.db import Database

FIXTURE = Path(__file__).parent / "fixtures" / "time_order"
EVENTS = yaml.safe_load((FIXTURE / "dates.yaml").read_text(encoding="utf-8"))["events"]


@pytest.fixture(scope="module")
def fixture_db(db: Database) -> Database:
    return fresh_graph(db, FIXTURE)


@pytest.fixture()
def api(fixture_db: Database, client: FlaskClient) -> FlaskClient:
    return client


def spans() -> dict[str, dates.DateSpan]:
    return {event["id"]: dates.parse(str(event["date"])) for event in EVENTS}


def reader_order() -> list[str]:
    """The documented rule: earliest day, or the latest when the start is unknown; latest; id."""

    def key(item: tuple[str, dates.DateSpan]) -> tuple[int, int, str]:
        ident, span = item
        seek = span.start_key if span.earliest else span.end_key
        return seek, span.end_key, ident

    return [ident for ident, _ in sorted(spans().items(), key=key)]


def ids(client: FlaskClient, query: str) -> list[str]:
    response = client.get(f"/api/v1/timeline?{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item["id"] for item in response.get_json()["data"]]


def test_unknown_starts_sort_by_their_known_end(api: FlaskClient) -> None:
    found = ids(api, "conflict=fixture-conflict&limit=500")
    assert found == reader_order()
    # The conflict's timeline begins with its start, not with an undated "earlier".
    assert found[0] == "fixture-conflict-begins"
    # Talks that ended on 10 October come after the call of 27 September.
    assert found.index("fixture-call-2020-09-27") < found.index("fixture-talks-ended-2020-10-10")
    assert ids(api, "conflict=fixture-conflict&limit=500&order=desc") == found[::-1]


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("limit", [1, 2, 4])
def test_pages_keep_the_order_across_cursors(api: FlaskClient, order: str, limit: int) -> None:
    walked = walk_pages(api, f"/timeline?conflict=fixture-conflict&order={order}&limit={limit}")
    expected = reader_order()
    assert walked == (expected if order == "asc" else expected[::-1])


def overlapping(low: str, high: str) -> set[str]:
    lo, hi = dates.parse(low).start_key, dates.parse(high).end_key
    return {i for i, s in spans().items() if s.start_key <= hi and s.end_key >= lo}


def inside(low: str, high: str) -> set[str]:
    lo, hi = dates.parse(low).start_key, dates.parse(high).end_key
    return {i for i, s in spans().items() if s.start_key >= lo and s.end_key <= hi}


@pytest.mark.parametrize(
    ("low", "high"), [("2020-09", "2020-10"), ("1988", "2020"), ("2020-10-01", "2020-10-31")]
)
def test_a_window_takes_what_may_overlap_it_or_what_is_certainly_inside(
    api: FlaskClient, low: str, high: str
) -> None:
    window = f"from={low}&to={high}&limit=500"
    possible = ids(api, window)
    certain = ids(api, window + "&window=within")
    assert set(possible) == overlapping(low, high)
    assert set(certain) == inside(low, high)
    assert set(certain) < set(possible)  # every fixture window has records only possibly in it
    assert possible == [i for i in reader_order() if i in set(possible)]
    assert certain == [i for i in reader_order() if i in set(certain)]
    assert ids(api, window + "&window=overlaps") == possible


def test_an_unknown_window_mode_is_400(api: FlaskClient) -> None:
    response = api.get("/api/v1/timeline?window=sometimes")
    assert response.status_code == 400
    assert [p["name"] for p in response.get_json()["invalid_params"]] == ["window"]


def test_statements_take_the_window_mode_too(api: FlaskClient) -> None:
    response = api.get("/api/v1/statements?from=2020&to=2020&window=within")
    assert response.status_code == 200  # the statement queries take $within as well
    assert response.get_json()["data"] == []  # the fixture has no statements
