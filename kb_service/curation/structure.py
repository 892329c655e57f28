"""marshmallow schemas of the curated format: the shape, types and ranges of every field."""

from __future__ import annotations

from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from kb_service.model import dates, taxonomy
from kb_service.model.text import unsafe_character

SLUG = validate.Regexp(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", error="must be a kebab-case id (a-z, 0-9, -)")
TERM = validate.Regexp(
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$", error="must be a kebab-case term (a-z, 0-9, -)"
)


class Text(fields.String):
    """A string with a length cap and no control or bidi-override characters."""

    def __init__(self, *, max_length: int = 500, multiline: bool = False, **kwargs: Any) -> None:
        super().__init__(validate=validate.Length(min=1, max=max_length), **kwargs)
        self.multiline = multiline

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text: str = super()._deserialize(value, attr, data, **kwargs)
        problem = unsafe_character(text, multiline=self.multiline)
        if problem:
            raise ValidationError(f"contains a {problem}")
        return text


class TermName(fields.String):
    """A vocabulary term (checked against the vocabulary with the other cross-file checks)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(validate=[validate.Length(max=60), TERM], **kwargs)


class Slug(fields.String):
    """A stable, human-readable id."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(validate=[validate.Length(max=120), SLUG], **kwargs)


class Edtf(fields.String):
    """An EDTF date, checked with the edtf package and our storable range."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # an unquoted year such as `date: 1988` is read as a number
        text: str = super()._deserialize(value, attr, data, **kwargs)
        try:
            dates.parse(text)
        except dates.InvalidDate as exc:
            raise ValidationError(str(exc)) from exc
        return text


def slugs(**kwargs: Any) -> fields.List[Any]:
    """Return a list-of-ids field (empty by default)."""
    return fields.List(Slug(), load_default=list, validate=validate.Length(max=200), **kwargs)


class Strict(Schema):
    """Unknown fields are errors, not silently dropped."""

    class Meta:
        unknown = RAISE


class Names(Strict):
    en = Text()  # required of a new entry: checked against the graph when it is written
    ar = Text()
    ru = Text()


class Aliases(Strict):
    en = fields.List(Text(), load_default=list)
    ar = fields.List(Text(), load_default=list)
    ru = fields.List(Text(), load_default=list)


LANGUAGE = validate.Regexp(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$", error="must be a language tag")
TEXT_FILE = validate.Regexp(r"^[\w.-]+\.txt$", error="must be a .txt file name beside this file")


class OtherName(Strict):
    """A name in another language or spelling, and the parties that use it (the choice of a
    place's name can be political: Stepanakert, Khankendi)."""

    name = Text(required=True, max_length=300)
    language = fields.String(required=True, validate=LANGUAGE)
    used_by = slugs()
    note = Text(max_length=1000)


NAMES_REMOVABLE = ("ar", "ru")
FIELDS_REMOVABLE = ("description", "wikidata", "within", "location", "other_names")


class Removal(Strict):
    """What an update takes away from a stored entry (the rest of the entry is merged onto it):
    names by language, aliases by value, other fields by name. names.en and kind are required:
    they are replaced, never removed."""

    names = fields.List(
        fields.String(
            validate=validate.OneOf(
                NAMES_REMOVABLE, error="must be ar or ru (names.en is required: give a new one)"
            )
        ),
        load_default=list,
    )
    aliases = fields.Nested(Aliases, load_default=dict)
    # `fields` in the file; a schema's own `fields` attribute cannot be a field's name.
    removed_fields = fields.List(
        fields.String(
            validate=validate.OneOf(
                FIELDS_REMOVABLE,
                error="must be one of {choices} (kind and names are replaced, not removed)",
            )
        ),
        load_default=list,
        data_key="fields",
    )


class Entity(Strict):
    id = Slug(required=True)
    names = fields.Nested(Names, load_default=dict)
    aliases = fields.Nested(Aliases, load_default=dict)
    other_names = fields.List(
        fields.Nested(OtherName), load_default=list, validate=validate.Length(max=100)
    )
    wikidata = fields.String(validate=validate.Regexp(r"^Q[1-9][0-9]*$", error="must be a QID"))
    description = Text(max_length=2000)
    remove = fields.Nested(Removal)


class Actor(Entity):
    kind = TermName()  # required of a new entry, as names.en is


class Location(Strict):
    """Where a place is: a point (lat, lon) or a bounding box, with the gazetteer entry it is
    taken from (a GeoNames id or a Wikidata QID), never guessed."""

    lat = fields.Float(validate=validate.Range(min=-90, max=90))
    lon = fields.Float(validate=validate.Range(min=-180, max=180))
    bbox = fields.List(
        fields.Float(validate=validate.Range(min=-180, max=180)),
        validate=validate.Length(equal=4),
        metadata={"description": "[west, south, east, north] in degrees"},
    )
    geonames = fields.Integer(strict=True, validate=validate.Range(min=1))
    wikidata = fields.String(validate=validate.Regexp(r"^Q[1-9][0-9]*$", error="must be a QID"))

    @validates_schema
    def one_shape_and_a_source(self, data: dict[str, Any], **kwargs: Any) -> None:
        """Require a point or a box (not both), and where it comes from."""
        point = ("lat" in data, "lon" in data)
        if point[0] != point[1]:
            raise ValidationError("give both lat and lon", field_name="lat" if point[1] else "lon")
        if point[0] == ("bbox" in data):
            raise ValidationError("give a point (lat, lon) or a bbox, not both", field_name="bbox")
        if "bbox" in data:
            _, south, _, north = data["bbox"]
            if not (-90 <= south <= north <= 90):
                raise ValidationError("south and north must be latitudes, south first", "bbox")
        if "geonames" not in data and "wikidata" not in data:
            message = "give the entry the location comes from: geonames (an id) or wikidata"
            raise ValidationError(message, field_name="geonames")


class Place(Entity):
    kind = TermName()  # required of a new entry, as names.en is
    within = Slug()
    location = fields.Nested(Location)


class Conflict(Entity):
    pass


class Registry(Strict):
    kind = fields.String(required=True, validate=validate.Equal("registry"))
    actors = fields.List(fields.Nested(Actor), load_default=list)
    places = fields.List(fields.Nested(Place), load_default=list)
    conflicts = fields.List(fields.Nested(Conflict), load_default=list)


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
