"""The schemas of actors, places, conflicts, sources and search hits."""

from __future__ import annotations

from marshmallow import fields

from kb_service.api.responses.record_schemas import Date, Evidence, Location, Ref
from kb_service.api.responses.schema_base import Body, Nested, Str, nullable_str


class Names(Body):
    en = nullable_str()
    ar = nullable_str()
    ru = nullable_str()


class Aliases(Body):
    """Other names of an entry, per language: lists, empty when there are none."""

    en = fields.List(Str())
    ar = fields.List(Str())
    ru = fields.List(Str())


class Entity(Body):
    id = Str()
    kind = Str(metadata={"enum": ["actor", "place", "conflict"]})
    actor_kind = nullable_str(metadata={"description": "Actors: a term of actor_kinds."})
    place_kind = nullable_str(metadata={"description": "Places: a term of place_kinds."})
    wikidata = nullable_str()
    within = nullable_str()
    names = Nested(Names)
    location = Nested(
        Location, allow_none=True, metadata={"description": "Places: null when none is known."}
    )


class RelationItem(Body):
    id = Str()
    relation = Str(attribute="type", metadata={"description": "A term of relation_types."})
    role = nullable_str()
    as_ = Str(data_key="as", attribute="as")
    other = Nested(Ref)
    date = Nested(Date)
    evidence = fields.List(Nested(Evidence))


class OtherName(Body):
    name = Str()
    language = Str()
    used_by = fields.List(Str(), metadata={"description": "Actors that use this name."})


class DatedEvent(Body):
    """An event a place or a conflict lists: its titles (those in the source's words only when
    the curator gave them), type (key dates) and date."""

    id = Str()
    title = Str()
    date = Nested(Date)
    type = Str()
    title_ar = Str()
    title_ru = Str()


class Party(Body):
    id = Str()
    name = nullable_str()
    relation = Str(metadata={"description": "The party-to relation's id."})


class Mediator(Party):
    date = Nested(Date, metadata={"description": "The mediator-of relation's date."})
    co_chairs = fields.List(Str(), metadata={"description": "Actors that co-chair it."})


class EntityDetail(Entity):
    description = nullable_str()
    aliases = Nested(Aliases)
    other_names = fields.List(Nested(OtherName))
    relations = fields.List(Nested(RelationItem))
    conflicts = fields.List(Nested(Ref))
    contains = fields.List(Str())
    events = fields.List(Nested(DatedEvent))
    parties = fields.List(Nested(Party))
    mediators = fields.List(Nested(Mediator))
    key_dates = fields.List(Nested(DatedEvent))
    statement_count = fields.Integer()
    event_count = fields.Integer()


class Passage(Body):
    number = fields.Integer()
    text = Str()
    content = fields.Boolean()
    cited_by = fields.Integer()


class Source(Body):
    id = Str()
    title = Str()
    title_en = nullable_str()
    publisher = Str()
    credited_to = nullable_str()
    url = nullable_str()
    language = Str()
    published = Str()
    passage_count = fields.Integer()


class SourceDetail(Source):
    text_sha256 = Str()
    ingested_at = nullable_str(
        metadata={
            "format": "date-time",
            "description": "When the knowledge base first ingested this source (UTC, to the "
            "millisecond); a replacement keeps it. Null for a source written before the "
            "service kept times and not ingested since.",
        }
    )
    replaced_at = nullable_str(
        metadata={
            "format": "date-time",
            "description": "When a new version of this source last replaced the stored one; "
            "null if never. GET /api/v1/changes lists every write.",
        }
    )
    passages = fields.List(Nested(Passage))
    assertions = fields.Integer()


class SearchReason(Body):
    how = Str(
        metadata={"description": "exact, variant, spelling, fuzzy, prefix, names, type or text."}
    )
    entity = Str(metadata={"description": "names: the actor, place or conflict the record names."})
    term = Str(metadata={"description": "type: the record's event type or statement kind."})
    name = nullable_str(metadata={"description": "The name or label that matched."})
    language = nullable_str()


class SearchHit(Body):
    id = Str()
    kind = Str(
        attribute="type",
        metadata={"description": "The record's kind: actor, place, conflict, event or statement."},
    )
    name = nullable_str()
    name_original = nullable_str()
    match = Str(
        metadata={
            "description": "How the hit matched, best first: exact (a name, folded), variant "
            "(a name without a clitic or case ending), spelling (its consonant skeleton), fuzzy "
            "(a name one edit away), prefix (with prefix=true: a name word the last query word "
            "begins), names (an event or statement naming an actor, place or conflict a word "
            "names, in any language), type (an event of a type or a statement of a kind whose "
            "label, in any language, the words hold) or text (words of a title, quote or "
            "summary)."
        }
    )
    matched_name = nullable_str(
        metadata={"description": "The name, alias or type label that matched."}
    )
    matched_language = nullable_str()
    matched = fields.List(
        Nested(SearchReason),
        metadata={"description": "Every reason the hit matched, best first."},
    )
    score = fields.Float(
        metadata={
            "description": "0 to 1, one scale for the whole list: the hit's score as a share "
            "of the best score of the index that found it in this answer (the names index, or "
            "the full-text indexes); 1 is that best, 0 a record found only by what it names. "
            "The list is ordered by `match` first, then score."
        }
    )
