"""Query-parameter schemas: shapes and ranges only; unknown parameters are rejected."""

from __future__ import annotations

from typing import Any

from marshmallow import RAISE, Schema, fields, post_load, validate

from kb_service.api.param_fields import (
    ANNOTATION_FORMATS,
    ANNOTATION_HELP,
    CURSOR,
    FORMATS,
    TERM,
    DateBound,
    KnownOn,
    bom_field,
    ident,
    idents,
)
from kb_service.model import taxonomy
from kb_service.read.filters import Filters


class Query(Schema):
    """Base of every query schema: unknown parameters are errors."""

    class Meta:
        unknown = RAISE


class Paging(Query):
    limit = fields.Integer(
        load_default=50,
        validate=validate.Range(min=1, max=500),
        metadata={"description": "Records per page (1-500)."},
    )
    cursor = fields.String(
        validate=[validate.Length(max=512), CURSOR],
        metadata={"description": "The next_cursor of the previous page."},
    )
    format = fields.String(
        validate=validate.OneOf(FORMATS), metadata={"description": "json (default), csv or ndjson."}
    )
    bom = bom_field()


class DatedQuery(Paging):
    from_ = DateBound(
        data_key="from",
        metadata={"description": "Keep records whose possible interval overlaps [from, to]."},
    )
    to = DateBound(metadata={"description": "YYYY, YYYY-MM, YYYY-MM-DD or EDTF."})
    q = fields.String(
        validate=validate.Length(min=1, max=200),
        metadata={"description": "Words that the record's text must contain."},
    )
    as_of = DateBound(
        metadata={
            "description": "Answer as of this date: only what sources published by then support."
        }
    )
    as_known_on = KnownOn(
        metadata={
            "description": "Answer with what the knowledge base held at this time (ISO-8601, "
            "UTC unless an offset is given; a date means the end of that day): only records a "
            "source had asserted by then, with only those sources' versions and evidence. "
            "Records deleted since are not shown: GET /api/v1/changes lists them."
        }
    )
    conflict = ident()
    order = fields.String(load_default="asc", validate=validate.OneOf(("asc", "desc")))
    window = fields.String(
        load_default="overlaps",
        validate=validate.OneOf(("overlaps", "within")),
        metadata={
            "description": "overlaps (default): records whose possible interval overlaps "
            "[from, to]; within: only records certainly inside it (no open or uncertain end "
            "outside it)."
        },
    )

    def base_filters(self, data: dict[str, Any]) -> dict[str, Any]:
        """Return the Filters arguments common to timeline and statements."""
        bounds: dict[str, Any] = {}
        if "from_" in data:
            bounds["from_key"] = data["from_"].start_key
        if "to" in data:
            bounds["to_key"] = data["to"].end_key
        if "as_of" in data:
            bounds["as_of_key"] = data["as_of"].end_key
        return {
            **bounds,
            "known_on": data.get("as_known_on"),
            "conflict": data.get("conflict"),
            "text": data.get("q"),
            "order": data["order"],
            "within": data["window"] == "within",
        }


class TimelineQuery(DatedQuery):
    actor = idents(metadata={"description": "Participant (repeatable: any of them)."})
    place = ident(metadata={"description": "Place, including the places within it."})
    type = fields.List(
        fields.String(validate=[validate.Length(max=60), TERM]),
        validate=validate.Length(max=30),
        metadata={
            "description": "Event type or statement kind (repeatable), a term of "
            "GET /api/v1/vocabulary."
        },
    )
    status = fields.List(
        fields.String(validate=validate.OneOf(list(taxonomy.EVENT_STATUSES))),
        validate=validate.Length(max=len(taxonomy.EVENT_STATUSES)),
        metadata={
            "description": "What the source reports (repeatable): occurred, ongoing, scheduled "
            "or due (a deadline). Statements count as occurred."
        },
    )
    include = fields.String(
        load_default="events", validate=validate.OneOf(("events", "statements", "all"))
    )
    format = fields.String(
        validate=validate.OneOf((*FORMATS, "timelinejs", "geojson", *ANNOTATION_FORMATS)),
        metadata={
            "description": "json (default), csv, ndjson, timelinejs (Knight Lab TimelineJS), or "
            "geojson (one page as an RFC 7946 FeatureCollection, with next_cursor)."
            + ANNOTATION_HELP
        },
    )
    lang = fields.String(
        load_default="en",
        validate=validate.OneOf(("en", "ar", "ru")),
        metadata={
            "description": "format=timelinejs: the language of dates, labels and (for statements "
            "said in it) headlines: en (default), ar or ru."
        },
    )

    def timeline_filters(self, data: dict[str, Any]) -> Filters:
        """Return the timeline's filters from loaded parameters (the counts route's too)."""
        return Filters(
            **self.base_filters(data),
            actors=data.get("actor"),
            place=data.get("place"),
            types=data.get("type"),
            statuses=data.get("status"),
        )

    @post_load
    def to_filters(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Bundle the filters for the data-access layer."""
        return {
            "filters": self.timeline_filters(data),
            **_paging(data),
            "include": data["include"],
            "lang": data["lang"],
        }


class StatementQuery(DatedQuery):
    speaker = idents(metadata={"description": "Speaker (repeatable: any of them)."})
    about = idents(metadata={"description": "Any entity the statement is about."})
    addressed_to = idents()
    kind = fields.List(
        fields.String(validate=[validate.Length(max=60), TERM]),
        validate=validate.Length(max=20),
        data_key="statement_kind",
        metadata={"description": "Statement kind (repeatable), a term of GET /api/v1/vocabulary."},
    )
    contested = fields.Boolean(
        load_default=False,
        metadata={"description": "Only statements that another statement contradicts."},
    )
    format = fields.String(
        validate=validate.OneOf((*FORMATS, *ANNOTATION_FORMATS)),
        metadata={"description": "json (default), csv or ndjson." + ANNOTATION_HELP},
    )

    @post_load
    def to_filters(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Bundle the filters for the data-access layer."""
        extra = {
            "speakers": data.get("speaker"),
            "about": data.get("about"),
            "addressees": data.get("addressed_to"),
            "contested": data["contested"],
        }
        filters = Filters(
            **self.base_filters(data), types=data.get("kind"), statement_filters=extra
        )
        return {"filters": filters, **_paging(data)}


class ActorStatementQuery(StatementQuery):
    class Meta:
        exclude = ("speaker",)


class AsOfQuery(Query):
    as_of = DateBound()
    format = fields.String(validate=validate.OneOf(("json",)))

    @post_load
    def to_key(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Turn as_of into its day key."""
        return {"as_of_key": data["as_of"].end_key if "as_of" in data else None}


class RecordQuery(AsOfQuery):
    """One event or statement: as_of, and its evidence as Web Annotations if asked."""

    format = fields.String(
        validate=validate.OneOf(("json", *ANNOTATION_FORMATS)),
        metadata={"description": "json (default)." + ANNOTATION_HELP},
    )

    as_known_on = KnownOn(
        metadata={
            "description": "Answer with the record as the knowledge base held it at this time "
            "(ISO-8601, UTC unless an offset is given; a date means the end of that day): only "
            "the versions and evidence of sources that had asserted it by then, and 404 if none "
            "had. Related events and statements follow the same rule."
        }
    )

    @post_load
    def to_key(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Turn as_of into its day key, keeping the format and as_known_on."""
        return {
            **super().to_key(data, **kwargs),
            "known_on": data.get("as_known_on"),
            "fmt": data.get("format", "json"),
        }


class NoParameters(Query):
    """For resources that take no query parameters (any given is an error)."""


class EntityListQuery(Paging):
    kind = fields.String(
        validate=validate.Length(max=40),
        data_key="actor_kind",
        metadata={"description": "Only actors of this kind (the field actor_kind)."},
    )


class PlaceListQuery(Paging):
    kind = fields.String(
        validate=validate.Length(max=40),
        data_key="place_kind",
        metadata={"description": "Only places of this kind (the field place_kind)."},
    )
    format = fields.String(
        validate=validate.OneOf((*FORMATS, "geojson")),
        metadata={
            "description": "json (default), csv, ndjson, or geojson (one page as an RFC 7946 "
            "FeatureCollection, with next_cursor)."
        },
    )


class SearchQuery(Query):
    q = fields.String(required=True, validate=validate.Length(min=1, max=200))
    type = fields.List(
        fields.String(
            validate=validate.OneOf(("actor", "place", "conflict", "event", "statement"))
        ),
        validate=validate.Length(max=5),
        data_key="kind",
        metadata={"description": "Only hits of these kinds (repeatable; the field kind)."},
    )
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))
    prefix = fields.Boolean(
        load_default=False,
        metadata={
            "description": "Search as you type: the last word also matches the names it "
            "begins (Norl finds Norland)."
        },
    )
    format = fields.String(validate=validate.OneOf(FORMATS))
    bom = bom_field()


def _paging(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "cursor": data.get("cursor"),
        "limit": data.get("limit", 50),
        "format": data.get("format"),
        "bom": data.get("bom", False),
    }
