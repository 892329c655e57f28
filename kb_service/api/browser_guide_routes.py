"""/browser-guide: a Neo4j Browser guide (`:play <url>`) through the exploration queries, built
from the header comments and bodies of cypher/explore/*.cypher each time it is asked for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Blueprint, Response, render_template, request

from kb_service.api import html_pages
from kb_service.api.params import Query
from kb_service.store.cypher import names, query

blp = Blueprint("browser_guide", __name__, template_folder="../templates")

# Neo4j Browser renders the guide's HTML inside its own page (scripts stripped); opened directly,
# the page needs nothing but its own markup.
CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'"
# Neo4j Browser fetches a guide cross-origin, with `Pragma` and `Cache-Control` request headers
# and, to localhost, the tracing headers of its bundled Sentry (hence a preflight). The guide is
# public text from this repository: any origin may read it.
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET",
    "Access-Control-Allow-Headers": "Cache-Control, Pragma, sentry-trace, baggage",
    "Access-Control-Max-Age": "600",
}
_BROWSER_LINE = re.compile(r"^In Neo4j Browser:\s*(?P<rest>.*)$")
_SECTION = re.compile(r"^(Parameters|Returns):\s*(?P<rest>.*)$")


@dataclass(frozen=True)
class GuideQuery:
    """One exploration query as the guide shows it."""

    name: str
    title: str
    answers: str
    setup: str | None
    returns: str
    body: str


def guide_query(name: str, text: str) -> GuideQuery:
    """Read a .cypher file: what it answers, its `:param` line, what it returns, and its body."""
    header, body = _split(text)
    answers: list[str] = []
    returns: list[str] = []
    setup: str | None = None
    section: list[str] | None = answers
    for line in header:
        browser_line, other = _BROWSER_LINE.match(line), _SECTION.match(line)
        if browser_line is not None:
            rest = browser_line["rest"]
            setup, section = (rest if rest.startswith(":") else None), None
        elif other is not None:
            section = returns if other[1] == "Returns" else None
            if section is not None:
                section.append(other["rest"])
        elif section is not None:
            section.append(line)
    title = name.rsplit("/", 1)[-1].replace("_", " ").capitalize()
    return GuideQuery(name, title, " ".join(answers), setup, " ".join(returns), body)


def _split(text: str) -> tuple[list[str], str]:
    lines = text.strip().splitlines()
    count = next((i for i, line in enumerate(lines) if not line.startswith("//")), len(lines))
    header = [line.removeprefix("//").strip() for line in lines[:count]]
    return [line for line in header if line], "\n".join(lines[count:]).strip()


def explore_queries() -> list[GuideQuery]:
    """Return every query of cypher/explore/, in file-name order, as the guide shows it."""
    return [guide_query(name, query(name)) for name in names("explore")]


@blp.route("/browser-guide", methods=["GET", "OPTIONS"])
def browser_guide() -> Response:
    """Answer the guide that `:play http://localhost:8000/browser-guide` shows in Neo4j Browser."""
    if request.method == "OPTIONS":
        response = Response(status=204)
    else:
        # The guide takes no parameter: any is refused, as the API refuses unknown ones.
        response = html_pages.refused(Query(), CONTENT_SECURITY_POLICY) or html_pages.html(
            render_template("browser_guide.html", queries=explore_queries()),
            CONTENT_SECURITY_POLICY,
            cache="no-cache",
        )
    response.headers.update(CORS_HEADERS)
    return response
