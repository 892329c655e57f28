"""/curate: the curation workbench, a page that works offline and writes through the API."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request
from marshmallow import fields, validate

from kb_service.api import html_pages
from kb_service.api.params import Query
from kb_service.model import taxonomy

blp = Blueprint("workbench", __name__, template_folder="../templates")

# The page holds an API key while it is open: it is never framed (no clickjacking of its
# submit button), talks to this site only, sends no Referer and is not cached.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
CACHE = "no-store"


class CurateQuery(Query):
    lang = fields.String(load_default="en", validate=validate.OneOf(("en", "ar")))


@blp.route("/curate")
def curate() -> Response:
    """Render the workbench in English or Arabic (`lang=ar`); any other parameter is a 400."""
    refused = html_pages.refused(CurateQuery(), CONTENT_SECURITY_POLICY, cache=CACHE)
    if refused is not None:
        return refused
    page = render_template(
        "curate.html",
        lang=request.args.get("lang", "en"),
        statuses=list(taxonomy.EVENT_STATUSES),
    )
    return html_pages.html(page, CONTENT_SECURITY_POLICY, cache=CACHE)
