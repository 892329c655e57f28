"""The issuer an Arabic document's heading names (issue 25, document_headings.py): the words
after بيان up to a word of its topic, two or more and no other name among them, are an
organisation, and the document's points are its words. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [entity("armenia", "Actor", "state", "Armenia", "أرمينيا")]
BODY = (
    "\n\nيريفان، الخميس 8 أكتوبر 2020\n\n"
    "يعلن مجمع الكنائس الشرقية ما يلي:\n\n"
    "1. أصاب القصف كنيسة في المدينة اليوم.\n\n"
    "2. يدعو المجمع الهيئات الدولية إلى حماية الكنائس."
)


def _entries(text: str) -> dict[str, str]:
    document = draft_fixture(text, REGISTRY, "ar", "2020-10-08").document
    return {
        next(iter(e["names"].values())): e["kind"] for e in document.get("proposed_entries") or []
    }


@pytest.mark.parametrize(
    "heading",
    [
        "بيان مجمع الكنائس الشرقية بشأن قصف الكنائس",
        "بيان مجمع الكنائس الشرقية حول قصف الكنائس",
        "بيان مجمع الكنائس الشرقية إلى المؤمنين",
        "بيان مجمع الكنائس الشرقية بمناسبة يوم الصلاة",
        "بيان صادر عن مجمع الكنائس الشرقية بشأن قصف الكنائس",
        "بيان من مجمع الكنائس الشرقية بشأن قصف الكنائس",
        "بيان مجمع الكنائس الشرقية",
    ],
)
def test_a_heading_names_its_issuer(heading: str) -> None:
    assert _entries(heading + BODY).get("مجمع الكنائس الشرقية") == "organisation"


def test_a_heading_of_six_words_names_its_issuer() -> None:
    heading = "بيان مجمع الكنائس الشرقية لرعاية الأديرة القديمة بشأن قصف الكنائس"
    issuer = "مجمع الكنائس الشرقية لرعاية الأديرة القديمة"
    assert _entries(heading + BODY).get(issuer) == "organisation"


def test_the_points_are_the_issuers_words() -> None:
    document = draft_fixture(
        "بيان مجمع الكنائس الشرقية بشأن قصف الكنائس" + BODY, REGISTRY, "ar", "2020-10-08"
    ).document
    speakers = {s["speakers"][0] for s in document["statements"]}
    issuer = next(
        e["id"] for e in document["proposed_entries"] if e["names"]["ar"] == "مجمع الكنائس الشرقية"
    )
    assert speakers == {issuer}
    assert len(document["statements"]) == 3


@pytest.mark.parametrize(
    "heading",
    [
        "بيان الكنيسة بشأن قصف الكنائس",  # one word: a noun as often as a name
        "بيان سفارة أرمينيا في القاهرة بشأن قصف الكنائس",  # a known name among the words
        "بيان مجمع الكنائس الشرقية في مصر والسودان والعراق بشأن قصف الكنائس",  # too long
    ],
)
def test_no_issuer_without_a_heading_of_its_shape(heading: str) -> None:
    found = _entries(heading + BODY)
    assert not any(
        name.startswith(("الكنيسة", "سفارة", "مجمع الكنائس الشرقية في")) for name in found
    )


def test_only_the_first_passage_is_a_heading() -> None:
    text = "يريفان، الخميس 8 أكتوبر 2020\n\nبيان مجمع الكنائس الشرقية بشأن قصف الكنائس"
    assert "مجمع الكنائس الشرقية" not in _entries(text)


def test_a_headline_without_a_document_noun_names_no_issuer() -> None:
    text = "قصف عنيف على قرى الجبهة الشرقية\n\nتواصل القصف على القرى اليوم."
    assert _entries(text) == {}
