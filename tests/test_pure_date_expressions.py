"""Pure tests (no Neo4j) of the dates a draft reads in a passage
(curation/drafting/date_expressions.py): the words it takes as a date, in order, and the EDTF a
curator gets for each, in English, Arabic and Russian."""

from __future__ import annotations

import pytest

from kb_service.curation.drafting.date_expressions import find, first_full_date

PUBLISHED = "2020-10-10"  # a Saturday


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        # a number before a counted noun is no year; before a word that may follow a year it is
        ("1960 servicemen arrived", PUBLISHED, []),
        ("the 1992 war", PUBLISHED, []),
        ("a war in 1992 and later", PUBLISHED, [("in 1992", "1992", "year")]),
        ("1992 saw a war", PUBLISHED, [("1992", "1992", "bare-year")]),
        ("في 1992 وقال", PUBLISHED, [("1992", "1992", "bare-year")]),  # و begins a clause
        ("1992.", PUBLISHED, [("1992", "1992", "bare-year")]),  # nothing follows
        # days written with a numeric month: a dateline and ISO
        ("10.10.2020 Baku", None, [("10.10.2020", "2020-10-10", "day")]),
        ("3.9.2020 Baku", None, [("3.9.2020", "2020-09-03", "day")]),
        ("on 2020-11-10 the", None, [("2020-11-10", "2020-11-10", "day")]),
        # since: a month or a year, open at the end
        ("since September 2020", None, [("since September 2020", "2020-09/..", "since")]),
        ("since 1992", None, [("since 1992", "1992/..", "since")]),
        ("since 27 September", PUBLISHED, [("since 27 September", "2020-09-27/..", "since-day")]),
        (
            "since 27 September 2019",
            None,
            [("since 27 September 2019", "2019-09-27/..", "since-day")],
        ),
        ("с 27 сентября", PUBLISHED, [("с 27 сентября", "2020-09-27/..", "since-day")]),
        # weekdays: the last such day on or before the publication
        ("on Sunday", PUBLISHED, [("on Sunday", "2020-10-04", "weekday")]),
        ("on Saturday", PUBLISHED, [("on Saturday", "2020-10-10", "weekday")]),
        ("on Friday", PUBLISHED, [("on Friday", "2020-10-09", "weekday")]),
        # months and years of the publication
        ("в декабре", PUBLISHED, [("в декабре", "2019-12", "month-of-year")]),
        (
            "this month and last year",
            PUBLISHED,
            [("this month", "2020-10", "this-month"), ("last year", "2019", "last-year")],
        ),
        ("last month", "2020-01-15", [("last month", "2019-12", "last-month")]),
        # two dates in one passage, found by different patterns, in the passage's order
        (
            "in 2021, after September 2020",
            None,
            [("in 2021", "2021", "year"), ("September 2020", "2020-09", "month")],
        ),
        (
            "27 September 2020 and 28 September 2020",
            None,
            [
                ("27 September 2020", "2020-09-27", "day"),
                ("28 September 2020", "2020-09-28", "day"),
            ],
        ),
        # a letter whose lower case is longer (İ) keeps every match on the passage's own text
        ("İİ İstanbul, 27 September 2020", None, [("27 September 2020", "2020-09-27", "day")]),
        ("ИСТАНБУЛ, 27 СЕНТЯБРЯ 2020", None, [("27 СЕНТЯБРЯ 2020", "2020-09-27", "day")]),
    ],
)
def test_the_dates_of_a_passage_in_order_with_their_edtf(
    text: str, published: str | None, found: list[tuple[str, str, str]]
) -> None:
    assert [(d.text, d.edtf, d.how) for d in find(text, published)] == found
    for date in find(text, published):
        assert text[date.start : date.end] == date.text


def test_relative_dates_need_a_publication_day() -> None:
    assert find("on Sunday, since 27 September", None) == []
    assert find("on Sunday", "2020-10") == []
    assert find("on Sunday", "not a date") == []


def test_the_first_full_date_of_a_text_is_its_dateline() -> None:
    lines = iter(["Talks in 2020 went on.", "BAKU, 10.10.2020 - talks", "27 September 2020"])
    assert first_full_date(lines) == "2020-10-10"
    assert first_full_date(iter(["since 27 September 2020", "in 2020"])) is None
