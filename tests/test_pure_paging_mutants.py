"""Pure tests (no Neo4j) that kill the mutants of the read path's paging and of a record's
summary that survived the suite (issue 29): the exact records, bands and cursors a client gets."""

from __future__ import annotations

import datetime as dt

import pytest

from kb_service.errors import InvalidParameter
from kb_service.model import dates
from kb_service.read import pages
from kb_service.read.records import summarised

# --- a record's versions (read/records.py) ---------------------------------------------------


def version(source: str, published: str, **claim: object) -> dict[str, object]:
    """An event version as the record query returns it."""
    return {
        "source": {"id": source},
        "published_key": dt.date.fromisoformat(published).toordinal(),
        "claim": {
            "date": "2020-09-27",
            "title": f"As {source} tells it",
            "type": "meeting",
            **claim,
        },
        "participants": [{"id": "alice"}],
    }


def test_versions_that_differ_only_in_status_do_not_disagree() -> None:
    record = {
        "kind": "event",
        "id": "meeting",
        "versions": [
            version("early", "2020-09-27", status="ongoing"),
            version("late", "2020-09-28", status="occurred"),
        ],
    }
    shown = summarised(record)
    assert (shown["status"], shown["title"]) == ("occurred", "As late tells it")
    assert (shown["disagree_on"], shown["sources_disagree"]) == ([], False)
    assert shown["versions"][0] == {"source": {"id": "early"}, "participants": [{"id": "alice"}]}


def test_versions_of_another_type_and_date_disagree() -> None:
    record = {
        "kind": "event",
        "id": "meeting",
        "versions": [
            version("early", "2020-09-27", type="call", date="2020-09-20"),
            version("late", "2020-09-28"),
        ],
    }
    shown = summarised(record)
    assert (shown["disagree_on"], shown["sources_disagree"]) == (["date", "type"], True)
    assert shown["date"]["edtf"] == "2020-09-27"  # the narrowest, then the latest published


def test_an_event_record_shows_its_latest_version_s_fields() -> None:
    early = version("early", "2020-09-27", date="2020-09", status="ongoing", summary="old")
    late = version(
        "late",
        "2020-09-28",
        date="2020-09-27?",
        title_ar="لقاء",
        plover="CONSULT",
        cameo="040",
        summary="They met.",
        renewal_every="P1M",
        renewal_automatic=True,
        renewal_unless="either side objects",
    )
    late["participants"] = [{"id": "bob"}]
    shown = summarised({"kind": "event", "id": "meeting", "versions": [early, late]})
    assert shown == {
        "kind": "event",
        "id": "meeting",
        "title": "As late tells it",
        "title_ar": "لقاء",
        "type": "meeting",
        "plover": "CONSULT",
        "cameo": "040",
        "summary": "They met.",
        "status": "occurred",
        "renewal": {"every": "P1M", "automatic": True, "unless": "either side objects"},
        "date": {
            "edtf": "2020-09-27?",
            "earliest": "2020-09-27",
            "latest": "2020-09-27",
            "precision": "day",
            "uncertain": True,
            "approximate": False,
        },
        "disagree_on": ["participants"],
        "sources_disagree": True,
        "versions": [
            {"source": {"id": "early"}, "participants": [{"id": "alice"}]},
            {"source": {"id": "late"}, "participants": [{"id": "bob"}]},
        ],
    }


def test_a_statement_record_shows_its_version_s_fields() -> None:
    claim = {"date": "2020", "kind": "claim", "quote": "q", "language": "en", "text_en": "Q"}
    record = {
        "kind": "statement",
        "id": "said",
        "versions": [
            {"source": {"id": "a"}, "published_key": 738000, "claim": claim, "speakers": ["x"]}
        ],
    }
    assert summarised(record) == {
        "kind": "statement",
        "id": "said",
        "statement_kind": "claim",
        "plover": None,
        "quote": "q",
        "language": "en",
        "text_en": "Q",
        "date": {
            "edtf": "2020",
            "earliest": "2020-01-01",
            "latest": "2020-12-31",
            "precision": "year",
            "uncertain": False,
            "approximate": False,
        },
        "disagree_on": [],
        "sources_disagree": False,
        "versions": [{"source": {"id": "a"}, "speakers": ["x"]}],
    }


# --- keyset paging (read/pages.py) -----------------------------------------------

BEFORE_ALL = [-(10**6), -(10**6), ""]  # the position before every row, ascending


def test_the_bands_of_a_first_page_reach_back_by_their_widest_span() -> None:
    found = pages.bands("asc", 1000, 2000, BEFORE_ALL)
    assert [(b["name"], b["low"], b["high"]) for b in found] == [
        ("day", 1000, 2000),
        ("month", 970, 2000),
        ("year", 635, 2000),
        ("decade", -2659, 2000),
        ("long", 1, 2000),
        ("open_start", 1000, dates.OPEN_END_KEY),
    ]


def test_the_bands_after_a_position_start_there() -> None:
    found = pages.bands("asc", 1000, 2000, [2500, 2500, "x"])
    assert [(b["name"], b["low"], b["high"]) for b in found] == [
        ("open_start", 2500, dates.OPEN_END_KEY)
    ]
    backwards = pages.bands("desc", 1000, 2000, [1500, 1500, "x"])
    assert [(b["name"], b["low"], b["high"]) for b in backwards] == [
        ("day", 1000, 1500),
        ("month", 970, 1500),
        ("year", 635, 1500),
        ("decade", -2659, 1500),
        ("long", 1, 1500),
        ("open_start", 1000, 1500),
    ]


def test_the_bands_seek_from_the_position_s_seek_key_not_its_end() -> None:
    found = pages.bands("asc", 1000, 2000, [1500, 1900, "x"])
    assert [(b["name"], b["low"]) for b in found][:2] == [("day", 1500), ("month", 1500)]
    # a band whose range is one seek key is kept
    assert pages.bands("asc", 1000, 2000, [2000, 2000, "x"])[0] == {
        "name": "day",
        "low": 2000,
        "high": 2000,
    }
    assert pages.capped([{"name": "day", "low": 5, "high": 9}], 5, "asc") == [
        {"name": "day", "low": 5, "high": 5}
    ]


def test_capped_bands_stop_at_the_last_row_of_the_dense_band() -> None:
    found = [
        {"name": "month", "low": 970, "high": 2000},
        {"name": "year", "low": 1300, "high": 2000},
    ]
    assert pages.capped(found, 1200, "asc") == [{"name": "month", "low": 970, "high": 1200}]
    assert pages.capped(found, 1200, "desc") == [
        {"name": "month", "low": 1200, "high": 2000},
        {"name": "year", "low": 1300, "high": 2000},
    ]


def test_narrowest_keeps_the_ids_in_both_lists_in_the_first_list_s_order() -> None:
    assert pages.narrowest(["c", "a", "b"], ["b", "c"]) == ["c", "b"]
    assert pages.narrowest(None, ["b"]) == ["b"]
    assert pages.narrowest(["a"], None) == ["a"]
    assert pages.narrowest(None, None) is None
    assert pages.sort_key({"seek_key": 5, "end_key": 9, "id": "e", "x": 1}) == [5, 9, "e"]


def test_a_page_cursor_round_trips_and_a_foreign_one_is_refused() -> None:
    cursor = pages.encode([738000, 738001, "event-é"])
    assert "=" not in cursor
    assert pages.decode(cursor, (int, int, str)) == [738000, 738001, "event-é"]
    assert pages.decode(None, (int,)) is None
    for shape in ((int, int), (int, int, int), (int, str, str)):
        with pytest.raises(InvalidParameter, match="is not a cursor this API issued"):
            pages.decode(cursor, shape)
    with pytest.raises(InvalidParameter):
        pages.decode(pages.encode([True, 1, "a"]), (int, int, str))
    with pytest.raises(InvalidParameter):
        pages.decode(pages.encode([2**63, 1, "a"]), (int, int, str))


def test_a_cursor_is_the_compact_json_of_the_sort_key_in_url_safe_base64() -> None:
    # '[1,2,"é"]' in UTF-8, base64url without its padding: a client sees this exact token
    assert pages.encode([1, 2, "é"]) == "WzEsMiwiw6kiXQ"
    assert pages.decode("WzEsMiwiw6kiXQ", (int, int, str)) == [1, 2, "é"]
    edges = [-(2**63), 2**63 - 1, "a"]  # what Neo4j's integers hold, both ends included
    assert pages.decode(pages.encode(edges), (int, int, str)) == edges


@pytest.mark.parametrize(
    "cursor",
    ["%%%", "bm90IGpzb24", pages.encode([1, 2]), pages.encode([-(2**63) - 1, 1, "a"])],
)
def test_a_foreign_cursor_is_refused_naming_the_cursor_parameter(cursor: str) -> None:
    with pytest.raises(InvalidParameter) as refused:
        pages.decode(cursor, (int, int, str))
    assert (refused.value.name, refused.value.reason) == (
        "cursor",
        "is not a cursor this API issued",
    )


def test_a_page_is_cut_at_the_limit_with_a_cursor_at_its_last_row() -> None:
    rows = [{"seek_key": n, "end_key": n, "id": f"r{n}"} for n in range(3)]
    assert pages.page_of(rows, 3, pages.sort_key) == (rows, None)
    kept, cursor = pages.page_of(rows, 2, pages.sort_key)
    assert kept == rows[:2]
    assert pages.decode(cursor, (int, int, str)) == [1, 1, "r1"]
    more = [{"seek_key": n, "end_key": n + 1, "id": f"r{n}"} for n in range(5)]
    kept, cursor = pages.page_of(more, 3, pages.sort_key)
    assert (kept, pages.decode(cursor, (int, int, str))) == (more[:3], [2, 3, "r2"])
