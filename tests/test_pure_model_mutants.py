"""Pure tests (no Neo4j) that kill the mutants of model/, the read path's paging and the query
parameters that survived the suite (issue 29): exact values a client or a curator would see."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest
from marshmallow import Schema, ValidationError

from kb_service.api.params import MAX_IDS, AsOfQuery, Paging, TimelineQuery
from kb_service.errors import InvalidParameter
from kb_service.model import dates, names
from kb_service.model.date_reading import read
from kb_service.model.text import printable, unsafe_character
from kb_service.read import keyset, pages
from kb_service.read.dated_lists import summarised

# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2020/2021-03", "year"),  # the common-form reader
        ("2020-09-27/2021?", "year"),  # the grammar: a qualifier sends it there
        ("2020-09/2020-10-05", "month"),
        ("2020-09-01/2020-09-05", "day"),
    ],
)
def test_an_interval_has_the_coarser_precision_of_its_two_ends(text: str, precision: str) -> None:
    assert dates.parse(text).precision == precision


def test_an_empty_end_is_read_as_unknown() -> None:
    assert read("1992/")["reading"] == "1992 to 2002, year precision, end unknown"
    assert read("1992/", "ar")["reading"] == "من 1992 إلى 2002، بدقة السنة، النهاية غير معروفة"
    assert read("/1992")["reading"] == "1982 to 1992, year precision, start unknown"
    assert read("1992/1994")["reading"] == "1992 to 1994, year precision"


READINGS = [
    ("2020-09-27", "27 Sep 2020, day precision", "27 سبتمبر 2020، بدقة اليوم"),
    ("2020-09", "Sep 2020, month precision", "سبتمبر 2020، بدقة الشهر"),
    ("2020", "2020, year precision", "2020، بدقة السنة"),
    (
        "2020-09-27?",
        "27 Sep 2020, day precision, uncertain",
        "27 سبتمبر 2020، بدقة اليوم، غير مؤكد",
    ),
    ("2020-09~", "Sep 2020, month precision, approximate", "سبتمبر 2020، بدقة الشهر، تقريبي"),
    ("../2020-09-27", "by 27 Sep 2020, start unknown", "حتى 27 سبتمبر 2020، البداية غير معروفة"),
    ("2020-09-27/..", "from 27 Sep 2020, end open", "منذ 27 سبتمبر 2020، النهاية مفتوحة"),
    (
        "2020-09-01/2020-09-05",
        "1 Sep 2020 to 5 Sep 2020, day precision",
        "من 1 سبتمبر 2020 إلى 5 سبتمبر 2020، بدقة اليوم",
    ),
    ("2020-21", "2020, season precision", "2020، بدقة الفصل"),
    (
        "198X",
        "some time between 1980 and 1989, decade precision",
        "في وقت ما بين 1980 و1989، بدقة العقد",
    ),
]


@pytest.mark.parametrize(("text", "english", "arabic"), READINGS)
def test_a_date_reads_back_in_english_and_arabic(text: str, english: str, arabic: str) -> None:
    assert (read(text)["reading"], read(text, "ar")["reading"]) == (english, arabic)


def test_a_read_date_gives_its_bounds_precision_and_qualifiers() -> None:
    assert read("2020-09~") == {
        "edtf": "2020-09~",
        "earliest": "2020-09-01",
        "latest": "2020-09-30",
        "precision": "month",
        "uncertain": False,
        "approximate": True,
        "reading": "Sep 2020, month precision, approximate",
    }
    assert (read("../2020-09-27")["earliest"], read("2020-09-27/..")["latest"]) == (None, None)


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "skeleton"),
    [("ايران", "ارن"), ("وليد", "ولد"), ("يريفان", "يرفن"), ("باكو", "بك")],
)
def test_an_arabic_skeleton_keeps_its_first_letter_even_a_long_vowel(
    word: str, skeleton: str
) -> None:
    assert names.skeleton(word) == skeleton


def test_a_proclitic_is_stripped_only_down_to_a_three_letter_stem() -> None:
    assert names.Forms.of("فبلد").variants == ("بلد",)
    assert names.Forms.of("وبلد").variants == ("بلد",)  # not لد: two letters
    assert names.Forms.of("وبه").variants == ()
    assert names.Forms.of("وبالجيش").variants == ("بالجيش", "الجيش")


# --- unsafe characters (model/text.py) ----------------------------------------------------------


def test_control_bidi_and_surrogate_characters_are_named_by_code_point() -> None:
    assert unsafe_character("a\tb") == "control character U+0009"  # one line by default
    assert unsafe_character("a\tb\nc", multiline=True) is None
    assert unsafe_character("a\x1bb", multiline=True) == "control character U+001B"
    assert unsafe_character("abc\u202e") == "bidirectional control character U+202E"
    assert unsafe_character("ab\ud800") == "lone surrogate U+D800"
    assert unsafe_character("سلام, мир") is None


def test_printable_escapes_what_a_terminal_would_obey_but_line_ends() -> None:
    assert printable("a\x1bb\u202ec\nd\ud800\te") == "a\\u001bb\\u202ec\nd\\ud800\\u0009e"
    assert printable("سلام, мир") == "سلام, мир"


# --- a record's versions (read/dated_lists.py) ---------------------------------------------------


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


# --- keyset paging (read/keyset.py, read/pages.py) -----------------------------------------------

BEFORE_ALL = [-(10**6), -(10**6), ""]  # the position before every row, ascending


def test_the_bands_of_a_first_page_reach_back_by_their_widest_span() -> None:
    found = keyset.bands("asc", 1000, 2000, BEFORE_ALL)
    assert [(b["name"], b["low"], b["high"]) for b in found] == [
        ("day", 1000, 2000),
        ("month", 970, 2000),
        ("year", 635, 2000),
        ("decade", -2659, 2000),
        ("long", 1, 2000),
        ("open_start", 1000, dates.OPEN_END_KEY),
    ]


def test_the_bands_after_a_position_start_there() -> None:
    found = keyset.bands("asc", 1000, 2000, [2500, 2500, "x"])
    assert [(b["name"], b["low"], b["high"]) for b in found] == [
        ("open_start", 2500, dates.OPEN_END_KEY)
    ]
    backwards = keyset.bands("desc", 1000, 2000, [1500, 1500, "x"])
    assert [(b["name"], b["low"], b["high"]) for b in backwards] == [
        ("day", 1000, 1500),
        ("month", 970, 1500),
        ("year", 635, 1500),
        ("decade", -2659, 1500),
        ("long", 1, 1500),
        ("open_start", 1000, 1500),
    ]


def test_the_bands_seek_from_the_position_s_seek_key_not_its_end() -> None:
    found = keyset.bands("asc", 1000, 2000, [1500, 1900, "x"])
    assert [(b["name"], b["low"]) for b in found][:2] == [("day", 1500), ("month", 1500)]
    # a band whose range is one seek key is kept
    assert keyset.bands("asc", 1000, 2000, [2000, 2000, "x"])[0] == {
        "name": "day",
        "low": 2000,
        "high": 2000,
    }
    assert keyset.capped([{"name": "day", "low": 5, "high": 9}], 5, "asc") == [
        {"name": "day", "low": 5, "high": 5}
    ]


def test_capped_bands_stop_at_the_last_row_of_the_dense_band() -> None:
    found = [
        {"name": "month", "low": 970, "high": 2000},
        {"name": "year", "low": 1300, "high": 2000},
    ]
    assert keyset.capped(found, 1200, "asc") == [{"name": "month", "low": 970, "high": 1200}]
    assert keyset.capped(found, 1200, "desc") == [
        {"name": "month", "low": 1200, "high": 2000},
        {"name": "year", "low": 1300, "high": 2000},
    ]


def test_narrowest_keeps_the_ids_in_both_lists_in_the_first_list_s_order() -> None:
    assert keyset.narrowest(["c", "a", "b"], ["b", "c"]) == ["c", "b"]
    assert keyset.narrowest(None, ["b"]) == ["b"]
    assert keyset.narrowest(["a"], None) == ["a"]
    assert keyset.narrowest(None, None) is None
    assert keyset.sort_key({"seek_key": 5, "end_key": 9, "id": "e", "x": 1}) == [5, 9, "e"]


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
    assert pages.page_of(rows, 3, keyset.sort_key) == (rows, None)
    kept, cursor = pages.page_of(rows, 2, keyset.sort_key)
    assert kept == rows[:2]
    assert pages.decode(cursor, (int, int, str)) == [1, 1, "r1"]
    more = [{"seek_key": n, "end_key": n + 1, "id": f"r{n}"} for n in range(5)]
    kept, cursor = pages.page_of(more, 3, keyset.sort_key)
    assert (kept, pages.decode(cursor, (int, int, str))) == (more[:3], [2, 3, "r2"])


# --- query parameters (api/params.py) ------------------------------------------------------------


def loaded(schema: Schema, query: dict[str, Any]) -> dict[str, Any]:
    """Load a query that must be accepted; return what the view receives."""
    return cast(dict[str, Any], schema.load(query))


def refused(schema: Schema, query: dict[str, Any]) -> Any:
    """Load a query that must be refused; return the messages by parameter."""
    with pytest.raises(ValidationError) as exc:
        schema.load(query)
    return exc.value.messages


def test_limit_is_at_most_500() -> None:
    assert loaded(Paging(), {"limit": "500"})["limit"] == 500
    assert refused(Paging(), {"limit": "501"}) == {
        "limit": ["Must be greater than or equal to 1 and less than or equal to 500."]
    }


def test_at_most_five_ids_of_one_parameter() -> None:
    assert MAX_IDS == 5
    five = [f"actor-{n}" for n in range(5)]
    assert loaded(TimelineQuery(), {"actor": five})["filters"].actors == five
    assert refused(TimelineQuery(), {"actor": [*five, "actor-5"]}) == {
        "actor": ["Longer than maximum length 5."]
    }


def test_as_of_a_month_answers_as_of_its_last_day() -> None:
    last_day = dt.date(2020, 9, 30).toordinal()
    assert loaded(TimelineQuery(), {"as_of": "2020-09"})["filters"].as_of_key == last_day
    assert loaded(AsOfQuery(), {"as_of": "2020-09"}) == {"as_of_key": last_day}
    assert loaded(AsOfQuery(), {}) == {"as_of_key": None}
