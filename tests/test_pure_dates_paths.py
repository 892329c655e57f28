"""Pure tests (no Neo4j) of model/dates.py's two ways of reading a date: the common forms take
the fast reader and give what the EDTF grammar gives; every other form goes to the grammar, whose
bounds, precision, qualifiers and refusals a curator sees (test_dates.py checks the same on
generated dates, with Hypothesis; these are the edges, written out)."""

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
    ("text", "earliest", "latest", "precision", "uncertain", "approximate"),
    [
        ("2020-09?/2020-10-05~", D(2020, 9, 1), D(2020, 10, 5), "month", True, True),
        ("2020-09%/2020-10", D(2020, 9, 1), D(2020, 10, 31), "month", True, True),
        ("2020-09-XX?", D(2020, 9, 1), D(2020, 9, 30), "month", True, False),
        ("2020-09-27/2020-10?", D(2020, 9, 27), D(2020, 10, 31), "month", True, False),
        ("201X/2025", D(2010, 1, 1), D(2025, 12, 31), "decade", False, False),
        ("2020-21/2020-24", D(2020, 3, 1), D(2020, 12, 31), "season", False, False),
        ("9999-12?/..", D(9999, 12, 1), None, "month", True, False),  # the last storable year
        ("0001-01?/0001-02", D(1, 1, 1), D(1, 2, 28), "month", True, False),  # the first
        ("2020-09-27T10:00:00", D(2020, 9, 27), D(2020, 9, 27), "day", False, False),
    ],
)
def test_the_grammar_gives_bounds_precision_and_qualifiers(
    text: str,
    earliest: dt.date | None,
    latest: dt.date | None,
    precision: str,
    uncertain: bool,
    approximate: bool,
) -> None:
    span = dates.parse(text)
    assert (span.earliest, span.latest, span.precision) == (earliest, latest, precision)
    assert (span.uncertain, span.approximate) == (uncertain, approximate)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2020-02-30/2021", "names a day that does not exist"),  # the fast reader
        ("2021-02-29T10:00:00", "names a day that does not exist"),  # the grammar, lower end
        ("2020/2021-02-29?", "names a day that does not exist"),  # the grammar, upper end
        ("2020-09-27~/2020-09-26", "ends before it starts"),
        ("0000-01?/..", "lies outside the years 1 to 9999 that can be stored"),
    ],
)
def test_a_refused_date_names_itself_and_the_reason(text: str, reason: str) -> None:
    with pytest.raises(dates.InvalidDate) as refused:
        dates.parse(text)
    assert str(refused.value) == f"'{text}' {reason}"


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
