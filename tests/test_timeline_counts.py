"""GET /api/v1/timeline/counts: events per day, week, month or year, honest about imprecise dates.

The fixture (tests/fixtures/timeline_counts, invented texts) has ten events: five single days
(two of them in one ISO week that spans two years), an interval across two ISO weeks, a month,
a year, an open end and an open start. Every expected count below is worked out by hand from
those dates; the consistency tests count the timeline list itself, with the same filters.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import fresh_graph
from flask.testing import FlaskClient

from kb_service.curation import vocabulary
from kb_service.model import dates
from kb_service.read import pages
from kb_service.read.timeline_counts import bucket_span
from kb_service.store.cypher import query
from kb_service.store.db import Database

FIXTURE = Path(__file__).parent / "fixtures" / "timeline_counts"


@pytest.fixture(scope="module")
def fixture_db(db: Database) -> Database:
    return fresh_graph(db, FIXTURE)


@pytest.fixture()
def api(fixture_db: Database, client: FlaskClient) -> FlaskClient:
    return client


def counted(client: FlaskClient, query_string: str) -> dict[str, Any]:
    response = client.get(f"/api/v1/timeline/counts?{query_string}")
    assert response.status_code == 200, response.get_data(as_text=True)
    data: dict[str, Any] = response.get_json()["data"]
    return data


def compact(data: dict[str, Any]) -> tuple[list[tuple[str, int]], int, int]:
    """The buckets as (key, count), the too imprecise count and the total."""
    buckets = [(b["key"], b["count"]) for b in data["buckets"]]
    return buckets, data["too_imprecise"]["count"], data["total"]


def grouped(data: dict[str, Any]) -> dict[str, list[tuple[str, int]]]:
    """Each bucket's groups as (id, count), in the order given; too imprecise under '-'."""
    found = {b["key"]: [(g["id"], g["count"]) for g in b["groups"]] for b in data["buckets"]}
    found["-"] = [(g["id"], g["count"]) for g in data["too_imprecise"]["groups"]]
    return found


# Per bucket: the day events are 09-22, 09-27 (both ISO week 39), 09-28 (week 40), 2020-12-31
# and 2021-01-01 (both week 2020-W53); the talks (09-26/09-29) cross weeks 39 and 40; the tour
# is October; the review is 2020; the ceasefire has no end, the contact no start.
EXPECTED = {
    "day": (
        [("2020-09-22", 1), ("2020-09-27", 1), ("2020-09-28", 1), ("2020-12-31", 1),
         ("2021-01-01", 1)],
        5,
    ),
    "week": ([("2020-W39", 2), ("2020-W40", 1), ("2020-W53", 2)], 5),
    "month": ([("2020-09", 4), ("2020-10", 1), ("2020-12", 1), ("2021-01", 1)], 3),
    "year": ([("2020", 7), ("2021", 1)], 2),
}  # fmt: skip


@pytest.mark.parametrize("bucket", sorted(EXPECTED))
def test_each_event_counts_only_in_a_bucket_that_holds_its_whole_interval(
    api: FlaskClient, bucket: str
) -> None:
    data = counted(api, f"bucket={bucket}")
    buckets, imprecise = EXPECTED[bucket]
    assert compact(data) == (buckets, imprecise, 10)
    assert data["bucket"] == bucket and data["by"] is None
    assert "groups" not in data["too_imprecise"]
    assert all("groups" not in b for b in data["buckets"])


def test_buckets_name_their_first_and_last_day(api: FlaskClient) -> None:
    weeks = counted(api, "bucket=week")["buckets"]
    assert [(b["key"], b["start"], b["end"]) for b in weeks] == [
        ("2020-W39", "2020-09-21", "2020-09-27"),
        ("2020-W40", "2020-09-28", "2020-10-04"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
    ]
    months = counted(api, "bucket=month")["buckets"]
    assert [(b["start"], b["end"]) for b in months][1] == ("2020-10-01", "2020-10-31")
    years = counted(api, "bucket=year")["buckets"]
    assert (years[0]["start"], years[0]["end"]) == ("2020-01-01", "2020-12-31")


def test_groups_by_type_carry_the_vocabulary_labels(api: FlaskClient) -> None:
    data = counted(api, "bucket=month&by=type")
    assert data["by"] == "type"
    assert grouped(data) == {
        "2020-09": [("phone-call", 2), ("negotiations", 1), ("shelling", 1)],
        "2020-10": [("tc-envoy-visit", 1)],
        "2020-12": [("phone-call", 1)],
        "2021-01": [("tc-envoy-visit", 1)],
        "-": [("ceasefire", 1), ("negotiations", 1), ("phone-call", 1)],
    }
    names = {g["id"]: g["name"] for b in data["buckets"] for g in b["groups"]}
    assert names["tc-envoy-visit"] == "Envoy's visit (fixture)"  # the fixture's own label
    assert names["phone-call"] == vocabulary.base().terms["event_types"]["phone-call"].label["en"]


def test_an_event_counts_for_each_of_its_actors(api: FlaskClient) -> None:
    data = counted(api, "bucket=week&by=actor")
    assert grouped(data) == {
        "2020-W39": [("tc-envoy", 2), ("tc-marsh-guard", 1)],
        "2020-W40": [("tc-marsh-guard", 1)],
        "2020-W53": [("tc-envoy", 2), ("tc-lake-council", 1)],
        "-": [("tc-envoy", 3), ("tc-lake-council", 2)],
    }
    names = {g["id"]: g["name"] for g in data["too_imprecise"]["groups"]}
    assert names == {"tc-envoy": "Envoy Orla Fenn", "tc-lake-council": "Lake Council"}
    assert compact(data)[1:] == (5, 10)  # the totals count each event once


def test_groups_by_place_and_by_conflict(api: FlaskClient) -> None:
    places = counted(api, "bucket=year&by=place")
    assert grouped(places) == {
        "2020": [("tc-reedby", 4), ("tc-fenwick", 1), ("tc-marshland", 1)],
        "2021": [("tc-fenwick", 1)],
        "-": [("tc-marshland", 1)],
    }
    conflicts = counted(api, "bucket=year&by=conflict")
    assert grouped(conflicts) == {
        "2020": [("tc-marsh-dispute", 6), ("tc-river-dispute", 1)],
        "2021": [("tc-marsh-dispute", 1)],
        "-": [("tc-marsh-dispute", 2)],
    }
    assert conflicts["buckets"][0]["groups"][1]["name"] == "River dispute"


FILTERED = [
    # Overlapping 27-28 September: two days; the talks, the year and the open end overlap too.
    ("bucket=day&from=2020-09-27&to=2020-09-28", [("2020-09-27", 1), ("2020-09-28", 1)], 3),
    ("bucket=day&from=2020-09-27&to=2020-09-28&window=within",
     [("2020-09-27", 1), ("2020-09-28", 1)], 0),
    ("bucket=year&conflict=tc-river-dispute", [("2020", 1)], 0),
    ("bucket=week&actor=tc-marsh-guard", [("2020-W39", 1), ("2020-W40", 1)], 0),
    # The Marshland with the places within it; the review has no place, the contact neither.
    ("bucket=month&place=tc-marshland",
     [("2020-09", 4), ("2020-10", 1), ("2020-12", 1), ("2021-01", 1)], 1),
    ("bucket=day&type=phone-call",
     [("2020-09-22", 1), ("2020-09-27", 1), ("2020-12-31", 1)], 1),
    # As of 1 November 2020 the winter note was not yet published.
    ("bucket=year&as_of=2020-11-01", [("2020", 6)], 2),
    ("bucket=month&status=scheduled", [], 0),
]  # fmt: skip


@pytest.mark.parametrize(("query_string", "buckets", "imprecise"), FILTERED)
def test_the_timeline_filters_apply(
    api: FlaskClient, query_string: str, buckets: list[tuple[str, int]], imprecise: int
) -> None:
    total = sum(count for _, count in buckets) + imprecise
    assert compact(counted(api, query_string)) == (buckets, imprecise, total)


LISTED: dict[str, list[dict[str, Any]]] = {}  # the module's graph is read-only: list it once


def timeline_records(client: FlaskClient, filters: str) -> list[dict[str, Any]]:
    """Every record of the timeline list with these filters, page by page."""
    if filters in LISTED:
        return LISTED[filters]
    found: list[dict[str, Any]] = []
    cursor = ""
    while True:
        response = client.get(f"/api/v1/timeline?limit=4&{filters}{cursor}")
        assert response.status_code == 200, response.get_data(as_text=True)
        body = response.get_json()
        found += body["data"]
        if body["next_cursor"] is None:
            LISTED[filters] = found
            return found
        cursor = f"&cursor={body['next_cursor']}"


def key_of(bucket: str, day: dt.date) -> str:
    """The bucket a day is in, worked out apart from the service's code."""
    year, week, _ = day.isocalendar()
    return {
        "day": day.isoformat(),
        "week": f"{year}-W{week:02d}",
        "month": f"{day.year}-{day.month:02d}",
        "year": str(day.year),
    }[bucket]


def groups_of(record: dict[str, Any], by: str) -> list[str]:
    if by == "type":
        return [record["type"]]
    if by == "conflict":
        return [record["conflict"]] if record["conflict"] else []
    listed = record["participants"] if by == "actor" else record["places"]
    return sorted({item["id"] for item in listed})


def counts_from_the_list(
    records: list[dict[str, Any]], bucket: str, by: str
) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Count the listed records per bucket (None: too imprecise) and per (bucket, group)."""
    totals: Counter[str] = Counter()
    groups: Counter[tuple[str, str]] = Counter()
    for record in records:
        earliest, latest = record["date"]["earliest"], record["date"]["latest"]
        key = "-"
        if earliest and latest:
            first = key_of(bucket, dt.date.fromisoformat(earliest))
            if first == key_of(bucket, dt.date.fromisoformat(latest)):
                key = first
        totals[key] += 1
        groups.update((key, group) for group in groups_of(record, by))
    return totals, groups


CONSISTENCY_FILTERS = [
    "",
    "from=2020-09-23&to=2020-10-15",
    "from=2020-09-23&to=2020-10-15&window=within",
    "actor=tc-envoy",
    "actor=tc-envoy&actor=tc-marsh-guard&type=phone-call",
    "place=tc-reedby",
    "conflict=tc-marsh-dispute&to=2020-12",
    "q=telephones",
    "q=envoy&as_of=2020-11-01",
    "as_of=2020-11-01&from=2020-09",
]


@pytest.mark.parametrize("filters", CONSISTENCY_FILTERS)
@pytest.mark.parametrize(("bucket", "by"), [("day", "type"), ("week", "actor"),
                                            ("month", "place"), ("year", "conflict")])  # fmt: skip
def test_counts_equal_the_timeline_list_counted(
    api: FlaskClient, filters: str, bucket: str, by: str
) -> None:
    records = timeline_records(api, filters)
    totals, groups = counts_from_the_list(records, bucket, by)
    data = counted(api, f"bucket={bucket}&by={by}&{filters}")
    found_totals = Counter({b["key"]: b["count"] for b in data["buckets"]})
    found_totals["-"] = data["too_imprecise"]["count"]
    assert +found_totals == +totals
    found_groups = Counter(
        {(b["key"], g["id"]): g["count"] for b in data["buckets"] for g in b["groups"]}
    )
    found_groups.update({("-", g["id"]): g["count"] for g in data["too_imprecise"]["groups"]})
    assert found_groups == groups
    assert data["total"] == len(records)


def test_some_filters_of_the_consistency_test_select_something(api: FlaskClient) -> None:
    # Guards the consistency test against filters that all match nothing.
    sizes = [len(timeline_records(api, filters)) for filters in CONSISTENCY_FILTERS]
    assert sizes == [10, 7, 3, 7, 4, 4, 8, 3, 4, 8]


BAD = [
    ("bucket=hour", "bucket"),
    ("", "bucket"),
    ("bucket=week&by=speaker", "by"),
    ("bucket=week&by=", "by"),
    ("bucket=week&type=no-such-type", "type"),
    ("bucket=week&from=2020-13", "from"),
    ("bucket=week&limit=10", "limit"),
    ("bucket=week&include=all", "include"),
]


@pytest.mark.parametrize(("query_string", "parameter"), BAD)
def test_bad_parameters_are_refused_naming_them(
    api: FlaskClient, query_string: str, parameter: str
) -> None:
    response = api.get(f"/api/v1/timeline/counts?{query_string}")
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    problem = response.get_json()
    named = [item["name"] for item in problem.get("invalid_params", [])]
    assert parameter in named or parameter in problem["detail"], problem


def test_the_openapi_document_describes_the_counts(api: FlaskClient) -> None:
    spec = api.get("/openapi.json").get_json()
    operation = spec["paths"]["/api/v1/timeline/counts"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert parameters["bucket"]["required"] is True
    assert parameters["bucket"]["schema"]["enum"] == ["day", "week", "month", "year"]
    assert parameters["by"]["schema"]["enum"] == ["type", "actor", "place", "conflict"]
    assert {"from", "to", "actor", "place", "type", "conflict", "q", "as_of"} <= set(parameters)
    assert not {"limit", "cursor", "format", "include"} & set(parameters)
    schemas = spec["components"]["schemas"]
    assert set(schemas["Counts"]["properties"]) == {
        "bucket", "by", "buckets", "too_imprecise", "total"
    }  # fmt: skip


def test_a_window_is_sought_through_the_band_index(db: Database) -> None:
    with db.driver.session(database=db.name) as session:
        plan = session.run("EXPLAIN " + query("read/timeline_counts_banded")).consume().plan  # type: ignore[operator]

    def walk(node: Any) -> list[tuple[str, str]]:
        found = [(node["operatorType"], str(node.get("args", {}).get("Details", "")))]
        for child in node.get("children", []):
            found += walk(child)
        return found

    steps = walk(plan)
    assert not [op for op, _ in steps if "LabelScan" in op or "AllNodesScan" in op], steps
    assert any(
        "IndexSeek" in op and "(band, seek_key, end_key, id)" in details for op, details in steps
    ), steps


def test_a_narrow_window_reads_only_the_events_that_may_overlap_it(fixture_db: Database) -> None:
    # 31 December 2020: the day band holds that day's call, the year band the 2020 review, the
    # long band the open-ended ceasefire; the other seven events are never read.
    day = dates.parse("2020-12-31")
    unset = ("types", "statuses", "actors", "ids", "conflict", "place", "as_of_key", "by")
    params: dict[str, Any] = {
        **dict.fromkeys(unset),
        "from_key": day.start_key,
        "to_key": day.end_key,
        "within": False,
        "unit": "day",
        "bands": pages.bands("asc", day.start_key, day.end_key, [-1, -1, ""]),
    }
    with fixture_db.driver.session(database=fixture_db.name) as session:
        text = "PROFILE " + query("read/timeline_counts_banded")
        profile = session.run(text, params).consume().profile  # type: ignore[arg-type]

    def seeks(node: Any) -> int:
        rows = node.get("rows", 0) if "IndexSeek" in node["operatorType"] else 0
        return int(rows) + sum(seeks(child) for child in node.get("children", []))

    assert profile is not None
    assert seeks(profile) == 3


@pytest.mark.parametrize(
    ("bucket", "start", "expected"),
    [
        ("day", "2020-09-27", ("2020-09-27", "2020-09-27", "2020-09-27")),
        ("week", "2020-12-28", ("2020-W53", "2020-12-28", "2021-01-03")),
        ("week", "2024-12-30", ("2025-W01", "2024-12-30", "2025-01-05")),
        ("week", "9999-12-27", ("9999-W52", "9999-12-27", "9999-12-31")),
        ("month", "2024-02-01", ("2024-02", "2024-02-01", "2024-02-29")),
        ("month", "0800-12-01", ("0800-12", "0800-12-01", "0800-12-31")),
        ("year", "0988-01-01", ("0988", "0988-01-01", "0988-12-31")),
    ],
)
def test_bucket_keys_and_bounds(bucket: str, start: str, expected: tuple[str, str, str]) -> None:
    span = bucket_span(bucket, dt.date.fromisoformat(start))
    assert (span["key"], span["start"], span["end"]) == expected
