"""The rules of the resemblance score that follow how researchers read dates and places, without
Neo4j: a place stands for participants nobody names, a deadline moves, the same month is not the
same day, and a date known only by its end holds the days just before it."""

from __future__ import annotations

from kb_service.model import dates
from kb_service.model.resemblance import (
    DEADLINE_TOLERANCE_DAYS,
    FLOOR,
    THRESHOLD,
    Features,
    best,
    resemble,
)
from kb_service.read.candidates import QUERY_REACH_DAYS

PARTIES = frozenset({"olm", "dask"})


def event(
    ident: str,
    date: str,
    *,
    type: str = "ceasefire",
    actors: frozenset[str] = PARTIES,
    places: frozenset[str] = frozenset(),
    status: str = "occurred",
) -> Features:
    span = dates.parse(date)
    return Features(
        id=ident,
        label="Event",
        type=type,
        plover="AGREE",
        date=span.edtf,
        start_key=span.start_key,
        end_key=span.end_key,
        precision=span.precision,
        actors=actors,
        places=places,
        regions=places,
        status=status,
    )


def test_a_month_holds_a_day_at_the_same_place_when_no_participant_is_named() -> None:
    """ "Fighting in Velmora since late September" and "fighting erupts in Velmora on 27
    September": nobody is named, so the place tells the two apart from other fighting."""
    since = event(
        "since", "2031-09", type="escalation", actors=frozenset(), places=frozenset({"velmora"})
    )
    erupts = event(
        "erupts", "2031-09-27", type="escalation", actors=frozenset(), places=frozenset({"velmora"})
    )
    found = resemble(since, erupts)
    assert found is not None
    assert found.reasons == (
        "dates overlap (2031-09-27 within 2031-09)",
        "same type: escalation",
        "same places: velmora",
    )
    assert found.score == 0.78
    # Elsewhere, or nowhere named, the same type in the same month stays unshown.
    far = event(
        "far", "2031-09-27", type="escalation", actors=frozenset(), places=frozenset({"brenn"})
    )
    nowhere = event("nowhere", "2031-09-27", type="escalation", actors=frozenset())
    assert best(since, [far, nowhere]) == []


def test_the_place_counts_its_own_share_when_both_name_participants() -> None:
    new = event("new", "2031-09-27", actors=frozenset({"olm"}), places=frozenset({"velmora"}))
    other = event("other", "2031-09-27", actors=frozenset({"tomas"}), places=frozenset({"velmora"}))
    found = resemble(new, other)
    assert found is not None and found.score == 0.58
    assert found.score < THRESHOLD  # other parties, the same day and place: not a duplicate


def test_a_deadline_put_back_ten_days_at_the_same_place_is_a_candidate() -> None:
    kalbajar = frozenset({"kalbajar"})
    first = event("first", "2031-11-15", type="territory-handover", places=kalbajar, status="due")
    moved = event("moved", "2031-11-25", type="territory-handover", places=kalbajar, status="due")
    found = resemble(moved, first)
    assert found is not None
    assert found.reasons[0] == "a deadline moved by 10 days (2031-11-25, 2031-11-15)"
    assert found.score == 0.73 and found.score >= THRESHOLD
    # Another district's deadline of that month is another obligation.
    other = event(
        "lachin",
        "2031-11-20",
        type="territory-handover",
        places=frozenset({"lachin"}),
        status="due",
    )
    assert resemble(moved, other) is None
    # A month and more apart, it is no longer the same deadline.
    late = event("late", "2031-12-27", type="territory-handover", places=kalbajar, status="due")
    assert resemble(late, first) is None
    assert DEADLINE_TOLERANCE_DAYS <= QUERY_REACH_DAYS  # the graph is asked far enough


def test_a_scheduled_ceasefire_is_not_a_deadline_that_moves() -> None:
    """A truce from noon that fails is followed by a new truce a week later, not postponed."""
    region = frozenset({"karabakh"})
    noon = event("noon", "2031-10-10", places=region, status="scheduled")
    week_later = event("week-later", "2031-10-17", places=region, status="scheduled")
    assert resemble(week_later, noon) is None


def test_the_same_month_is_not_the_same_day() -> None:
    """Two truces dated only "October" may be any two of that month's truces."""
    truce = event("truce", "2031-10")
    other = resemble(truce, event("other", "2031-10"))
    same_day = resemble(event("day", "2031-10-10"), event("day-2", "2031-10-10"))
    assert other is not None and same_day is not None
    assert other.reasons[0] == "same span (2031-10, 31 days)"
    assert other.score == 0.7
    assert same_day.reasons[0] == "same date (2031-10-10)" and same_day.score == 0.8


def test_a_stored_date_known_only_by_its_end_holds_the_days_just_before_it() -> None:
    """ "Taken before 8 November" (`../2031-11-08`) stored, "taken on 8 November" new: the same
    credit as the other way round, not that of a process lasting years."""
    by = event("by", "../2031-11-08", type="offensive", places=frozenset({"shusha"}))
    on = event("on", "2031-11-08", type="offensive", places=frozenset({"shusha"}))
    stored_open, new_open = resemble(on, by), resemble(by, on)
    assert stored_open is not None and new_open is not None
    assert stored_open.reasons[0] == "dates overlap (2031-11-08 within ../2031-11-08)"
    assert stored_open.score == new_open.score == 0.73
    # Two years before its known end, "by 8 November" dates nothing.
    earlier = event("earlier", "2029-07-23", type="offensive", places=frozenset({"shusha"}))
    found, other_way = resemble(earlier, by), resemble(by, earlier)
    assert found is not None and other_way is not None
    assert found.score == other_way.score < FLOOR
