"""The fields query schemas share: ids, cursors, formats, EDTF date bounds, known-on times."""

from __future__ import annotations

import re
from typing import Any

from marshmallow import ValidationError, fields, validate

from kb_service.model import dates
from kb_service.read import changes

CURSOR = validate.Regexp(r"^[A-Za-z0-9_-]*$", error="is not a cursor this API issued")
ID = validate.Regexp(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", error="must be a kebab-case id")
TERM = validate.Regexp(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", error="must be a vocabulary term")
FORMATS = ("json", "csv", "ndjson")
# Evidence as W3C Web Annotations (JSON-LD) or a Hypothesis import file (api/annotations.py).
ANNOTATION_FORMATS = ("jsonld", "hypothesis")
ANNOTATION_HELP = (
    " jsonld: one W3C Web Annotation per evidence item (JSON-LD); hypothesis: the same as a "
    "file Hypothesis imports."
)
EDTF_CHARACTERS = r"^[0-9A-Z?~%/.:+-]+$"  # what EDTF dates are written with (ASCII only)


class DateBound(fields.String):
    """`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or any EDTF date, loaded as its span."""

    def __init__(self, **kwargs: Any) -> None:
        # The length bounds are checked on the text in _deserialize; these document them.
        bounds = {"minLength": 1, "maxLength": dates.MAX_LENGTH, "pattern": EDTF_CHARACTERS}
        super().__init__(**{**kwargs, "metadata": {**kwargs.get("metadata", {}), **bounds}})

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        text = super()._deserialize(value, attr, data, **kwargs)
        if not 1 <= len(text) <= dates.MAX_LENGTH:
            raise ValidationError(f"must be 1 to {dates.MAX_LENGTH} characters")
        if not re.fullmatch(EDTF_CHARACTERS, text):
            raise ValidationError("is not an EDTF date (digits, X, -, /, .., ?, ~ and %)")
        try:
            return dates.parse(text)
        except dates.InvalidDate as exc:
            raise ValidationError(str(exc)) from exc


KNOWN_ON_CHARACTERS = r"^[0-9T:.+\-Z ]+$"
MAX_KNOWN_ON = 40


class KnownOn(fields.String):
    """An ISO-8601 datetime (UTC unless it names an offset), or a date: the end of that day, UTC."""

    def __init__(self, **kwargs: Any) -> None:
        # Checked on the text in _deserialize; these document them (and keep the request line
        # of every documented request within gunicorn's limit: tests/test_fuzz.py).
        bounds = {"minLength": 1, "maxLength": MAX_KNOWN_ON, "pattern": KNOWN_ON_CHARACTERS}
        super().__init__(**{**kwargs, "metadata": {**kwargs.get("metadata", {}), **bounds}})

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        text = super()._deserialize(value, attr, data, **kwargs)
        if not 1 <= len(text) <= MAX_KNOWN_ON:
            raise ValidationError(f"must be 1 to {MAX_KNOWN_ON} characters")
        if not re.fullmatch(KNOWN_ON_CHARACTERS, text):
            raise ValidationError("is not an ISO-8601 date or datetime")
        try:
            return changes.known_on(text)
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc


def ident(**kwargs: Any) -> fields.String:
    """Return a field for one record id."""
    return fields.String(validate=[validate.Length(max=120), ID], **kwargs)


# Up to 5 ids per list: with every parameter of the statement list at its maximum, the request
# line stays within gunicorn's 8,190 bytes (its largest limit short of none), so the app, not
# gunicorn, answers every request the OpenAPI document allows (tests/test_fuzz.py checks this).
MAX_IDS = 5


def idents(**kwargs: Any) -> fields.List[Any]:
    """Return a repeatable id parameter (`actor=a&actor=b`), at most MAX_IDS of them."""
    return fields.List(ident(), validate=validate.Length(max=MAX_IDS), **kwargs)


def bom_field() -> fields.Boolean:
    """Return the `bom` parameter of every list that answers CSV."""
    return fields.Boolean(
        load_default=False,
        metadata={
            "description": "CSV only: start with a UTF-8 byte-order mark, so that Excel reads "
            "Arabic and Cyrillic text as UTF-8."
        },
    )
