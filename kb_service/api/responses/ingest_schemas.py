"""The schemas of what writes report, and of the vocabulary."""

from __future__ import annotations

from typing import Any

from marshmallow import fields

from kb_service.api.responses.schema_base import Body, Nested, Str, nullable_str


class IngestCounts(Body):
    created = fields.Integer()
    updated = fields.Integer()
    removed = fields.Integer()


class LinkCounts(Body):
    created = fields.Integer()
    removed = fields.Integer()


class RegistryChange(Body):
    id = Str()
    kind = Str(metadata={"description": "Actor, Place or Conflict."})
    change = Str(metadata={"description": "created or updated (unchanged entries are not listed)."})
    changed_fields = fields.Dict(
        keys=Str(),
        values=Str(),
        data_key="fields",
        attribute="fields",
        metadata={
            "description": "What happened to each field of an updated entry (names.ar, aliases.ar, "
            "kind ...): kept (left out, so kept), added, changed, removed, or +N / -M values."
        },
    )


class DuplicateWarning(Body):
    """A new record that a stored one resembles, neither reused nor listed in not_same_as."""

    file = Str()
    line = fields.Integer()
    field = Str(metadata={"description": "The new record's id field, e.g. `events[0].id`."})
    id = Str(metadata={"description": "The new record's id."})
    candidate = Str(metadata={"description": "The stored record it may be."})
    score = fields.Float()
    reasons = fields.List(Str())
    message = Str()


class IngestReport(Body):
    dry_run = fields.Boolean()
    files = fields.Integer()
    changed = fields.Boolean()
    counts = fields.Dict(keys=Str(), values=Nested(IngestCounts))
    links = Nested(LinkCounts)
    registry_changes = fields.List(
        Nested(RegistryChange),
        metadata={"description": "Each registry entry created or updated, with its fields."},
    )
    warnings = fields.List(
        Nested(DuplicateWarning),
        metadata={"description": "Probable duplicates of stored records (`strict=true`: 422)."},
    )


class TermLabel(Body):
    en = Str()
    ar = Str()
    ru = Str()


class VocabularyTerm(Body):
    term = Str()
    label = Nested(TermLabel)
    description = nullable_str()
    plover = nullable_str(metadata={"description": "PLOVER event type (POLECAT), if one fits."})
    cameo = nullable_str(metadata={"description": "CAMEO root code and name, if one fits."})
    origin = Str(metadata={"description": "base (ships with the service) or curated."})


def _terms() -> fields.List[Any]:
    return fields.List(Nested(VocabularyTerm))


class VocabularyListing(Body):
    event_types = _terms()
    statement_kinds = _terms()
    actor_kinds = _terms()
    place_kinds = _terms()
    relation_types = _terms()
