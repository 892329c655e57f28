"""The schemas of events and statements: dates, references, evidence, versions."""

from __future__ import annotations

from typing import Any

from marshmallow import fields

from kb_service.api.responses.schema_base import CITED, Body, Nested, Str, nullable_str


class Date(Body):
    """The one date shape: an EDTF expression and what it means; every key is null on an
    undated relation."""

    edtf = nullable_str()
    earliest = nullable_str(metadata={"description": "The earliest possible day, or null."})
    latest = nullable_str(metadata={"description": "The latest possible day, or null."})
    precision = nullable_str(metadata={"description": "day, month, season, year, decade ..."})
    uncertain = fields.Boolean(allow_none=True)
    approximate = fields.Boolean(allow_none=True)


class SourceRef(Body):
    id = Str()
    title = Str()
    publisher = Str()
    published = Str()


class SourceId(fields.String):
    """A source cited by its id; the body's top-level `sources` holds it, once. Where a body
    has no such map (an NDJSON line), the source is given whole."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        if not isinstance(value, dict):
            return super()._serialize(value, attr, obj, **kwargs)
        cited = CITED.get()
        if cited is None:
            return SOURCE_REF.dump(value)
        cited.setdefault(value["id"], value)
        return value["id"]


SOURCE_REF = SourceRef()


def cited_source() -> SourceId:
    """Return the field of a source an evidence item or a version cites."""
    return SourceId(metadata={"description": "The source's id: `sources` (top level) has it."})


class Evidence(Body):
    source = cited_source()
    passage = fields.Integer()
    quote = Str()
    note = nullable_str()


class Ref(Body):
    id = Str()
    name = nullable_str()
    name_ar = nullable_str()
    kind = Str(
        attribute="type",
        metadata={"description": "The record's kind: actor, place, conflict, event or statement."},
    )
    role = nullable_str()


class Location(Body):
    """Where a place is (a point or a box), from the gazetteer entry `source` names."""

    lat = fields.Float(allow_none=True)
    lon = fields.Float(allow_none=True)
    bbox = fields.List(
        fields.Float(), allow_none=True, metadata={"description": "[west, south, east, north]"}
    )
    source = Str(metadata={"description": "geonames:<id> or wikidata:<QID>"})


class PlaceRef(Ref):
    location = Nested(Location, allow_none=True)


class Version(Body):
    """What one source says of an event (title, type, status, participants) or a statement
    (statement_kind, speakers), with its date."""

    source = cited_source()
    date = Nested(Date)
    title = nullable_str()
    type = nullable_str()
    statement_kind = nullable_str()
    status = nullable_str()
    participants = fields.List(Nested(Ref))
    speakers = fields.List(Str())


class Record(Body):
    """Fields every event and statement record has."""

    kind = Str(metadata={"enum": ["event", "statement"]})
    id = Str()
    date = Nested(Date)
    status = Str(metadata={"enum": ["occurred", "ongoing", "scheduled", "due"]})
    conflict = nullable_str()
    plover = nullable_str()
    first_reported = nullable_str()
    sources_disagree = fields.Boolean(
        metadata={"description": "True when `disagree_on` names any field."}
    )
    disagree_on = fields.List(
        Str(
            metadata={
                "enum": ["date", "participants", "speakers", "statement_kind", "type"],
            }
        ),
        metadata={
            "description": "The fields the versions disagree on, sorted: date (intervals that "
            "do not meet), type or statement_kind, participants or speakers (other actor ids)."
        },
    )
    versions = fields.List(Nested(Version))
    evidence = fields.List(Nested(Evidence))


class Renewal(Body):
    every = Str()
    automatic = fields.Boolean()
    unless = nullable_str()


class Event(Record):
    title = Str()
    type = Str()
    title_ar = Str(metadata={"description": "The title in Arabic, the source's words; if given."})
    title_ru = Str(metadata={"description": "The title in Russian, the source's words; if given."})
    summary = nullable_str()
    participants = fields.List(Nested(Ref))
    places = fields.List(Nested(PlaceRef))
    renewal = Nested(Renewal, allow_none=True)
    cameo = nullable_str()


class Statement(Record):
    statement_kind = Str()
    quote = Str()
    language = Str()
    text_en = Str()
    speakers = fields.List(Nested(Ref))
    addressees = fields.List(Nested(Ref))
    reported_via = fields.List(Nested(Ref))
    about = fields.List(Nested(Ref))
    occasion = nullable_str()
    place = nullable_str()
    place_location = Nested(
        Location, allow_none=True, metadata={"description": "Where `place` is, if known."}
    )
    contradicts = fields.List(Str())
    responds_to = fields.List(Str())
    responses = fields.List(Str())


class TimelineItem(Statement, Event):
    """An event or a statement; `kind` tells which fields are present."""


class Related(Body):
    relation = Str(
        attribute="type", metadata={"description": "precedes, causes, part_of or responds_to."}
    )
    direction = Str()
    id = Str()
    title = Str()
    date = Nested(Date)


class EventDetail(Event):
    related = fields.List(Nested(Related))
    statements = fields.List(Nested(Statement))


class DateReading(Body):
    edtf = Str()
    earliest = nullable_str(metadata={"description": "The earliest possible day, or null."})
    latest = nullable_str(metadata={"description": "The latest possible day, or null."})
    precision = Str()
    uncertain = fields.Boolean()
    approximate = fields.Boolean()
    reading = Str(metadata={"description": "The date in words, in the language asked."})
