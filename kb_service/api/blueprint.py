"""The API's blueprints: flask-smorest's, with the parameter parser this API answers by."""

from __future__ import annotations

from flask_smorest import Blueprint as SmorestBlueprint
from marshmallow import RAISE
from webargs.flaskparser import FlaskParser


class ArgumentsParser(FlaskParser):
    """webargs answers 422 for invalid parameters and drops unknown query parameters by
    default: here an invalid or unknown query parameter is a 400, so a typo never silently
    widens a query (and the OpenAPI document says 400 too)."""

    DEFAULT_VALIDATION_STATUS = 400
    DEFAULT_UNKNOWN_BY_LOCATION: dict[str, str | None] = {  # noqa: RUF012 (webargs' own form)
        **FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION,
        "query": RAISE,
    }


PARSER = ArgumentsParser()


class Blueprint(SmorestBlueprint):  # type: ignore[misc]
    """A flask-smorest Blueprint that parses with PARSER. A subclass's ARGUMENTS_PARSER is
    flask-smorest's documented way to change the parser, and flask-smorest's own is untouched."""

    ARGUMENTS_PARSER = PARSER
