"""Pure tests (no Neo4j) of model/dates.py that kill its mutants fast: the exact bounds,
precision, qualifiers, bands and refusals a curator or a client sees for each form. (The
Hypothesis properties of test_dates.py check agreement with the edtf package; these pin the
values themselves, and run in milliseconds under `make mutation`.)"""

from __future__ import annotations

import datetime as dt

import pytest

from kb_service.model import dates

D = dt.date


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision", "uncertain", "approximate"),
    [
        ("2020-02", D(2020, 2, 1), D(2020, 2, 29), "month", False, False),  # a leap year
        ("2021-02", D(2021, 2, 1), D(2021, 2, 28), "month", False, False),
        (" 2020 ", D(2020, 1, 1), D(2020, 12, 31), "year", False, False),
        ("2020%", D(2020, 1, 1), D(2020, 12, 31), "year", True, True),
        ("2020-09-XX", D(2020, 9, 1), D(2020, 9, 30), "month", False, False),
        ("2020-XX", D(2020, 1, 1), D(2020, 12, 31), "year", False, False),
        ("198X", D(1980, 1, 1), D(1989, 12, 31), "decade", False, False),
        ("19XX", D(1900, 1, 1), D(1999, 12, 31), "century", False, False),
        ("2020-09/2020-10", D(2020, 9, 1), D(2020, 10, 31), "month", False, False),
        ("../2020", None, D(2020, 12, 31), "year", False, False),
        ("2020/..", D(2020, 1, 1), None, "year", False, False),
        ("../..", None, None, "open", False, False),
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
def test_a_date_has_these_bounds_precision_and_qualifiers(
    text: str,
    earliest: dt.date | None,
    latest: dt.date | None,
    precision: str,
    uncertain: bool,
    approximate: bool,
) -> None:
    span = dates.parse(text)
    assert (span.edtf, span.earliest, span.latest) == (text.strip(), earliest, latest)
    assert (span.precision, span.uncertain, span.approximate) == (
        precision,
        uncertain,
        approximate,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "a date must be a non-empty EDTF string"),
        ("  ", "a date must be a non-empty EDTF string"),
        ("x" * 65, "a date is at most 64 characters"),
        ("٢٠٢٠", "'٢٠٢٠' is not a valid EDTF date: write it in ASCII with ASCII digits (0-9)"),
        ("late‐summer", "'late‐summer' is not a valid EDTF date: write it in ASCII"),  # no digit
        ("[2020]", "'[2020]' is an EDTF set or list; give one date or an interval"),
        ("{2020}", "'{2020}' is an EDTF set or list; give one date or an interval"),
        ("2020-02-30", "'2020-02-30' names a day that does not exist"),
        ("2021-02-29?", "'2021-02-29?' names a day that does not exist"),
        ("0000", "'0000' lies outside the years 1 to 9999 that can be stored"),
        ("-0001", "'-0001' lies outside the years 1 to 9999 that can be stored"),
        ("2020-13", "'2020-13' is not a valid EDTF date"),
        ("2020-00", "'2020-00' is not a valid EDTF date"),
        ("1994/1992", "'1994/1992' ends before it starts"),
        ("2020-09-2X", "'2020-09-2X' is not a date this service can store"),
        ("2020-02-30/2021", "'2020-02-30/2021' names a day that does not exist"),  # the fast reader
        (
            "2021-02-29T10:00:00",
            "'2021-02-29T10:00:00' names a day that does not exist",
        ),  # the grammar, lower end
        (
            "2020/2021-02-29?",
            "'2020/2021-02-29?' names a day that does not exist",
        ),  # the grammar, upper end
        ("2020-09-27~/2020-09-26", "'2020-09-27~/2020-09-26' ends before it starts"),
        ("0000-01?/..", "'0000-01?/..' lies outside the years 1 to 9999 that can be stored"),
    ],
)
def test_a_date_that_cannot_be_stored_is_refused_with_its_reason(text: str, message: str) -> None:
    with pytest.raises(dates.InvalidDate) as refused:
        dates.parse(text)
    assert str(refused.value) == message


def test_only_a_string_is_a_date() -> None:
    with pytest.raises(dates.InvalidDate, match=r"^a date must be a non-empty EDTF string$"):
        dates.parse(None)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def test_a_date_is_stored_with_its_keys_and_band() -> None:
    start, end = D(2020, 9, 1).toordinal(), D(2020, 9, 30).toordinal()
    assert dates.parse("2020-09~").properties() == {
        "date": "2020-09~",
        "start": D(2020, 9, 1),
        "end": D(2020, 9, 30),
        "start_key": start,
        "end_key": end,
        "precision": "month",
        "uncertain": False,
        "approximate": True,
        "band": "month",
        "seek_key": start,
    }
    span = dates.parse("../..")
    assert (span.start_key, span.end_key) == (dates.OPEN_START_KEY, dates.OPEN_END_KEY)
    assert (
        dates.parse_bound("2020-09", upper=False),
        dates.parse_bound("2020-09", upper=True),
    ) == (
        start,
        end,
    )


@pytest.mark.parametrize(
    ("start", "end", "band", "seek"),
    [
        (dates.OPEN_START_KEY, 100, "open_start", 100),  # sought by its end
        (10, 10, "day", 10),
        (10, 40, "month", 10),  # 31 days
        (10, 41, "year", 10),
        (10, 375, "year", 10),  # 366 days
        (10, 376, "decade", 10),
        (10, 3669, "decade", 10),  # 3,660 days
        (10, 3670, "long", 10),
    ],
)
def test_a_span_is_stored_in_the_band_of_its_length(
    start: int, end: int, band: str, seek: int
) -> None:
    assert dates.band_keys(start, end) == {"band": band, "seek_key": seek}
