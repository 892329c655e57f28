"""EDTF parsing: the fast path for common forms agrees with the edtf package everywhere."""

from __future__ import annotations

import datetime as dt
import random

import edtf
import pytest

from kb_service import dates


def by_grammar(text: str) -> dates.DateSpan:
    """Parse with the edtf package only (what dates.parse does for uncommon forms)."""
    dates._parse.cache_clear()
    original = dates._parse_simple
    try:
        dates._parse_simple = lambda _: None  # type: ignore[assignment]
        return dates._parse(text)
    finally:
        dates._parse_simple = original
        dates._parse.cache_clear()


def samples() -> list[str]:
    rng = random.Random(1988)
    found = [
        "2020-09-27",
        "1988-02",
        "1992/1994",
        "1992/..",
        "../2020-09-27",
        "2020-09-27?",
        "2020-09-27~",
        "2020-09-27%",
        "1988-02?",
        "2000",
        "2000~",
        "2016-02-29",
        "1992-02/1994-05",
        "2019-12-31/2020-01-01",
        "0001",
        "9999-12-31",
    ]
    for _ in range(300):
        day = dt.date(1900, 1, 1) + dt.timedelta(days=rng.randrange(0, 60_000))
        form = rng.choice([day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]])
        other = (day + dt.timedelta(days=rng.randrange(0, 4000))).isoformat()
        found += [
            form,
            form + rng.choice("?~%"),
            f"{form}/{other[: len(form)]}",
            f"{form}/..",
            f"../{form}",
        ]
    return found


@pytest.mark.parametrize("text", samples())
def test_fast_path_agrees_with_the_edtf_package(text: str) -> None:
    dates._parse.cache_clear()
    assert dates._parse_simple(text) is not None, text  # the common forms take the fast path
    assert dates.parse(text) == by_grammar(text)


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
def test_invalid_dates_are_refused_by_both_paths(text: str) -> None:
    dates._parse.cache_clear()
    with pytest.raises(dates.InvalidDate):
        dates.parse(text)
    with pytest.raises(dates.InvalidDate):
        by_grammar(text)


@pytest.mark.parametrize(
    "text", ["19XX", "2020-21", "2020?/2021", "[1667,1668]", "1984-06-02?/2004-08-08~"]
)
def test_uncommon_forms_go_to_the_grammar(text: str) -> None:
    assert dates._parse_simple(text) is None
    try:
        expected = by_grammar(text)
    except dates.InvalidDate:
        with pytest.raises(dates.InvalidDate):  # the service refuses what the grammar refuses
            dates.parse(text)
        return
    assert dates.parse(text) == expected
    assert edtf.parse_edtf(text) is not None
