"""A text read for the curation workbench: its passages numbered as ingest numbers them, what
the drafter found in each, and (when the publication date is known) the drafted document."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypedDict, Unpack

from kb_service.curation.drafting import cues as cue_words
from kb_service.curation.drafting.mentions import Entity
from kb_service.curation.drafting.passage_reading import PassageReading
from kb_service.curation.drafting.passages import passages
from kb_service.curation.drafting.source_draft import (
    NoPublicationDate,
    draft,
    guess_language,
    slug,
)
from kb_service.curation.vocabulary import Vocabulary


class OutlineFields(TypedDict, total=False):
    """What the workbench may tell of the text's source; each is drafted or left out if not."""

    publisher: str
    published: str | None
    language: str | None
    source_id: str | None
    text_file: str | None


def outline(
    text: str, *, entities: Iterable[Entity], vocabulary: Vocabulary, **given: Unpack[OutlineFields]
) -> dict[str, Any]:
    """Return the passages of `text` and, when a publication date is given or written in the
    text, the drafted source (every drafted item marked `review: draft`)."""
    publisher = given.get("publisher", "")
    try:
        drafted = draft(
            text,
            source_id=given.get("source_id") or slug(text[:60]) or "source",
            publisher=publisher,
            entities=entities,
            vocabulary=vocabulary,
            language=given.get("language"),
            published=given.get("published"),
            text_file=given.get("text_file"),
        )
    except NoPublicationDate:
        return _undated(text, given.get("language") or guess_language(text))
    # proposed_entries go beside the document (a source that holds them is refused)
    document = {k: v for k, v in drafted.document.items() if k not in ("text", "proposed_entries")}
    if not publisher:
        document.pop("publisher")  # left for the curator to give, not drafted
    return {
        "language": document["language"],
        "published": document["published"],
        "passages": [_passage(reading) for reading in drafted.readings],
        "document": document,
        # spellings of registry names the registry lacks, each with the registry document
        # that adds it as an alias (POST /api/v1/registry)
        "proposed_aliases": [proposal.record() for proposal in drafted.proposals],
        # names the registry lacks, which the drafted items name by a proposed id
        "proposed_entries": drafted.document.get("proposed_entries", []),
    }


def _undated(text: str, language: str) -> dict[str, Any]:
    return {
        "language": language,
        "published": None,
        "passages": [
            {"number": p.number, "text": p.text, "not_content": p.not_content}
            | {"names": [], "dates": []}
            for p in passages(text, cue_words.load(language))
        ],
        "document": None,
        "proposed_aliases": [],
        "proposed_entries": [],
    }


def _passage(reading: PassageReading) -> dict[str, Any]:
    passage = reading.passage
    return {
        "number": passage.number,
        "text": passage.text,
        "not_content": passage.not_content,
        "names": [
            {"id": m.entity.id, "label": m.entity.label, "text": passage.text[m.start : m.end]}
            for m in reading.mentions
        ],
        "dates": [{"edtf": d.edtf, "text": d.text} for d in reading.dates],
    }
