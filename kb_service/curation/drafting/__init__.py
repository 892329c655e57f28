"""The drafter behind `kb draft` and POST /api/v1/drafts: `source_draft` drafts a curated source
from a text and the registry; `outline` shapes it for the workbench; `command` reads and writes
the files; the other modules each read one thing in a passage (names, dates, speech, events)."""

from kb_service.curation.drafting.mentions import Entity
from kb_service.curation.drafting.source_draft import (
    REVIEW,
    Draft,
    NoPublicationDate,
    SourceFacts,
    draft,
    guess_language,
    slug,
)

__all__ = [
    "REVIEW",
    "Draft",
    "Entity",
    "NoPublicationDate",
    "SourceFacts",
    "draft",
    "guess_language",
    "slug",
]
