"""What the curation endpoints take: a write's options, a date to read, a text to draft."""

from __future__ import annotations

from typing import Any

from marshmallow import fields, pre_load, validate

from kb_service.api.param_fields import EDTF_CHARACTERS
from kb_service.api.params import Query
from kb_service.curation import structure
from kb_service.curation.yaml_loader import line_ends
from kb_service.model import dates


class WriteOptions(Query):
    """The one query parameter a write accepts (keys never travel in the query string)."""

    dry_run = fields.Boolean(
        load_default=False,
        metadata={"description": "Validate and report what would change; write nothing."},
    )


class SourceWriteOptions(WriteOptions):
    """A source's write options: also whether a likely duplicate is refused."""

    strict = fields.Boolean(
        load_default=False,
        metadata={
            "description": "Refuse (422) a new event, statement or relation that looks like a "
            "stored one, rather than warn; nothing is written."
        },
    )


class DateReadingQuery(Query):
    # Any text is read: one that is no storable date is answered 400 with the reason.
    edtf = structure.Edtf(
        required=True,
        validate=validate.Length(min=1, max=dates.MAX_LENGTH),
        metadata={"pattern": EDTF_CHARACTERS},
    )
    lang = fields.String(load_default="en", validate=validate.OneOf(("en", "ar")))


# Drafting takes about 20 ms per thousand characters, and the endpoint needs no key: a text is
# capped at four times a long article, so that one request holds a worker for seconds at most.
DRAFT_MAX_CHARACTERS = 200_000


class DraftBody(Query):
    """A text to draft: the source's words and what is known of it."""

    # Checked as the curated format checks a source's fields (a text: as ingest reads it).
    text = structure.Text(required=True, max_length=DRAFT_MAX_CHARACTERS, multiline=True)
    publisher = fields.String(load_default="", validate=validate.Length(max=300))
    published = structure.Edtf()
    language = fields.String(validate=structure.LANGUAGE)
    id = structure.Slug()
    text_file = fields.String(validate=structure.TEXT_FILE)

    @pre_load
    def read_line_ends(self, data: Any, **kwargs: Any) -> Any:
        """Read every line end as ingest does, before the text is checked."""
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            return {**data, "text": line_ends(data["text"])}
        return data
