"""The resemblance score, without Neo4j: dates by precision, types, actors across languages."""

from __future__ import annotations

from kb_service.model import dates
from kb_service.model.resemblance import FLOOR, THRESHOLD, Features, best, resemble, word_keys


def record(
    ident: str,
    date: str,
    *,
    label: str = "Event",
    type: str = "ceasefire",
    plover: str | None = "AGREE",
    actors: frozenset[str] = frozenset(),
    words: frozenset[str] = frozenset(),
) -> Features:
    span = dates.parse(date)
    return Features(
        id=ident,
        label=label,
        type=type,
        plover=plover,
        date=span.edtf,
        start_key=span.start_key,
        end_key=span.end_key,
        precision=span.precision,
        actors=actors,
        words=words,
    )


def test_a_day_matches_within_a_few_days_and_not_beyond() -> None:
    new = record("new", "2031-04-10", actors=frozenset({"olm"}))
    near = resemble(new, record("near", "2031-04-13", actors=frozenset({"olm"})))
    assert near is not None
    assert near.reasons[0] == "dates within 3 days (2031-04-10, 2031-04-13)"
    assert near.score >= THRESHOLD
    assert resemble(new, record("far", "2031-04-14", actors=frozenset({"olm"}))) is None


def test_a_month_matches_within_the_month_plus_a_week() -> None:
    new = record("new", "2031-04", actors=frozenset({"olm"}))
    inside = resemble(new, record("inside", "2031-04-20", actors=frozenset({"olm"})))
    assert inside is not None and inside.reasons[0] == "dates overlap (2031-04-20 within 2031-04)"
    after = resemble(new, record("after", "2031-05-07", actors=frozenset({"olm"})))
    assert after is not None and after.reasons[0] == "dates within 7 days (2031-04, 2031-05-07)"
    assert resemble(new, record("later", "2031-05-08", actors=frozenset({"olm"}))) is None


def test_an_open_start_matches_what_it_can_contain() -> None:
    new = record("new", "../2031-04-12", actors=frozenset({"olm"}))
    found = resemble(new, record("old", "2031-04-10", actors=frozenset({"olm"})))
    assert found is not None
    assert found.reasons[:2] == (
        "dates overlap (2031-04-10 within ../2031-04-12)",
        "same type: ceasefire",
    )
    assert resemble(new, record("after", "2031-04-16", actors=frozenset({"olm"}))) is None


def test_dates_that_do_not_meet_are_never_proposed_whatever_else_agrees() -> None:
    words = word_keys(["The truce in Velmora held overnight"])
    new = record("new", "2031-04-10", actors=frozenset({"olm", "dask"}), words=words)
    same_but_date = record("old", "2031-06-10", actors=frozenset({"olm", "dask"}), words=words)
    assert resemble(new, same_but_date) is None
    assert best(new, [same_but_date]) == []


def test_a_shared_actor_is_enough_across_languages() -> None:
    english = record(
        "en",
        "2031-04-10",
        actors=frozenset({"ilse-varga"}),
        words=word_keys(["Varga agreed a truce with the council"]),
    )
    arabic = record(
        "ar",
        "2031-04-10",
        actors=frozenset({"ilse-varga"}),
        words=word_keys(["وافقت فارغا على هدنة مع المجلس"]),
    )
    assert not english.words & arabic.words  # no word in common: only the registry id meets
    found = resemble(arabic, english)
    assert found is not None
    assert found.reasons == (
        "same date (2031-04-10)",
        "same type: ceasefire",
        "shared participants: ilse-varga",
    )
    assert found.score == 0.8
    stranger = record("other", "2031-04-10", actors=frozenset({"tomas-rell"}))
    lone = resemble(arabic, stranger)
    assert lone is not None and lone.score < FLOOR  # the same type on the same day alone
    assert [r.id for r in best(arabic, [stranger, english])] == ["en"]


def test_a_plover_only_match_scores_lower_than_the_same_type() -> None:
    new = record("new", "2031-04-10", actors=frozenset({"olm"}))
    same_type = resemble(new, record("a", "2031-04-10", actors=frozenset({"olm"})))
    plover_only = resemble(
        new, record("b", "2031-04-10", type="agreement-signed", actors=frozenset({"olm"}))
    )
    unrelated = resemble(
        new, record("c", "2031-04-10", type="shelling", plover="ASSAULT", actors=frozenset({"olm"}))
    )
    assert same_type and plover_only and unrelated
    assert "same PLOVER category: AGREE" in plover_only.reasons
    assert same_type.score > plover_only.score > unrelated.score


def test_at_most_five_best_first_ties_by_id() -> None:
    new = record("new", "2031-04-10", actors=frozenset({"olm"}))
    stored = [record(f"e{n}", "2031-04-10", actors=frozenset({"olm"})) for n in range(7, 0, -1)]
    assert [r.id for r in best(new, stored)] == ["e1", "e2", "e3", "e4", "e5"]


def test_relations_need_both_ends() -> None:
    new = record(
        "r-new",
        "../..",
        label="Relation",
        type="holds-office",
        plover=None,
        actors=frozenset({"ilse-varga", "norland"}),
    )
    both = record(
        "r-old",
        "../..",
        label="Relation",
        type="holds-office",
        plover=None,
        actors=frozenset({"ilse-varga", "norland"}),
    )
    one = record(
        "r-one",
        "../..",
        label="Relation",
        type="holds-office",
        plover=None,
        actors=frozenset({"tomas-rell", "norland"}),
    )
    assert [r.id for r in best(new, [one, both])] == ["r-old"]


def test_a_stored_record_over_years_dates_nothing_by_itself() -> None:
    """A specific new event inside a stored record open for years is more likely a part of it:
    the same type and participants alone stay under the floor."""
    new = record("new", "2031-04-10", actors=frozenset({"olm"}))
    process = record("process", "2024/..", actors=frozenset({"olm"}))
    found = resemble(new, process)
    assert found is not None and found.reasons[0] == "dates overlap (2031-04-10 within 2024/..)"
    assert found.score < FLOOR
    year = resemble(new, record("year", "2031", actors=frozenset({"olm"})))
    assert year is not None and year.score >= THRESHOLD
