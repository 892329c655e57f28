"""Pure tests (no Neo4j) of how much a stored statement resembles a new one (model/resemblance.py):
the words that count, the share the words in common add to the score, the reasons a curator reads
and the order the candidates come in."""

from __future__ import annotations

import dataclasses

from test_candidates_scoring import record

from kb_service.model import resemblance
from kb_service.model.resemblance import Features, Resemblance

APPEAL = "Lavrov called for an immediate humanitarian ceasefire in Karabakh and for talks in Moscow"


def statement(ident: str, text: str, speaker: str = "lavrov") -> Features:
    """A statement of 10 October 2020 by one speaker, compared by the words of its text."""
    words = resemblance.word_keys([f"{text} under mediation", None])
    return record(
        ident,
        "2020-10-10",
        label="Statement",
        type="appeal",
        plover=None,
        actors=frozenset({speaker}),
        words=words,
    )


def test_only_words_of_four_letters_or_more_that_are_not_numbers_or_common_count() -> None:
    assert resemblance.word_keys(["The talks in 2020 were long, with Aliyev", None]) == {
        "talks",
        "long",
        "aliyev",
    }


def test_the_words_in_common_add_their_share_of_at_most_six_words() -> None:
    new = statement("new", APPEAL)
    again = statement("again", f"{APPEAL} again")
    assert resemblance.resemble(new, again) == Resemblance(
        "again",
        0.9,  # date 0.2, type 0.1, speaker 0.25, words 0.35: ten in common, more than six
        (
            "same date (2020-10-10)",
            "same type: appeal",
            "shared speakers: lavrov",
            "words in common: called, ceasefire, humanitarian, immediate, karabakh, lavrov, "
            "mediation, moscow",  # the first eight
        ),
    )
    other = statement("other", "Humanitarian ceasefire is needed, the minister told", "zakharova")
    found = resemblance.resemble(new, other)
    assert found is not None
    assert (found.score, found.reasons[-1]) == (
        0.53,  # 0.2 + 0.1 + 0.35 * 4 / 6: four words of six
        "words in common: ceasefire, humanitarian, mediation, under",
    )
    one = dataclasses.replace(statement("one", ""), words=frozenset({"ceasefire"}))
    alone = resemblance.resemble(one, other)
    assert alone is not None and alone.score == 0.65  # its one word is all its words


def test_candidates_at_or_above_the_floor_come_best_first() -> None:
    new = statement("new", APPEAL)
    some = statement("some", "Lavrov spoke of talks in Moscow")
    again = statement("again", f"{APPEAL} again")
    other = statement("other", "Humanitarian ceasefire is needed, the minister told", "zakharova")
    found = resemblance.best(new, [some, other, again])
    assert [(r.id, r.score) for r in found] == [("again", 0.9), ("some", 0.84)]  # five words of six


def test_the_days_a_date_may_miss_another_by_grow_with_its_precision() -> None:
    assert [resemblance.tolerance(p) for p in ("open", "day", "month", "decade")] == [0, 3, 7, 366]


def event(
    ident: str,
    date: str,
    actors: tuple[str, ...] = ("armenia", "azerbaijan"),
    **more: frozenset[str],
) -> Features:
    """A clash between the two sides (unless other actors are given), on `date`."""
    features = record(ident, date, type="clash", plover=None, actors=frozenset(actors))
    return dataclasses.replace(features, **more)


def test_how_two_dates_agree_is_the_first_reason_and_weighs_on_the_score() -> None:
    sides = "shared participants: armenia, azerbaijan"
    expected = {
        ("2020-10-01/2020-10-07", "2020-10-01/2020-10-07"): (
            0.8,  # a week at most, the same: as good as the same day
            "same date (2020-10-01/2020-10-07)",
        ),
        ("2020-10-10", "2020-10-11"): (0.7, "dates within 3 days (2020-10-10, 2020-10-11)"),
        ("2020-10-10", "2020-10"): (0.7, "dates overlap (2020-10-10 within 2020-10)"),
        ("2020-10", "2020-10-10"): (0.7, "dates overlap (2020-10-10 within 2020-10)"),
        ("2020-10-01/2020-10-05", "2020-10"): (
            0.7,  # from the same first day
            "dates overlap (2020-10-01/2020-10-05 within 2020-10)",
        ),
        ("2020-10-05/2020-10-12", "2020-10-10/2020-10-20"): (
            0.7,  # neither within the other
            "dates overlap (2020-10-05/2020-10-12, 2020-10-10/2020-10-20)",
        ),
        ("2020-10-01/2020-10-07", "2020-10-03"): (
            0.78,  # a week at most: 0.9 of the date's share
            "dates overlap (2020-10-03 within 2020-10-01/2020-10-07)",
        ),
        ("2020-10-13", "2020-10-10"): (0.7, "dates within 3 days (2020-10-13, 2020-10-10)"),
    }
    for (new, stored), (score, reason) in expected.items():
        found = resemblance.resemble(event("new", new), event("stored", stored))
        assert found is not None
        assert (found.score, found.reasons) == (score, (reason, "same type: clash", sides))


def test_a_place_within_the_other_counts_half_and_names_the_place() -> None:
    new = event(
        "new", "2020-10-10", places=frozenset({"shusha"}), regions=frozenset({"shusha", "karabakh"})
    )
    stored = event(
        "stored", "2020-10-10", places=frozenset({"karabakh"}), regions=frozenset({"karabakh"})
    )
    found = resemblance.resemble(new, stored)
    assert found is not None
    assert (found.score, found.reasons[-1]) == (0.84, "nested places: karabakh")


def test_without_participants_on_one_side_the_same_place_carries_their_share() -> None:
    new = event("new", "2020-10-10", actors=(), places=frozenset({"shusha"}))
    stored = event("stored", "2020-10-10", places=frozenset({"shusha"}))
    found = resemblance.resemble(new, stored)
    assert found is not None
    assert (found.score, found.reasons[-1]) == (0.88, "same places: shusha")


def test_one_participant_of_the_shorter_list_is_all_of_it() -> None:
    new = event("new", "2020-10-10", actors=("armenia",))
    found = resemblance.resemble(
        new, event("stored", "2020-10-10", actors=("armenia", "azerbaijan", "russia"))
    )
    assert found is not None and found.score == 0.8


def test_records_of_another_kind_further_apart_than_the_slack_or_themselves_are_no_candidates() -> (
    None
):
    new = event("new", "2020-10-10")
    assert (
        resemblance.resemble(new, event("later", "2020-10-14")) is None
    )  # four days: a day's slack is 3
    assert resemblance.resemble(new, statement("said", "Armenia and Azerbaijan clashed")) is None
    assert resemblance.resemble(new, event("new", "2020-10-10")) is None


def test_every_same_place_is_named() -> None:
    both = frozenset({"shusha", "lachin"})
    found = resemblance.resemble(
        event("new", "2020-10-10", places=both), event("s", "2020-10-10", places=both)
    )
    assert found is not None and found.reasons[-1] == "same places: lachin, shusha"


def test_a_relation_sharing_one_of_its_two_ends_counts_a_quarter_of_the_ends_share() -> None:
    def relation(ident: str, ends: tuple[str, str]) -> Features:
        return dataclasses.replace(event(ident, "2020-10-10", ends), label="Relation", type="ally")

    found = resemblance.resemble(
        relation("new", ("armenia", "russia")), relation("s", ("armenia", "france"))
    )
    assert found is not None
    assert (found.score, found.reasons[-1]) == (
        0.47,
        "shared subject/object: armenia",
    )  # 0.1 + 0.2 + 0.7 / 4
