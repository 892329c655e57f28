"""/curate: the curation workbench, a page that works offline and writes through the API."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from kb_service.model import taxonomy

blp = Blueprint("workbench", __name__, template_folder="../templates")

LANGUAGES = ("en", "ar")
# The page holds an API key while it is open: it is never framed (no clickjacking of its
# submit button), talks to this site only, and sends no Referer.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


@blp.route("/curate")
def curate() -> Response:
    """Render the workbench in English or Arabic (`lang=ar`); any other parameter is a 400."""
    lang = request.args.get("lang", "en")
    unknown = [name for name in request.args if name != "lang"]
    if lang not in LANGUAGES or unknown:
        invalid = [{"name": "lang", "reason": "must be en or ar"}] if lang not in LANGUAGES else []
        invalid += [{"name": name, "reason": "is not a parameter of this page"} for name in unknown]
        html = render_template("embed_error.html", invalid=invalid)
        return _page(html, 400)
    return _page(render_template("curate.html", lang=lang, statuses=list(taxonomy.EVENT_STATUSES)))


def _page(html: str, status: int = 200) -> Response:
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response
