"""The registry document's schema: actors, places (with where they are) and conflicts, and what
an update of a stored entry takes away."""

from __future__ import annotations

from typing import Any

from marshmallow import ValidationError, fields, validate, validates_schema

from kb_service.curation.structure.field_types import LANGUAGE, Slug, Strict, TermName, Text, slugs


class Names(Strict):
    en = Text()  # required of a new entry: checked against the graph when it is written
    ar = Text()
    ru = Text()


class Aliases(Strict):
    en = fields.List(Text(), load_default=list)
    ar = fields.List(Text(), load_default=list)
    ru = fields.List(Text(), load_default=list)


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
