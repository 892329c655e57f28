"""The HTML pages: the embeds for dashboards' iframes (/embed/...), the curation workbench
(/curate) and the Neo4j Browser guide (/browser-guide), all working offline. Their parameters
are checked as the API checks them, what is wrong is shown as a page (still a 400, not
problem+json), each page carries its own Content-Security-Policy, and every response, errors
and the docs page included, carries the security headers."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import urlencode

from flask import Blueprint, Flask, Response, render_template, request
from marshmallow import Schema, fields, validate
from werkzeug.exceptions import HTTPException

from kb_service.api.error_responses import invalid_parameters
from kb_service.api.params import Query, TimelineQuery
from kb_service.api.request_context import PARSER, settings
from kb_service.model import taxonomy
from kb_service.read import explore_queries

DOCS_PREFIX = "/docs"
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)
blp = Blueprint(
    "pages",
    __name__,
    static_folder="../static",
    static_url_path="/static",
    template_folder="../templates",
)

# The workbench holds an API key while it is open: it is never framed (no clickjacking of its
# submit button), talks to this site only, sends no Referer and is not cached.
WORKBENCH_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
WORKBENCH_CACHE = "no-store"
# Neo4j Browser renders the guide's HTML inside its own page (scripts stripped); opened directly,
# the page needs nothing but its own markup.
GUIDE_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'"
# Neo4j Browser fetches a guide cross-origin, with `Pragma` and `Cache-Control` request headers
# and, to localhost, the tracing headers of its bundled Sentry (hence a preflight). The guide is
# public text from this repository: any origin may read it.
GUIDE_CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET",
    "Access-Control-Allow-Headers": "Cache-Control, Pragma, sentry-trace, baggage",
    "Access-Control-Max-Age": "600",
}


class EmbedQuery(TimelineQuery):
    lang = fields.String(load_default="en", validate=validate.OneOf(("en", "ar")))

    class Meta:
        exclude = ("cursor", "format", "limit", "bom")


class CurateQuery(Query):
    lang = fields.String(load_default="en", validate=validate.OneOf(("en", "ar")))


def html(body: str, policy: str, status: int = 200, *, cache: str | None = None) -> Response:
    """Answer a page under its Content-Security-Policy, sending no Referer."""
    response = Response(body, status=status, mimetype="text/html")
    response.headers["Content-Security-Policy"] = policy
    response.headers["Referrer-Policy"] = "no-referrer"
    if cache is not None:
        response.headers["Cache-Control"] = cache
    return response


def refused(schema: Schema, policy: str, *, cache: str | None = None) -> Response | None:
    """Parse the query string with the API's parser; answer the error page when it refuses."""
    try:
        PARSER.parse(schema, request, location="query")
    except HTTPException as exc:
        invalid = invalid_parameters(exc)
        if invalid is None:
            raise
        page = render_template("embed_error.html", invalid=invalid)
        return html(page, policy, 400, cache=cache)
    return None


def embed_policy() -> str:
    """Allow an embed its own assets only, and framing by the configured origins only."""
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
    checked = _embed_refused()
    if checked is not None:
        return checked
    return _embed(
        render_template(
            "embed_map.html",
            api_url=_api_url(format_="geojson"),
            lang=request.args.get("lang", "en"),
        )
    )


@blp.route("/embed/dashboard")
def embed_dashboard() -> Response:
    """Render the timeline and the map of the same filters, linked."""
    checked = _embed_refused()
    if checked is not None:
        return checked
    query = urlencode(list(request.args.items(multi=True)))
    suffix = f"?{query}" if query else ""
    return _embed(
        render_template(
            "embed_dashboard.html",
            timeline_url=f"/embed/timeline{suffix}",
            map_url=f"/embed/map{suffix}",
            lang=request.args.get("lang", "en"),
        )
    )


def _embed_refused() -> Response | None:
    return refused(EmbedQuery(), embed_policy())


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
    checked = _embed_refused()
    if checked is not None:
        return checked
    lang = request.args.get("lang", "en")
    return _embed(render_template("embed_timeline.html", api_url=_api_url(), lang=lang))


def _embed(body: str) -> Response:
    return html(body, embed_policy())


@blp.route("/curate")
def curate() -> Response:
    """Render the workbench in English or Arabic (`lang=ar`); any other parameter is a 400."""
    checked = refused(CurateQuery(), WORKBENCH_POLICY, cache=WORKBENCH_CACHE)
    if checked is not None:
        return checked
    page = render_template(
        "curate.html",
        lang=request.args.get("lang", "en"),
        statuses=list(taxonomy.EVENT_STATUSES),
    )
    return html(page, WORKBENCH_POLICY, cache=WORKBENCH_CACHE)


@blp.route("/browser-guide", methods=["GET", "OPTIONS"])
def browser_guide() -> Response:
    """Answer the guide that `:play http://localhost:8000/browser-guide` shows in Neo4j Browser."""
    if request.method == "OPTIONS":
        response = Response(status=204)
    else:
        # The guide takes no parameter: any is refused, as the API refuses unknown ones.
        response = refused(Query(), GUIDE_POLICY) or html(
            render_template("browser_guide.html", queries=explore_queries.every_query()),
            GUIDE_POLICY,
            cache="no-cache",
        )
    response.headers.update(GUIDE_CORS_HEADERS)
    return response


def docs_policy(page: bytes) -> str:
    """Allow the docs page its own assets and, by hash, the one inline script that starts
    Swagger UI; no framing by other sites."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(script).digest()).decode() + "'"
        for script in _INLINE_SCRIPT.findall(page)
    )
    # Swagger UI sets inline style attributes and draws data: images, hence those two allowances.
    return (
        f"default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


def _secure(response: Response) -> Response:
    response.headers["X-Content-Type-Options"] = "nosniff"
    if request.path.startswith(DOCS_PREFIX) and response.mimetype == "text/html":
        response.headers["Content-Security-Policy"] = docs_policy(response.get_data())
        response.headers["Referrer-Policy"] = "no-referrer"
    return response


def init_app(app: Flask) -> None:
    """Add the headers to every response, errors included."""
    app.after_request(_secure)
