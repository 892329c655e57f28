"""Checks of a source against its own text: passage numbers, verbatim quotes, dates, and the
marks a draft leaves for its reviewer."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from kb_service.curation.checks.citations import ASSERTION_LABELS
from kb_service.curation.diagnostics import quote_details
from kb_service.curation.documents import Document
from kb_service.curation.problems import Path_, Problem
from kb_service.model import dates
from kb_service.model.taxonomy import FUTURE_STATUSES
from kb_service.model.text import contains_verbatim


def check_source(document: Document) -> list[Problem]:
    """Check a source's passages, verbatim quotes and dates against its own text."""
    data = document.data
    published = dates.parse(data["published"])
    problems = []
    for i, number in enumerate(data["non_content"]):
        if number > len(document.passages):
            problems.append(document.problem(("non_content", i), _out_of_range(number, document)))
    for section in ASSERTION_LABELS:
        for i, item in enumerate(data[section]):
            problems.extend(_check_assertion(document, (section, i), item, published))
    return problems


def _check_assertion(
    document: Document, base: Path_, item: dict[str, Any], published: dates.DateSpan
) -> list[Problem]:
    problems = []
    if "review" in item:
        message = f"a drafted item (review: {item['review']}) has not been reviewed"
        hint = "check it against the text, correct it, then delete the line `review: draft`"
        problems.append(document.problem((*base, "review"), message, hint))
    problems += _check_same_as(document, base, item)
    cited, wrong = _check_evidence(document, base, item)
    problems += wrong
    problems += _check_quote(document, base, item, cited)
    if "date" in item:
        problems += _check_date(document, base, item, published)
    return problems


def _check_evidence(
    document: Document, base: Path_, item: dict[str, Any]
) -> tuple[list[tuple[int, str]], list[Problem]]:
    """Return the passages an item's evidence cites, (number, text), and the problems of its
    evidence: a passage out of range, a quote not in its passage."""
    problems = []
    cited: list[tuple[int, str]] = []
    for j, evidence in enumerate(item["evidence"]):
        number = evidence["passage"]
        if number > len(document.passages):
            problems.append(
                document.problem((*base, "evidence", j, "passage"), _out_of_range(number, document))
            )
            continue
        passage = document.passages[number - 1]
        cited.append((number, passage))
        if not contains_verbatim(passage, evidence["quote"]):
            hint, details = quote_details(evidence["quote"], passage, number, document.passages)
            problems.append(
                document.problem(
                    (*base, "evidence", j, "quote"),
                    f"quote does not appear verbatim in passage {number}",
                    hint,
                    details,
                )
            )
    return cited, problems


def _check_quote(
    document: Document, base: Path_, item: dict[str, Any], cited: list[tuple[int, str]]
) -> list[Problem]:
    """Refuse an item's own quote when no passage its evidence cites holds it verbatim."""
    quote = item.get("quote")
    if quote is None or not cited or any(contains_verbatim(p, quote) for _, p in cited):
        return []
    number, passage = max(cited, key=lambda pair: fuzz.partial_ratio(quote, pair[1]))
    hint, details = quote_details(quote, passage, number, document.passages)
    message = "quote does not appear verbatim in any cited passage"
    return [document.problem((*base, "quote"), message, hint, details)]


def _check_same_as(document: Document, base: Path_, item: dict[str, Any]) -> list[Problem]:
    """Refuse drafted candidates left in the file, and an item that is not itself."""
    problems = []
    if "same_as_candidates" in item:
        listed = ", ".join(str(c.get("id")) for c in item["same_as_candidates"])
        message = f"drafted same_as_candidates ({listed}) have not been reviewed"
        hint = (
            "reuse the candidate's id to add this source's version to it, or list it under "
            "not_same_as, then delete same_as_candidates"
        )
        problems.append(document.problem((*base, "same_as_candidates"), message, hint))
    for j, other in enumerate(item.get("not_same_as", [])):
        if other == item["id"]:
            message = f"'{other}' is this item's own id: a record cannot be not the same as itself"
            problems.append(document.problem((*base, "not_same_as", j), message))
    return problems


def _check_date(
    document: Document, base: Path_, item: dict[str, Any], published: dates.DateSpan
) -> list[Problem]:
    span = dates.parse(item["date"])
    status = item.get("status", "occurred")
    problems = []
    later = published.latest and span.earliest and span.earliest > published.latest
    if later and status not in FUTURE_STATUSES:
        hint = (
            ""
            if base[0] != "events"
            else (
                "; an event the source announces is `status: scheduled`, a deadline `status: due`"
            )
        )
        message = f"'{item['date']}' is after the source's publication ({published.edtf}){hint}"
        problems.append(document.problem((*base, "date"), message))
    if "renewal" in item and span.latest is None:
        message = "a renewable term needs a date with a known end (the end of its first term)"
        problems.append(document.problem((*base, "renewal"), message))
    return problems


def _out_of_range(number: int, document: Document) -> str:
    return f"passage {number} is out of range: the text has {len(document.passages)} passages"
