"""Pure tests (no Neo4j) that kill the mutants of curation/ and drafting/ that survived the
suite (issue 29): each asserts what a curator sees, exactly, on a case no other test had."""

from __future__ import annotations

import pytest
from conftest import draft_fixture, registry_entity

from kb_service.curation.diagnostics import edtf_hint, nearest_ids, suggested_edtf
from kb_service.curation.drafting.date_expressions import find as find_dates
from kb_service.curation.drafting.mentions import Gazetteer
from kb_service.curation.drafting.tokens import tokenize

# The curation checks (ids, line ends) are in test_pure_curation_checks.py, apart from the
# drafting's slower tests, so that a mutant of the checks runs in seconds.


# --- the hints of an error (diagnostics.py) ------------------------------------------------------


def test_a_far_id_is_not_suggested() -> None:
    # WRatio against "alice": malik 60 (the least kept), ceiling 33, bob 0.
    candidates: dict[str, list[str]] = {"malik": [], "ceiling": [], "bob": []}
    assert nearest_ids("alice", candidates) == ["malik"]
    assert nearest_ids("alice", {"ceiling": [], "bob": []}) == []


def test_a_slashed_date_with_month_13_is_not_read_as_a_date() -> None:
    assert suggested_edtf("2020/13/10") is None
    assert suggested_edtf("2020/12/32") is None
    assert suggested_edtf("2020/12/31") == "2020-12-31"
    assert suggested_edtf("2020/1/1") == "2020-01-01"
    assert not edtf_hint("2020/13/10").startswith("write it as")
    assert edtf_hint("2020/12/31").startswith("write it as 2020-12-31; EDTF forms: ")


# --- drafting ------------------------------------------------------------------------------------


ENTITIES = [
    registry_entity("sergey-lavrov", "Actor", None, "Sergey Lavrov", "Lavrov", "لافروف", "Лавров"),
    registry_entity("russia", "Actor", None, "Russia", "روسيا", "Россия"),
    registry_entity("france", "Actor", None, "France", "فرنسا", "Франция"),
    registry_entity("karabakh-conflict", "Conflict", None, "Karabakh conflict"),
    registry_entity("nagorno-karabakh", "Place", None, "Nagorno Karabakh"),
    registry_entity("karabakh-republic", "Actor", None, "Karabakh Republic"),
    registry_entity(
        "fixture-ministry", "Actor", None, "Fixture ministry", "Министерство Фикстурии"
    ),
]


def statements(text: str, language: str) -> list[tuple[str, list[str], str]]:
    """Draft `text` and return each statement as (kind, speakers, quote)."""
    document = draft_fixture(text, ENTITIES, language, "2020-09-27", source_id="pure").document
    return [(s["kind"], s["speakers"], s["quote"]) for s in document["statements"]]


def test_a_single_year_written_as_a_range_is_two_years_not_an_interval() -> None:
    found = find_dates("في سياق المواجهة بين 1992 - 1992، فقدت", "2020-09-27")
    assert [(d.text, d.edtf, d.how) for d in found] == [
        ("1992", "1992", "bare-year"),
        ("1992", "1992", "bare-year"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # Arabic puts the subject after the verb: the name after it is the speaker.
        ("وفي روسيا قال لافروف إن الوضع خطير جدا.", "ar", "sergey-lavrov"),
        # Russian too, when names stand on both sides of the verb.
        ("Россия заявила Франция, что переговоры продолжатся.", "ru", "france"),
        # English puts it before.
        ("Russia said France would stay out of the talks.", "en", "russia"),
    ],
)
def test_the_speaker_is_on_the_side_the_language_puts_its_subject(
    text: str, language: str, speaker: str
) -> None:
    [(_, speakers, _)] = statements(text, language)
    assert speakers == [speaker]


def test_a_name_at_most_three_words_after_the_verb_is_next_to_it() -> None:
    # Three words between the verb and France: France speaks; four: the name before it does.
    near = "روسيا قالت في المؤتمر الصحفي فرنسا إن الوضع خطير جدا."
    far = "روسيا قالت في المؤتمر الصحفي الطويل فرنسا إن الوضع خطير جدا."
    assert statements(near, "ar") == [("claim", ["france"], "إن الوضع خطير جدا")]
    assert statements(far, "ar") == [("claim", ["russia"], "إن الوضع خطير جدا")]


def test_reported_words_of_one_word_are_no_statement() -> None:
    assert statements('Lavrov said "go".', "en") == []
    assert statements('Lavrov said "go now".', "en") == [("claim", ["sergey-lavrov"], "go now")]


def test_an_inflected_russian_verb_matches_its_starred_cue() -> None:
    # The cue is `заявил*`: the neuter заявило (whose ending the stemmer keeps) is the same verb.
    assert statements("Министерство Фикстурии заявило, что переговоры продолжатся.", "ru") == [
        ("announcement", ["fixture-ministry"], "что переговоры продолжатся")
    ]
    assert statements("Россия заявила, что переговоры продолжатся.", "ru") == [
        ("announcement", ["russia"], "что переговоры продолжатся")
    ]


def test_two_names_of_equal_length_that_overlap_are_both_mentioned() -> None:
    tokens = tokenize("Troops left Nagorno Karabakh Republic today.")
    found = Gazetteer(ENTITIES).find(tokens)
    assert [(m.entity.id, m.first, m.last) for m in found] == [
        ("nagorno-karabakh", 2, 3),
        ("karabakh-republic", 3, 4),
    ]


def test_the_one_conflict_a_text_names_is_every_event_s_conflict() -> None:
    text = (
        "The Karabakh conflict flared up again.\n"
        "Russia and France met in Nagorno Karabakh on 26 September 2020."
    )
    document = draft_fixture(text, ENTITIES, "en", "2020-09-27", source_id="pure").document
    conflicts = [event.get("conflict") for event in document["events"]]
    assert conflicts and set(conflicts) == {"karabakh-conflict"}
