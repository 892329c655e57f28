"""`kb draft` gives an event of an Arabic or Russian source a title in the source's own words
(`title_ar`, `title_ru`): the clause around the cue, cut at clause marks, a span of the passage
itself. An English source gets none. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES

from kb_service.curation import vocabulary
from kb_service.curation.drafting import draft
from kb_service.curation.drafting.command import registry_entities
from kb_service.curation.drafting.source_titles import TITLE_WORDS, title_span

REGISTRY = FIXTURES / "draft_titles"
# Each text: a headline, a dateline, then one passage whose long sentence holds the cue in its
# middle clause; the title is that clause.
TEXTS = {
    "ar": (
        "نورلاند وأوستمارك في كيسل\n\nنُشر في 20 مايو 2024\n\n"
        "وفي بيان صدر يوم 19 مايو 2024، اتفقت نورلاند وأوستمارك على وقف إطلاق النار في كيسل، "
        "بعد أسبوع من القتال في الضواحي.\n",
        "اتفقت نورلاند وأوستمارك على وقف إطلاق النار في كيسل",
    ),
    "ru": (
        "Норландия и Остмарк в Кесселе\n\nОпубликовано 20 мая 2024\n\n"
        "В заявлении от 19 мая 2024 года, Норландия и Остмарк договорились о прекращении огня "
        "в Кесселе, после долгого перерыва в переписке.\n",
        "Норландия и Остмарк договорились о прекращении огня в Кесселе",
    ),
}


def drafted_events(text: str) -> list[dict[str, Any]]:
    found = draft(
        text,
        source_id="fixture-titles",
        publisher="Test",
        entities=registry_entities([REGISTRY]),
        vocabulary=vocabulary.base(),
    )
    events: list[dict[str, Any]] = found.document["events"]
    return events


@pytest.mark.parametrize("language", ["ar", "ru"])
def test_an_event_is_titled_in_the_source_s_words(language: str) -> None:
    text, clause = TEXTS[language]
    [event] = drafted_events(text)
    assert event["type"] == "ceasefire"
    assert event[f"title_{language}"] == clause
    assert clause in text  # the source's own words, never new wording
    other = "ru" if language == "ar" else "ar"
    assert f"title_{other}" not in event


def test_an_english_source_gets_no_title_in_another_language() -> None:
    text = (
        "Norland and Ostmark at Kessel\n\nPublished on 20 May 2024\n\n"
        "On 19 May 2024, Norland and Ostmark agreed to a ceasefire at Kessel.\n"
    )
    [event] = drafted_events(text)
    assert "title_ar" not in event and "title_ru" not in event


def test_a_long_clause_is_cut_to_the_words_around_the_cue() -> None:
    words = [f"w{i}" for i in range(30)]
    text = " ".join(words)
    at = text.index("w20")
    title = title_span(text, (0, len(text)), at)
    assert title is not None
    kept = title.split()
    assert len(kept) == TITLE_WORDS and "w20" in kept and kept[-1] == "w23"


def test_a_clause_of_two_words_gives_no_title() -> None:
    text = "First clause here, two words, and a last clause."
    assert title_span(text, (0, len(text)), text.index("two")) is None
