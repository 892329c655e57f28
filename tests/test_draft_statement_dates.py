"""A date that names a document (the statement of 9 November, заявление от 9 ноября, البيان
الموقع في العاشر من نوفمبر) is no day words are spoken on in `kb draft` (issue 25): words that
recall a document are of their own day, else of the publication, uncertain; and a sentence
before them that names only a document's day gives them none. But a document that frames the
words (в заявлении от 8 декабря, in a statement dated December 8, في بيان مساء الثلاثاء) gives
them its day, and the document's own signing keeps that day. Every text here is written for
these tests. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov", "لافروف", "Лавров", "Lavrov"),
    entity(
        "russia-mfa",
        "Actor",
        "ministry",
        "Ministry of Foreign Affairs of Russia",
        "Russian Foreign Ministry",
        "МИД России",
    ),
]
PUBLISHED = "2020-12-10"


def drafted(text: str, language: str) -> dict[str, Any]:
    return dict(draft_fixture(text, REGISTRY, language, PUBLISHED, "dates").document)


def dates(text: str, language: str) -> list[str]:
    return [s["date"] for s in drafted(text, language)["statements"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Лавров отверг эти притязания, напомнив о заявлении от 9 ноября, которому они "
            "противоречат.",
            "ru",
        ),
        ("Lavrov said the claims went against the accord signed on November 9 by both.", "en"),
        (
            "Лавров заявил, что эти притязания противоречат заявлению, подписанному 9 ноября "
            "в Москве.",
            "ru",
        ),
        ("Lavrov said the claims went against the statement of November 9 and its terms.", "en"),
        (
            "وقال لافروف إن هذه المطالب تخالف البيان الثلاثي الموقع في التاسع من نوفمبر.",
            "ar",
        ),
    ],
)
def test_words_that_recall_a_document_are_not_of_its_day(text: str, language: str) -> None:
    assert dates(text, language) == [f"{PUBLISHED}?"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia recalled the accord signed on November 9. Lavrov said the talks must "
            "go on at once.",
            "en",
        ),
        (
            "وذكرت أرمينيا بالبيان الثلاثي الموقع في التاسع من نوفمبر. وقال لافروف إن "
            "المحادثات يجب أن تستمر.",
            "ar",
        ),
    ],
)
def test_a_sentence_before_that_names_a_documents_day_gives_no_day(
    text: str, language: str
) -> None:
    assert dates(text, language)[-1] == f"{PUBLISHED}?"


def test_the_day_beside_the_verb_still_dates_the_words() -> None:
    text = "On December 8 Lavrov said the claims went against the accord signed on November 9."
    assert dates(text, "en") == ["2020-12-08"]


def test_a_documents_signing_keeps_its_day() -> None:
    text = "Armenia and Azerbaijan kept to the accord signed on November 9 in Moscow."
    events = drafted(text, "en")["events"]
    assert [(e["type"], e["date"]) for e in events] == [("agreement-signed", "2020-11-09")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Армения в заявлении от 8 декабря обвинила Азербайджан в нарушении перемирия.", "ru"),
        (
            "In a statement dated December 8, Armenia accused Azerbaijan of breaking the truce.",
            "en",
        ),
        ("وقالت أرمينيا في بيان مساء الثلاثاء إن أذربيجان خرقت الهدنة.", "ar"),
        # a document as the source, or the subject of the verb
        ("Согласно заявлению Армении от 8 декабря, Азербайджан нарушил перемирие.", "ru"),
        (
            "According to the statement of December 8, Azerbaijan broke the truce, Armenia said.",
            "en",
        ),
        (
            "A Russian Foreign Ministry statement of December 8 said that Armenia broke the truce.",
            "en",
        ),
        ("Заявление МИД России от 8 декабря сообщило, что Армения нарушила перемирие.", "ru"),
        (
            "A Russian Foreign Ministry statement of December 8 also said Armenia broke the truce.",
            "en",
        ),
    ],
)
def test_a_document_that_frames_the_words_gives_them_its_day(text: str, language: str) -> None:
    # the publication, 10 December 2020, is a Thursday: Tuesday is the 8th
    assert dates(text, language) == ["2020-12-08"]


def test_an_arabic_agreement_signed_on_a_day_keeps_it() -> None:
    text = "وأنهى الاتفاق الموقع في 10 نوفمبر القتال بين أرمينيا وأذربيجان."
    events = drafted(text, "ar")["events"]
    assert ("agreement-signed", "2020-11-10") in [(e["type"], e["date"]) for e in events]
