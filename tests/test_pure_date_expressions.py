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
        ("1960 servicemen; 1992 saw", PUBLISHED, [("1992", "1992", "bare-year")]),
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
        # a day count: since the first day, the publication the last counted
        ("now in its fourteenth day", PUBLISHED, []),  # ordinals in words up to the tenth
        ("in its sixth day", PUBLISHED, [("in its sixth day", "2020-10-05/..", "day-count")]),
        ("in its 14th day", PUBLISHED, [("in its 14th day", "2020-09-27/..", "day-count")]),
        ("in its first day", PUBLISHED, [("in its first day", "2020-10-10/..", "day-count")]),
        ("in its sixth day", None, []),
        # weekdays: the last such day on or before the publication
        ("on Sunday", PUBLISHED, [("on Sunday", "2020-10-04", "weekday")]),
        ("on Saturday", PUBLISHED, [("on Saturday", "2020-10-10", "weekday")]),
        ("on Friday", PUBLISHED, [("on Friday", "2020-10-09", "weekday")]),
        # a Russian weekday's adjective after в: that day (Sunday's interview)
        ("в воскресном интервью", PUBLISHED, [("в воскресном", "2020-10-04", "weekday")]),
        ("в субботнем заявлении", PUBLISHED, [("в субботнем", "2020-10-10", "weekday")]),
        ("в пятничной сводке", PUBLISHED, [("в пятничной", "2020-10-09", "weekday")]),
        # a weekday to come: the first such day after the publication (a Saturday: the next
        # Saturday is a week on)
        ("next Saturday", PUBLISHED, [("next Saturday", "2020-10-17", "next-weekday")]),
        ("ends tomorrow, Sunday", PUBLISHED, [("tomorrow, Sunday", "2020-10-11", "next-weekday")]),
        ("تنتهي غدا الأحد", PUBLISHED, [("غدا الأحد", "2020-10-11", "next-weekday")]),
        ("يوم الاثنين المقبل", PUBLISHED, [("يوم الاثنين المقبل", "2020-10-12", "next-weekday")]),
        ("الجمعة القادم", PUBLISHED, [("الجمعة القادم", "2020-10-16", "next-weekday")]),
        (
            "завтра, в воскресенье",
            PUBLISHED,
            [("завтра, в воскресенье", "2020-10-11", "next-weekday")],
        ),
        ("в следующий вторник", PUBLISHED, [("в следующий вторник", "2020-10-13", "next-weekday")]),
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
        # two days joined by a dash are one span, of the year written or the publication's
        (
            "the war of 27 September - 10 November 2020",
            None,
            [("27 September - 10 November 2020", "2020-09-27/2020-11-10", "day-range")],
        ),
        (
            "война 27 сентября – 10 ноября",
            "2020-12-20",
            [("27 сентября – 10 ноября", "2020-09-27/2020-11-10", "day-range")],
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


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("earlier", "../2020-10-10"),
        ("yesterday", "2020-10-09"),
        ("today", "2020-10-10"),
        ("this year", "2020"),
        # since a day without its year: of the publication's year, never after the publication
        ("since 10 October", "2020-10-10/.."),
        ("since 11 October", "2019-10-11/.."),
        # a day without its year: up to 60 days after the publication, else the year before
        ("on 25 October", "2020-10-25"),
        ("on 9 December", "2020-12-09"),
        ("on 10 December", "2019-12-10"),
        # since a month, in a month: the last such month up to the publication's
        ("since October", "2020-10/.."),
        ("since November", "2019-11/.."),
        ("in October", "2020-10"),
        ("in November", "2019-11"),
        # weekdays written in each way the patterns know
        ("on last Monday", "2020-10-05"),
        ("в ночь на вторник", "2020-10-06"),
        ("وأعلنت الاثنين", "2020-10-05"),
        ("Armenia said Thursday", "2020-10-08"),
    ],
)
def test_relative_dates_are_read_against_the_publication_day(text: str, edtf: str) -> None:
    assert [d.edtf for d in find(text, PUBLISHED)] == [edtf]


def test_a_day_that_does_not_exist_is_no_date() -> None:
    assert find("on 29 February", "2021-03-01") == []  # 2021 has no 29 February
    found = find("on 31 February 2020 or 3 March 2020", None)
    assert [(d.text, d.edtf) for d in found] == [
        ("February 2020", "2020-02"),
        ("3 March 2020", "2020-03-03"),
    ]


def test_a_pattern_goes_on_after_a_match_that_an_earlier_pattern_took() -> None:
    found = find("27 September 2020, then October 2021", None)
    assert [d.edtf for d in found] == ["2020-09-27", "2021-10"]
    found = find("27 September 2020 and 28 September 2020, in 2021", None)
    assert [d.edtf for d in found] == ["2020-09-27", "2020-09-28", "2021"]
    assert [d.edtf for d in find("1992 - 1994", None)] == ["1992/1994"]


def test_relative_dates_need_a_publication_day() -> None:
    assert find("on Sunday, since 27 September", None) == []
    assert find("on Sunday", "2020-10") == []
    assert find("on Sunday", "not a date") == []


def test_the_first_full_date_of_a_text_is_its_dateline() -> None:
    lines = iter(["Talks in 2020 went on.", "BAKU, 10.10.2020 - talks", "27 September 2020"])
    assert first_full_date(lines) == "2020-10-10"
    assert first_full_date(iter(["since 27 September 2020", "in 2020"])) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a weekday next to the day it names is no date of its own: the day is
        ("talked on Friday, Oct. 2, by phone", [("Oct. 2", "2020-10-02", "day-of-year")]),
        ("говорили в пятницу, 2 октября, — так", [("2 октября", "2020-10-02", "day-of-year")]),
        ("2 октября, в пятницу,", [("2 октября", "2020-10-02", "day-of-year")]),
        ("تحادثا يوم الجمعة 2 أكتوبر هاتفيا", [("2 أكتوبر", "2020-10-02", "day-of-year")]),
        ("تحادثا الجمعة، 2 أكتوبر، هاتفيا", [("2 أكتوبر", "2020-10-02", "day-of-year")]),
        # but a weekday apart from it, or next to a day counted back, is its own
        (
            "on Friday and on 2 October",
            [("on Friday", "2020-10-09", "weekday"), ("2 October", "2020-10-02", "day-of-year")],
        ),
        (
            "أول أمس الخميس",
            [
                ("أول أمس", "2020-10-08", "day-before-yesterday"),
                ("الخميس", "2020-10-08", "weekday"),
            ],
        ),
        ("позавчера", [("позавчера", "2020-10-08", "day-before-yesterday")]),
        (
            "the day before yesterday",
            [("the day before yesterday", "2020-10-08", "day-before-yesterday")],
        ),
    ],
)
def test_a_weekday_next_to_its_day_and_the_day_before_yesterday(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    assert [(d.text, d.edtf, d.how) for d in find(text, PUBLISHED)] == found


@pytest.mark.parametrize(
    ("adjective", "edtf"),
    [
        ("понедельничном", "2020-10-05"),
        ("понедельничной", "2020-10-05"),
        ("вторничном", "2020-10-06"),
        ("вторничной", "2020-10-06"),
        ("четверговом", "2020-10-08"),
        ("четверговой", "2020-10-08"),
        ("пятничном", "2020-10-09"),
        ("пятничной", "2020-10-09"),
        ("субботнем", "2020-10-10"),
        ("субботней", "2020-10-10"),
        ("воскресном", "2020-10-04"),
        ("воскресной", "2020-10-04"),
    ],
)
def test_a_russian_weekdays_adjective_dates_its_noun(adjective: str, edtf: str) -> None:
    found = find(f"говорится в {adjective} обращении", PUBLISHED)
    assert [(f.edtf, f.how) for f in found] == [(edtf, "weekday")]
