"""The exploration queries of cypher/explore/ as the Neo4j Browser guide shows them: what each
answers, its `:param` line, what it returns and its body, read from each file's header comment.
Nothing is run: the guide shows the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb_service.store.cypher import names, query

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


def every_query() -> list[GuideQuery]:
    """Return every query of cypher/explore/, in file-name order, as the guide shows it."""
    return [guide_query(name, query(name)) for name in names("explore")]
