"""Answers in other standards' shapes (TimelineJS, Hypothesis, W3C annotations, GeoJSON, CSV),
documented beside the JSON they are alternatives to."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields

from kb_service.api.responses.envelopes import StatementPage, TimelinePage
from kb_service.api.responses.schema_base import Body, Nested, Str


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
