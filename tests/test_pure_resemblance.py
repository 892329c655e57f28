"""Pure tests (no Neo4j) of how much a stored statement resembles a new one (model/resemblance.py):
the words that count, the share the words in common add to the score, the reasons a curator reads
and the order the candidates come in."""

from __future__ import annotations

import dataclasses

from kb_service.model import dates, resemblance
from kb_service.model.resemblance import Features, Resemblance

APPEAL = "Lavrov called for an immediate humanitarian ceasefire in Karabakh and for talks in Moscow"


def statement(ident: str, text: str, speaker: str = "lavrov") -> Features:
    """A statement of 10 October 2020 by one speaker, compared by the words of its text."""
    day = dates.parse("2020-10-10")
    return Features(
        id=ident,
        label="Statement",
        type="appeal",
        plover=None,
        date=day.edtf,
        start_key=day.start_key,
        end_key=day.end_key,
        precision=day.precision,
        actors=frozenset({speaker}),
        words=resemblance.word_keys([f"{text} under mediation", None]),
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
