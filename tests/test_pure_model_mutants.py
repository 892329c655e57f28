"""Pure tests (no Neo4j) that kill the mutants of model/ and of the query parameters that
survived the suite (issue 29): the exact values a client or a curator would see."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest
from marshmallow import Schema, ValidationError

from kb_service.api.param_fields import MAX_IDS
from kb_service.api.params import AsOfQuery, Paging, TimelineQuery
from kb_service.model import dates, names
from kb_service.model.date_reading import read
from kb_service.model.text import printable, unsafe_character

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
    # the first control character past a line end
    assert unsafe_character("a\nb\x1b", multiline=True) == "control character U+001B"
    assert unsafe_character("abc\u202e") == "bidirectional control character U+202E"
    assert unsafe_character("ab\ud800") == "lone surrogate U+D800"
    assert unsafe_character("سلام, мир") is None


def test_printable_escapes_what_a_terminal_would_obey_but_line_ends() -> None:
    assert printable("a\x1bb\u202ec\nd\ud800\te") == "a\\u001bb\\u202ec\nd\\ud800\\u0009e"
    assert printable("سلام, мир") == "سلام, мир"


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
