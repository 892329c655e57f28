"""Pure tests (no Neo4j) of the fixes a curator reads in a refused file (curation/diagnostics.py):
the exact hint of a quote that is not verbatim, the nearest ids to an unknown one, and the EDTF
forms of a date written otherwise."""

from __future__ import annotations

from kb_service.curation import diagnostics

PASSAGES = [
    "The ministry's spokesman spoke on Monday.",
    'Pashinyan said: "we signed it',
    "Later he added that we signed it gladly.",
]
FORMS = (
    "EDTF forms: 2020-11-10 (a day), 2020-11 (a month), 2020 (a year), 2020-11-10? (uncertain), "
    "2020-11-10~ (approximate), 1992/1994 (an interval), ../2020-09-27 (ending then, start "
    "unknown), 1992/.. (from then, end unknown)"
)


def test_a_quote_with_another_apostrophe_shows_both_characters_where_they_differ() -> None:
    hint, details = diagnostics.quote_details("The ministry’s spokesman", PASSAGES[0], 1, PASSAGES)
    assert hint == (
        "closest in passage 1: «The ministry's spokesman»; they differ at character 13: "
        "’ U+2019 in the quote, ' U+0027 in the text"
    )
    assert details == {
        "closest": "The ministry's spokesman",
        "differs_at": 13,
        "quote_character": "’ U+2019",
        "passage_character": "' U+0027",
    }


def test_a_quote_that_runs_past_the_end_of_the_passage_says_the_text_ends() -> None:
    hint, details = diagnostics.quote_details("we signed it!", PASSAGES[1], 2, PASSAGES)
    assert hint == (
        "closest in passage 2: «we signed it»; they differ at character 13: "
        "! U+0021 in the quote, the text ends"
    )
    assert details == {"closest": "we signed it", "differs_at": 13, "quote_character": "! U+0021"}


def test_a_quote_verbatim_in_other_passages_names_them_all() -> None:
    hint, details = diagnostics.quote_details("we signed it", PASSAGES[0], 1, PASSAGES)
    assert hint == "the quote is verbatim in passage 2, 3: cite that passage"
    assert details == {"found_in_passages": [2, 3]}


def test_the_closest_span_of_a_quote_and_where_it_ends() -> None:
    assert diagnostics.closest_span("we sig", "we signed it") == ("we sig", 6, None, None)
    assert diagnostics.closest_span("signed it!", "we signed it") == (
        "signed it",
        9,
        "!",
        None,
    )
    # the span starts where the quote does, and is as long as the quote
    assert diagnostics.closest_span(
        "the ministry’s spokesman", "Yesterday the ministry's spokesman spoke on Monday."
    ) == ("the ministry's spokesman", 12, "’", "'")
    assert diagnostics.closest_span("", "we signed it") is None
    assert diagnostics.closest_span("we", "  ") is None


def test_an_unknown_id_in_another_word_order_finds_the_known_id_first() -> None:
    known = {"nikol-pashinyan": ["Nikol Pashinyan"], "pashinyan-bank": [], "qqqq": ["zzzz"]}
    assert diagnostics.nearest_ids("pashinyan-nikol", known) == [
        "nikol-pashinyan",
        "pashinyan-bank",
    ]
    # the hyphens of a known id count as spaces too
    only_ids = {"pashinyan": [], "nikol-pashinyan": []}
    assert diagnostics.nearest_ids("pashinyan-nikol", only_ids) == ["nikol-pashinyan", "pashinyan"]
    assert diagnostics.nearest_ids("qqqq-zzzz", {"lachin": ["Berdzor"]}) == []


def test_at_most_five_nearest_ids_each_once_even_when_one_has_many_close_names() -> None:
    many = {"garegin-one": [f"Garegin {n}" for n in range(25)]}
    others = {f"garegin-{word}": [] for word in ("two", "three", "four", "five", "six", "seven")}
    found = diagnostics.nearest_ids("garegin", {**many, **others})
    assert len(found) == 5 and len(set(found)) == 5
    assert found[0] == "garegin-one"


def test_the_edtf_hint_lists_every_form_and_the_form_of_a_plain_date() -> None:
    assert diagnostics.edtf_hint("10 Nov 2020") == f"write it as 2020-11-10; {FORMS}"
    assert diagnostics.edtf_hint("soon") == FORMS
    assert diagnostics.suggested_edtf("2020.9.27") == "2020-09-27"
    assert diagnostics.suggested_edtf("Nov 2020") == "2020-11"
    assert diagnostics.suggested_edtf("in 2020") is None  # a year is already EDTF
    assert diagnostics.suggested_edtf("2020/9/32") is None
    assert diagnostics.suggested_edtf("2020/0/10") is None
