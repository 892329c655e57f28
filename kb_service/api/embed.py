"""/embed/timeline: an interactive timeline page for dashboards' iframes, working offline."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request
from flask_smorest import Blueprint as SmorestBlueprint
from marshmallow import fields, validate
from werkzeug.exceptions import HTTPException

from kb_service.api.context import settings
from kb_service.api.errors import invalid_parameters
from kb_service.api.params import TimelineQuery

blp = Blueprint(
    "embed",
    __name__,
    static_folder="../static",
    static_url_path="/static",
    template_folder="../templates",
)


class EmbedQuery(TimelineQuery):
    lang = fields.String(load_default="en", validate=validate.OneOf(("en", "ar")))

    class Meta:
        exclude = ("cursor", "format", "limit")


def content_security_policy() -> str:
    """Allow this page's own assets only, and framing by the configured origins only."""
    ancestors = " ".join(["'self'", *settings().cors_origins])
    # vis-timeline positions items with inline style attributes, hence 'unsafe-inline' for styles
    # only; scripts stay restricted to this site's own files.
    return (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        f"frame-ancestors {ancestors}"
    )


@blp.route("/embed/timeline")
def embed_timeline() -> Response:
    """Render the timeline page; it fetches /api/v1/timeline with the same filters."""
    # The same checks as the API's, through the same parser; a page inside an iframe shows
    # what is wrong as a page (still a 400), not as problem+json.
    try:
        SmorestBlueprint.ARGUMENTS_PARSER.parse(EmbedQuery(), request, location="query")
    except HTTPException as exc:
        invalid = invalid_parameters(exc)
        if invalid is None:
            raise
        return _page(render_template("embed_error.html", invalid=invalid), 400)
    passed = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"]
    if "include" not in request.args:
        passed.append(("include", "all"))
    api_url = f"/api/v1/timeline?{urlencode([*passed, ('limit', '500')])}"
    lang = request.args.get("lang", "en")
    return _page(render_template("embed_timeline.html", api_url=api_url, lang=lang))


def _page(html: str, status: int = 200) -> Response:
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Content-Security-Policy"] = content_security_policy()
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
