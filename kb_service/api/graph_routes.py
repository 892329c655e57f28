"""/graph: the neighbourhood of a record as Cytoscape.js JSON, for dashboards."""

from __future__ import annotations

from typing import Any

from flask import Response
from marshmallow import Schema, fields, validate

from kb_service.api import render
from kb_service.api.param_fields import ident
from kb_service.api.params import Query
from kb_service.api.request_context import Blueprint, database
from kb_service.read import graph

blp = Blueprint("graph", __name__, url_prefix="/api/v1", description="Graph views")


class GraphQuery(Query):
    center = ident(required=True)
    depth = fields.Integer(load_default=1, validate=validate.OneOf((1, 2)))


class Element(Schema):
    data = fields.Dict()


class Elements(Schema):
    nodes = fields.List(fields.Nested(Element))
    edges = fields.List(fields.Nested(Element))


class GraphBody(Schema):
    elements = fields.Nested(Elements)
    truncated = fields.Boolean()


@blp.route("/graph")
@blp.arguments(GraphQuery(), location="query")
@blp.response(200, GraphBody)
def get_graph(args: dict[str, Any]) -> Response:
    """Return the neighbourhood of one record (depth 1 or 2) as Cytoscape.js elements."""
    return render.json_response(graph.neighbourhood(database(), args["center"], args["depth"]))
