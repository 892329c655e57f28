"""/dates: an EDTF date read back in words, with its bounds and precision."""

from __future__ import annotations

from typing import Any

from flask import Response

from kb_service.api import render, responses
from kb_service.api.blueprint import Blueprint
from kb_service.api.curation_params import DateReadingQuery
from kb_service.model import date_reading

blp = Blueprint("dates", __name__, url_prefix="/api/v1", description="EDTF dates read back")


@blp.route("/dates")
@blp.arguments(DateReadingQuery(), location="query")
@blp.response(200, responses.DateReadingEnvelope)
def read_date(args: dict[str, Any]) -> Response:
    """Read an EDTF date as the service stores it: earliest and latest day, precision,
    qualifiers, and the date in words ("Feb 1988, month precision")."""
    return render.record(date_reading.read(args["edtf"], args["lang"]))
