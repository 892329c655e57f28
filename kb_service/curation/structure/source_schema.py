"""The source document's schema: the text and its metadata, and the events, statements and
relations it reports, each with its evidence."""

from __future__ import annotations

from typing import Any

from marshmallow import ValidationError, fields, validate, validates_schema

from kb_service.curation.structure.field_types import (
    TEXT_FILE,
    Edtf,
    Slug,
    Strict,
    TermName,
    Text,
    slugs,
)
from kb_service.model import taxonomy


class Evidence(Strict):
    passage = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    quote = Text(required=True, max_length=5000)
    note = Text(max_length=1000)


class Participant(Strict):
    actor = Slug(required=True)
    role = Text(required=True, max_length=100)


class EventLink(Strict):
    type = fields.String(required=True, validate=validate.OneOf(taxonomy.EVENT_LINKS))
    event = Slug(required=True)


REVIEW_MARKS = ("draft",)


def review_mark() -> fields.String:
    """Return the field that marks a drafted item as not yet reviewed (`review: draft`)."""
    return fields.String(validate=validate.OneOf(REVIEW_MARKS))


def drafted_candidates() -> fields.List[Any]:
    """Return the field `kb draft --database` writes: stored records that may be this item
    (ingestion refuses an item that still carries it, like `review: draft`)."""
    return fields.List(
        fields.Dict(),
        metadata={"description": "Drafted only: reuse a candidate's id or list it in not_same_as"},
    )


def rejected_ids() -> fields.List[Any]:
    """Return the field listing stored records a curator judged not to be this item."""
    return slugs(metadata={"description": "Ids of records this one is not (never proposed)"})


def evidence_list() -> fields.List[Any]:
    """Return the evidence field every assertion must have."""
    return fields.List(fields.Nested(Evidence), required=True, validate=validate.Length(min=1))


ISO_PERIOD = validate.Regexp(
    r"^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$",
    error="must be an ISO 8601 period such as P5Y, P6M or P90D",
)


class Renewal(Strict):
    """A term that renews itself: for `every` more, automatically or not, unless ..."""

    every = fields.String(required=True, validate=ISO_PERIOD)
    automatic = fields.Boolean(required=True)
    unless = Text(max_length=500)


class Event(Strict):
    id = Slug(required=True)
    review = review_mark()
    title = Text(required=True, max_length=300)
    # The title in the source's own words, for pages in that language (kb draft drafts it).
    title_ar = Text(max_length=300, metadata={"description": "The title in Arabic"})
    title_ru = Text(max_length=300, metadata={"description": "The title in Russian"})
    type = TermName(required=True)
    status = fields.String(
        load_default="occurred", validate=validate.OneOf(list(taxonomy.EVENT_STATUSES))
    )
    date = Edtf(required=True)
    renewal = fields.Nested(Renewal)
    summary = Text(max_length=5000)
    conflict = Slug()
    participants = fields.List(fields.Nested(Participant), load_default=list)
    places = slugs()
    related = fields.List(fields.Nested(EventLink), load_default=list)
    not_same_as = rejected_ids()
    same_as_candidates = drafted_candidates()
    evidence = evidence_list()


class Statement(Strict):
    id = Slug(required=True)
    review = review_mark()
    kind = TermName(required=True)
    speakers = fields.List(Slug(), required=True, validate=validate.Length(min=1, max=50))
    addressees = slugs()
    reported_via = slugs()
    about = slugs()
    conflict = Slug()
    occasion = Slug()
    place = Slug()
    date = Edtf(required=True)
    quote = Text(required=True, max_length=5000)
    language = fields.String(
        required=True, validate=validate.Regexp(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
    )
    text_en = Text(required=True, max_length=5000)
    contradicts = slugs()
    responds_to = slugs()
    not_same_as = rejected_ids()
    same_as_candidates = drafted_candidates()
    evidence = evidence_list()


class Relation(Strict):
    id = Slug(required=True)
    review = review_mark()
    type = TermName(required=True)
    subject = Slug(required=True)
    object = Slug(required=True)
    role = Text(max_length=200)
    date = Edtf()
    conflict = Slug()
    not_same_as = rejected_ids()
    same_as_candidates = drafted_candidates()
    evidence = evidence_list()


def _unmoved_aliases(value: Any) -> None:
    """Refuse a draft's alias proposals: they belong in the registry, not in a source."""
    raise ValidationError(
        "drafted alias proposals are not part of a source: add each spelling you accept to its "
        "entry's aliases in the registry (registry.yaml, or POST /api/v1/registry with the "
        "proposal's registry fragment), then delete proposed_aliases"
    )


def _unmoved_entries(value: Any) -> None:
    """Refuse a draft's proposed entries: they belong in the registry, not in a source."""
    raise ValidationError(
        "drafted entries the registry lacks are not part of a source: add each one you accept "
        "to the registry (registry.yaml, or POST /api/v1/registry) with its id, kind and names, "
        "correct the items that name it if needed, then delete proposed_entries"
    )


class Source(Strict):
    kind = fields.String(required=True, validate=validate.Equal("source"))
    id = Slug(required=True)
    title = Text(required=True, max_length=1000)
    title_en = Text(max_length=1000)
    publisher = Text(required=True, max_length=300)
    credited_to = Slug()
    url = fields.Url(schemes={"http", "https"})
    published = Edtf(required=True)
    language = fields.String(
        required=True, validate=validate.Regexp(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
    )
    text_file = fields.String(validate=TEXT_FILE)
    text = Text(max_length=1_000_000, multiline=True)
    non_content = fields.List(
        fields.Integer(strict=True, validate=validate.Range(min=1)), load_default=list
    )
    events = fields.List(fields.Nested(Event), load_default=list)
    statements = fields.List(fields.Nested(Statement), load_default=list)
    relations = fields.List(fields.Nested(Relation), load_default=list)
    proposed_aliases = fields.List(
        fields.Dict(),
        validate=_unmoved_aliases,
        metadata={"description": "Drafted only: spellings to move into the registry's aliases"},
    )
    proposed_entries = fields.List(
        fields.Dict(),
        validate=_unmoved_entries,
        metadata={"description": "Drafted only: names the registry lacks, to add to it"},
    )

    @validates_schema
    def one_text(self, data: dict[str, Any], **kwargs: Any) -> None:
        """Require the source's text, either inline or as a file beside the YAML."""
        if ("text" in data) == ("text_file" in data):
            raise ValidationError("give exactly one of text_file and text", field_name="text_file")
