"""Where a quote lies in a source's stored text (kb_service/model/anchors.py): pure, no Neo4j."""

from __future__ import annotations

from kb_service.model.anchors import CONTEXT, Locator, locate, stored_text, utf16_length
from kb_service.model.text import fold

PASSAGES = [
    "\U0001f4f0 Desk note: the envoy arrived.",
    "Lavrov said the   cafe\u0301\tmeeting was calm, calm and short.",
    "The ministry passed the words on.",
]


def test_the_stored_text_is_the_passages_joined_by_newlines() -> None:
    assert stored_text(["a", "bc", "d"]) == "a\nbc\nd"


def test_an_exact_quote_is_found_where_it_first_appears() -> None:
    passage = PASSAGES[1]
    start, end = locate(passage, "calm") or (0, 0)
    assert passage[start:end] == "calm"
    assert start == passage.index("calm")  # the first of two


def test_a_quote_with_other_whitespace_and_normal_form_maps_to_the_texts_own_characters() -> None:
    passage = PASSAGES[1]
    span = locate(passage, "the café meeting was calm")
    assert span is not None
    exact = passage[span[0] : span[1]]
    assert exact == "the   cafe\u0301\tmeeting was calm"
    assert fold(exact) == fold("the café meeting was calm")


def test_a_quote_absent_from_the_passage_has_no_place() -> None:
    assert locate(PASSAGES[0], "the envoy left") is None
    assert locate(PASSAGES[0], "   ") is None


def test_positions_count_code_points_from_the_start_of_the_whole_text() -> None:
    locator = Locator(PASSAGES)
    text = stored_text(PASSAGES)
    anchor = locator.anchor(3, "passed the words")
    assert anchor is not None
    assert text[anchor.start : anchor.end] == anchor.exact == "passed the words"
    assert anchor.start == len(PASSAGES[0]) + 1 + len(PASSAGES[1]) + 1 + len("The ministry ")


def test_prefix_and_suffix_are_the_neighbouring_characters_across_passages() -> None:
    locator = Locator(PASSAGES)
    text = stored_text(PASSAGES)
    anchor = locator.anchor(2, "Lavrov said")
    assert anchor is not None
    assert anchor.prefix == text[anchor.start - CONTEXT : anchor.start]
    assert anchor.prefix.endswith("arrived.\n")
    assert anchor.suffix == text[anchor.end : anchor.end + CONTEXT]
    first = locator.anchor(1, "\U0001f4f0 Desk")
    assert first is not None and first.prefix == "" and first.start == 0


def test_utf16_start_counts_a_character_outside_the_bmp_twice() -> None:
    locator = Locator(PASSAGES)
    anchor = locator.anchor(1, "the envoy")
    assert anchor is not None
    assert anchor.start_utf16 == anchor.start + 1
    assert utf16_length("\U0001f4f0a") == 3


def test_exact_is_stored_only_where_it_differs_from_the_curated_quote() -> None:
    locator = Locator(PASSAGES)
    same = locator.anchor(1, "the envoy")
    other = locator.anchor(2, "the café meeting")
    assert same is not None and other is not None
    assert same.props("the envoy")["exact"] is None
    assert other.props("the café meeting")["exact"] == "the   cafe\u0301\tmeeting"


def test_a_passage_number_out_of_range_has_no_anchor() -> None:
    locator = Locator(PASSAGES)
    assert locator.anchor(0, "Desk") is None
    assert locator.anchor(4, "Desk") is None
