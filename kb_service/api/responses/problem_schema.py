"""The one error shape: RFC 9457 problem details."""

from __future__ import annotations

from marshmallow import fields

from kb_service.api.responses.schema_base import Body, Nested, Str

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
    candidate = Str(
        metadata={"description": "The stored record a new one may be (strict=true refusals)."}
    )
    score = fields.Float(metadata={"description": "How alike the two records are, 0 to 1."})
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
