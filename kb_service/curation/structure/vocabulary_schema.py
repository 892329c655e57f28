"""The vocabulary document's schema: the terms it adds to each vocabulary, with their labels."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, validate

from kb_service.curation.structure.field_types import Strict, TermName, Text
from kb_service.model import taxonomy


class Label(Strict):
    en = Text(required=True, max_length=200)
    ar = Text(max_length=200)
    ru = Text(max_length=200)


class VocabularyTerm(Strict):
    term = TermName(required=True)
    label = fields.Nested(Label, required=True)
    description = Text(max_length=2000)


class CodedTerm(VocabularyTerm):
    """A term with the PLOVER category of what it reports (event types and statement kinds)."""

    plover = fields.String(validate=validate.OneOf(taxonomy.PLOVER))


class EventType(CodedTerm):
    cameo = Text(max_length=100)


def terms(schema: type[Schema]) -> fields.List[Any]:
    """Return a vocabulary's section: a list of terms (empty by default)."""
    return fields.List(fields.Nested(schema), load_default=list, validate=validate.Length(max=500))


class Vocabulary(Strict):
    kind = fields.String(required=True, validate=validate.Equal("vocabulary"))
    event_types = terms(EventType)
    statement_kinds = terms(CodedTerm)
    actor_kinds = terms(VocabularyTerm)
    place_kinds = terms(VocabularyTerm)
    relation_types = terms(VocabularyTerm)
