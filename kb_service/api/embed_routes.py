"""/embed/timeline and /embed/map: interactive pages for dashboards' iframes, working offline."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request
from marshmallow import fields, validate

from kb_service.api import html_pages
from kb_service.api.context import settings
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
        exclude = ("cursor", "format", "limit", "bom")


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


@blp.route("/embed/map")
def embed_map() -> Response:
    """Render the map page; it fetches /api/v1/timeline?format=geojson with the same filters."""
    checked = _checked()
    if checked is not None:
        return checked
    return _page(
        render_template(
            "embed_map.html",
            api_url=_api_url(format_="geojson"),
            lang=request.args.get("lang", "en"),
        )
    )


@blp.route("/embed/dashboard")
def embed_dashboard() -> Response:
    """Render the timeline and the map of the same filters, linked."""
    checked = _checked()
    if checked is not None:
        return checked
    query = urlencode(list(request.args.items(multi=True)))
    suffix = f"?{query}" if query else ""
    return _page(
        render_template(
            "embed_dashboard.html",
            timeline_url=f"/embed/timeline{suffix}",
            map_url=f"/embed/map{suffix}",
            lang=request.args.get("lang", "en"),
        )
    )


def _checked() -> Response | None:
    return html_pages.refused(EmbedQuery(), content_security_policy())


def _api_url(format_: str | None = None) -> str:
    """Return the API URL a page fetches: its own filters, every record (500 a page)."""
    passed = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"]
    if "include" not in request.args:
        passed.append(("include", "all"))
    if format_:
        passed.append(("format", format_))
    return f"/api/v1/timeline?{urlencode([*passed, ('limit', '500')])}"


@blp.route("/embed/timeline")
def embed_timeline() -> Response:
    """Render the timeline page; it fetches /api/v1/timeline with the same filters."""
    checked = _checked()
    if checked is not None:
        return checked
    lang = request.args.get("lang", "en")
    return _page(render_template("embed_timeline.html", api_url=_api_url(), lang=lang))


def _page(body: str) -> Response:
    return html_pages.html(body, content_security_policy())
