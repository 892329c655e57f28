"""The summary of a record's versions (kb_service/model/versions.py): pure, no Neo4j."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kb_service.model import dates
from kb_service.model.versions import Version, disagreements, summary, summary_date


def version(date: str, published: str, source: str = "", **props: Any) -> Version:
    """A version of an event asserted by `source` (named after its day when not given)."""
    key = dt.date.fromisoformat(published).toordinal()
    return Version(source or f"src-{published}", key, {"date": date, "type": "talks", **props})


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("../2020-10-12", "2020-10-10", "2020-10-10"),
        ("2020-10", "2020-10-10", "2020-10-10"),
        ("2020-10-08/2020-10-12", "2020-10-10/2020-10-15", "2020-10-10/2020-10-12"),
        ("../2020-10-12", "2020-10-08/..", "2020-10-08/2020-10-12"),
        ("../2020-10-12", "../2020-10-15", "../2020-10-12"),
        ("2020-10-14/..", "2020-10-10/..", "2020-10-14/.."),
        ("2020", "2020-10", "2020-10"),
        ("2020-10-10?", "2020-10", "2020-10-10?"),  # the version's own text, with its mark
        ("2020-10-09/2020-10-10", "2020-10-10/2020-10-11", "2020-10-10"),
        ("2020-10~", "2020-10-05/2020-11-20", "2020-10-05/2020-10-31"),
    ],
)
def test_intersecting_dates_give_the_intersection(first: str, second: str, expected: str) -> None:
    for later in (first, second):  # whichever was published last
        earlier = second if later == first else first
        found = summary_date([version(earlier, "2020-10-10"), version(later, "2020-10-12")])
        assert found == expected


def test_equal_intervals_keep_the_latest_versions_text() -> None:
    versions = [version("2020-10-10", "2020-10-11"), version("2020-10-10~", "2020-10-12")]
    assert summary_date(versions) == "2020-10-10~"
    assert summary_date(list(reversed(versions))) == "2020-10-10~"


def test_the_summary_stores_the_date_as_a_curated_date_is_stored() -> None:
    props = summary([version("../2020-10-12", "2020-10-12"), version("2020-10", "2020-10-10")])
    assert props == {"type": "talks", **dates.parse("2020-10-01/2020-10-12").properties()}
    assert props["start"] == dt.date(2020, 10, 1)
    assert (props["band"], props["precision"]) == ("month", "day")


def test_an_open_start_stays_open_in_the_stored_properties() -> None:
    props = summary(
        [version("../2020-10-12", "2020-10-12"), version("../2020-10-15", "2020-10-09")]
    )
    assert props["start"] is None
    assert props["start_key"] == dates.OPEN_START_KEY
    assert props["band"] == "open_start"


def test_other_fields_come_from_the_most_recently_published_version() -> None:
    versions = [
        version("2020-10-10", "2020-10-10", title="Ceasefire", status="occurred"),
        version("../2020-10-12", "2020-10-12", title="The ceasefire", status="ongoing"),
        version("2020-10", "2020-10-11", title="A truce", status="occurred"),
    ]
    props = summary(versions)
    assert (props["title"], props["status"], props["date"]) == (
        "The ceasefire",
        "ongoing",
        "2020-10-10",
    )


def test_a_fingerprint_of_one_version_is_not_the_records() -> None:
    props = summary([version("2020-10-10", "2020-10-10", fingerprint="abc")])
    assert "fingerprint" not in props


def test_dates_that_do_not_meet_give_the_narrowest_version() -> None:
    earlier_precise = version("2020-10-05", "2020-10-06")
    later_vague = version("2020-09", "2020-10-12")
    assert summary_date([earlier_precise, later_vague]) == "2020-10-05"
    assert summary_date([later_vague, earlier_precise]) == "2020-10-05"


def test_equally_narrow_dates_that_do_not_meet_give_the_latest_published() -> None:
    versions = [version("2020-10-01", "2020-10-02"), version("2020-09-30", "2020-10-05")]
    assert summary_date(versions) == "2020-09-30"
    same_day = [version("2020-10-01", "2020-10-05", "a"), version("2020-09-30", "2020-10-05", "b")]
    assert summary_date(same_day) == "2020-09-30"  # ties: the greatest source id


def test_an_open_interval_is_wider_than_any_closed_one() -> None:
    versions = [version("2021-01-12/..", "2020-10-13"), version("2020", "2020-10-12")]
    assert summary_date(versions) == "2020"


def test_three_versions_that_do_not_all_meet_disagree_on_the_date() -> None:
    versions = [
        version("2020-10-10", "2020-10-10"),
        version("../2020-10-12", "2020-10-12"),
        version("2020-10-11", "2020-10-13"),
    ]
    assert summary_date(versions) == "2020-10-11"
    assert disagreements("event", versions) == ["date"]


def test_versions_that_meet_do_not_disagree_on_the_date() -> None:
    versions = [version("2020-10-10", "2020-10-10"), version("../2020-10-12", "2020-10-12")]
    assert disagreements("event", versions) == []


def test_status_and_title_are_no_disagreement() -> None:
    versions = [
        version("2020-10-10", "2020-10-10", title="Ceasefire", status="occurred"),
        version("2020-10", "2020-10-12", title="A truce holds", status="ongoing"),
    ]
    assert disagreements("event", versions) == []


def test_another_type_or_kind_is_a_disagreement() -> None:
    assert disagreements(
        "event", [version("2020", "2020-10-10"), version("2020", "2020-10-11", type="ceasefire")]
    ) == ["type"]
    statements = [
        Version("a", 1, {"date": "2020", "kind": "appeal"}),
        Version("b", 2, {"date": "2020", "kind": "threat"}),
    ]
    assert disagreements("statement", statements) == ["statement_kind"]


def test_actors_are_compared_by_id() -> None:
    same = [
        Version("a", 1, {"date": "2020", "type": "t"}, frozenset({"x", "y"})),
        Version("b", 2, {"date": "2020", "type": "t"}, frozenset({"y", "x"})),
    ]
    assert disagreements("event", same) == []
    other = [same[0], Version("b", 2, {"date": "2020", "type": "t"}, frozenset({"x"}))]
    assert disagreements("event", other) == ["participants"]
    silent = [same[0], Version("b", 2, {"date": "2020", "type": "t"})]
    assert disagreements("event", silent) == []  # naming no one contradicts no one


def test_every_disagreement_is_named_in_order() -> None:
    versions = [
        Version("a", 1, {"date": "2020-01", "kind": "appeal"}, frozenset({"x"})),
        Version("b", 2, {"date": "2020-02", "kind": "threat"}, frozenset({"y"})),
    ]
    assert disagreements("statement", versions) == ["date", "speakers", "statement_kind"]


def test_one_version_never_disagrees() -> None:
    assert disagreements("event", [version("2020-10-10", "2020-10-10")]) == []
    assert disagreements("statement", []) == []
