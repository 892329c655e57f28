"""Pure tests (no Neo4j) of model/dates.py's two ways of reading a date: the common forms take
the fast reader and give what the EDTF grammar gives; every other form goes to the grammar (the
bounds, precision, qualifiers and refusals of both paths' edges are in test_pure_dates_mutants;
test_dates.py checks the same on generated dates, with Hypothesis), and a date reads back in
words."""

from __future__ import annotations

import datetime as dt

import pytest

from kb_service.model import date_reading, dates

D = dt.date


@pytest.mark.parametrize(
    "text",
    [
        "2020",
        "2020-01",  # both ends of the months
        "2020-12",
        "2020-09-27",
        "2020-09-27?",
        "2020-09~",
        "2020%",
        "1992/1994",
        "1992-12/1993",  # a month to a year: the coarser precision
        "2020-09/2020-10-05",
        "../2020-09-27",
        "2020-09-27/..",
        "2020-09-27/2020-09-27",  # one day written as an interval
    ],
)
def test_a_common_form_takes_the_fast_reader_and_agrees_with_the_grammar(text: str) -> None:
    fast = dates._parse_simple(text)
    assert fast is not None
    assert fast == dates._parse_with_grammar(text)


@pytest.mark.parametrize(
    "text",
    ["2020/2021?", "2020?/2021", "2020/2021/2022", "../..", "2020-XX", "2020/21", "0000"],
)
def test_other_forms_go_to_the_grammar(text: str) -> None:
    assert dates._parse_simple(text) is None


@pytest.mark.parametrize(
    ("text", "english", "arabic"),
    [
        ("../..", ".. to ..", "من .. إلى .."),
        ("2020-21", "2020, season precision", "2020، بدقة الفصل"),
        (
            "201X",
            "some time between 2010 and 2019, decade precision",
            "في وقت ما بين 2010 و2019، بدقة العقد",
        ),
        ("2020/..", "from 2020, end open", "منذ 2020، النهاية مفتوحة"),
    ],
)
def test_a_date_reads_back_in_words_english_unless_asked(
    text: str, english: str, arabic: str
) -> None:
    span = dates.parse(text)
    assert (date_reading.words(span), date_reading.words(span, "ar")) == (english, arabic)
