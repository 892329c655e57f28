"""EDTF parsing, as properties with the edtf package as the oracle: the fast path for common
forms gives the bounds the package gives, and anything else is refused, never an error."""

from __future__ import annotations

import datetime as dt
import math
import time
from typing import Any

import edtf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_service.model import dates
from kb_service.model.date_reading import refusal

# Deterministic, so that every run checks the same examples and reports one test each.
PROPERTY = settings(max_examples=400, deadline=None, derandomize=True, database=None)
CUT = {"day": 10, "month": 7, "year": 4}
ORDER = ["day", "month", "year"]
DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@st.composite
def written(draw: Any) -> tuple[str, str]:
    """A day written at a precision: `2020-09-27`, `2020-09` or `2020`."""
    precision = draw(st.sampled_from(ORDER))
    return draw(DAYS).isoformat()[: CUT[precision]], precision


@st.composite
def common_forms(draw: Any) -> tuple[str, str]:
    """What curators write: a date with an optional qualifier, or an interval of unqualified
    dates with `..` for an open end; with the precision the text gives."""
    first, first_precision = draw(written())
    shape = draw(st.sampled_from(["single", "interval", "open-end", "open-start"]))
    if shape == "single":
        return first + draw(st.sampled_from(["", "?", "~", "%"])), first_precision
    if shape == "open-end":
        return f"{first}/..", first_precision
    if shape == "open-start":
        return f"../{first}", first_precision
    second, second_precision = draw(written())
    coarser = max(first_precision, second_precision, key=ORDER.index)
    return f"{first}/{second}", coarser


def oracle(text: str) -> tuple[dt.date | None, dt.date | None, Any] | None:
    """The edtf package's own earliest and latest days (None for an open end), or None when
    the package refuses the text or its bounds are no day of the calendar."""
    try:
        parsed: Any = edtf.parse_edtf(text)  # the package has no type hints
    except Exception:  # the package raises several types
        return None

    def day(value: Any) -> dt.date | None:
        if isinstance(value, float) and math.isinf(value):
            return None
        assert isinstance(value, time.struct_time), value
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)

    try:
        return day(parsed.lower_strict()), day(parsed.upper_strict()), parsed
    except (ValueError, AttributeError):
        return None


@PROPERTY
@given(common_forms())
def test_common_forms_take_the_fast_path_and_agree_with_the_edtf_package(
    form: tuple[str, str],
) -> None:
    text, precision = form
    expected = oracle(text)
    assert expected is not None, text  # every generated form is valid EDTF
    earliest, latest, parsed = expected
    if earliest and latest and latest < earliest:  # an interval that ends before it starts
        with pytest.raises(dates.InvalidDate, match="ends before it starts"):
            dates.parse(text)
        return
    dates._parse.cache_clear()
    assert dates._parse_simple(text) is not None, text
    span = dates.parse(text)
    assert (span.earliest, span.latest) == (earliest, latest)
    assert span.precision == precision
    assert span.edtf == text
    assert span.uncertain == text.endswith(("?", "%"))
    assert span.approximate == text.endswith(("~", "%"))
    if not isinstance(parsed, edtf.Interval):
        assert span.uncertain == bool(parsed.is_uncertain or parsed.is_uncertain_and_approximate)


# What a curator may type: EDTF's own characters, digits of every script (Arabic-Indic ٠-٩,
# Persian ۰-۹, fullwidth ０-９ ...), and anything else in Unicode.
EDTF_SYMBOLS = st.sampled_from(list("-/.?~%XYSu[]{},: "))
ANY_DIGIT = st.characters(categories=["Nd"])
TYPED = st.text(
    alphabet=st.one_of(EDTF_SYMBOLS, ANY_DIGIT, st.characters()), min_size=1, max_size=24
)


def check_read_or_refused(text: str) -> None:
    """The service's bounds are the package's, or the text is refused with InvalidDate (never
    another exception); what the service takes is ASCII, as EDTF is."""
    try:
        span = dates.parse(text)
    except dates.InvalidDate as exc:
        # A refusal names one of the known reasons, and calls the text no valid EDTF only when
        # the package refuses it too: a parser that refused everything would fail here.
        reason = refusal(str(exc))
        assert reason is not None, str(exc)
        if reason[0] == "date_not_edtf":
            assert oracle(text.strip()) is None, text
        return
    assert text.isascii(), text
    expected = oracle(text.strip())
    assert expected is not None, text  # what the service takes, the package reads
    assert (span.earliest, span.latest) == expected[:2], text


@PROPERTY
@given(st.text(alphabet="0123456789-/.?~%XYSu[]{},: ", min_size=1, max_size=24))
def test_any_text_is_a_date_the_package_reads_or_is_refused(text: str) -> None:
    """Whatever a curator types in EDTF's characters is read as the package reads it, or refused."""
    check_read_or_refused(text)


@PROPERTY
@given(TYPED)
def test_any_unicode_text_is_a_date_the_package_reads_or_is_refused(text: str) -> None:
    """Digits of other scripts and any other character are refused, never stored."""
    check_read_or_refused(text)


@PROPERTY
@given(common_forms(), st.data())
def test_a_common_form_in_another_scripts_digits_is_refused(
    form: tuple[str, str], data: st.DataObject
) -> None:
    """`٢٠٢٠-٠٩-٢٦` is the day 2020-09-26 to a reader, but not EDTF: it is refused, never stored."""
    text = form[0]
    zero = data.draw(st.sampled_from(["\u0660", "\u06f0", "\uff10", "\u0966"]))
    foreign = "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)
    dates._parse.cache_clear()
    with pytest.raises(dates.InvalidDate, match="ASCII digits"):
        dates.parse(foreign)


@pytest.mark.parametrize(
    "text",
    [
        "2019-02-29",
        "2021-13",
        "2021-00-10",
        "1994/1992",
        "0000",
        "20201",
        "2020-9-27",
        "abc",
        "Y-12000",
        "[..2020]",
        "{2020,2021}",
    ],
)
def test_invalid_dates_are_refused(text: str) -> None:
    dates._parse.cache_clear()
    with pytest.raises(dates.InvalidDate):
        dates.parse(text)


@pytest.mark.parametrize(
    "text", ["19XX", "2020-21", "2020?/2021", "[1667,1668]", "1984-06-02?/2004-08-08~"]
)
def test_uncommon_forms_go_to_the_grammar(text: str) -> None:
    """Forms the fast path leaves to the package: read with its bounds, or refused with the
    reason (a set such as [1667,1668] is one date too many)."""
    assert dates._parse_simple(text) is None
    expected = oracle(text)
    if expected is None or text.startswith("["):
        with pytest.raises(dates.InvalidDate):
            dates.parse(text)
        return
    span = dates.parse(text)
    assert (span.earliest, span.latest) == expected[:2]
