"""The field types every curated document uses: text without control or bidi characters, ids,
vocabulary terms and EDTF dates, and the strict schema that refuses unknown fields."""

from __future__ import annotations

from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate

from kb_service.model import dates
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


LANGUAGE = validate.Regexp(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$", error="must be a language tag")
TEXT_FILE = validate.Regexp(r"^[\w.-]+\.txt$", error="must be a .txt file name beside this file")
