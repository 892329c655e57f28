"""Errors that show the fix: the closest span of a quote that is not verbatim, the passages that
do hold it, the nearest ids to an unknown one, and the EDTF form of a date written otherwise."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from rapidfuzz import fuzz, process

from kb_service.model import names
from kb_service.model.text import fold

NEAREST_IDS = 5
MIN_ID_SCORE = 60.0

EDTF_FORMS = (
    ("2020-11-10", "a day"),
    ("2020-11", "a month"),
    ("2020", "a year"),
    ("2020-11-10?", "uncertain"),
    ("2020-11-10~", "approximate"),
    ("1992/1994", "an interval"),
    ("../2020-09-27", "ending then, start unknown"),
    ("1992/..", "from then, end unknown"),
)
_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")


def character(char: str) -> str:
    """Show a character with its code point, e.g. `’ U+2019`."""
    return f"{char} U+{ord(char):04X}"


def quote_details(
    quote: str, passage: str, number: int, passages: list[str]
) -> tuple[str, dict[str, Any]]:
    """Return the hint and the details for a quote not verbatim in passage `number`: where the
    quote is verbatim instead, or the closest span of the passage and the first character that
    differs."""
    elsewhere = [i for i, text in enumerate(passages, start=1) if fold(quote) in fold(text)]
    details: dict[str, Any] = {}
    hints = []
    if elsewhere:
        details["found_in_passages"] = elsewhere
        where = ", ".join(map(str, elsewhere))
        return f"the quote is verbatim in passage {where}: cite that passage", details
    closest = closest_span(quote, passage)
    if closest is not None:
        span, at, in_quote, in_passage = closest
        details.update({"closest": span, "differs_at": at + 1})
        if in_quote is not None:
            details["quote_character"] = character(in_quote)
        if in_passage is not None:
            details["passage_character"] = character(in_passage)
        shown = {
            (True, True): f"{character(in_quote or ' ')} in the quote, "
            f"{character(in_passage or ' ')} in the text",
            (True, False): f"{character(in_quote or ' ')} in the quote, the text ends",
            (False, True): f"the quote ends, {character(in_passage or ' ')} in the text",
            (False, False): "",
        }[(in_quote is not None, in_passage is not None)]
        hints.append(
            f"closest in passage {number}: «{span}»; they differ at character {at + 1}: {shown}"
        )
    return "; ".join(hints), details


def closest_span(quote: str, passage: str) -> tuple[str, int, str | None, str | None] | None:
    """Return the span of `passage` nearest to `quote` (both folded), the index of the first
    character where they differ, and the two characters there (None past an end)."""
    folded_quote, folded_passage = fold(quote), fold(passage)
    if not folded_quote or not folded_passage:
        return None
    aligned = fuzz.partial_ratio_alignment(folded_quote, folded_passage)
    if aligned is None:
        return None
    start = aligned.dest_start
    end = min(len(folded_passage), start + max(aligned.dest_end - start, len(folded_quote)))
    span = folded_passage[start:end]
    for index, (a, b) in enumerate(zip(folded_quote, span, strict=False)):
        if a != b:
            return span, index, a, b
    shorter = min(len(folded_quote), len(span))
    in_quote = folded_quote[shorter] if shorter < len(folded_quote) else None
    in_passage = span[shorter] if shorter < len(span) else None
    return span, shorter, in_quote, in_passage


def nearest_ids(ident: str, candidates: Mapping[str, Iterable[str]]) -> list[str]:
    """Return the ids nearest to an unknown `ident`, matched on each candidate id and on its
    names and aliases, folded as search folds them (Arabic included), best first."""
    wanted = names.fold(ident.replace("-", " "))
    choices: list[str] = []
    owners: list[str] = []
    for candidate, labels in candidates.items():
        for text in (candidate.replace("-", " "), *labels):
            choices.append(names.fold(text))
            owners.append(candidate)
    found: list[str] = []
    # every choice, best first: one id with many close names must not crowd out the others
    for _, score, index in process.extract(wanted, choices, scorer=fuzz.WRatio, limit=None):
        owner = owners[index]
        if score >= MIN_ID_SCORE and owner not in found:
            found.append(owner)
    return found[:NEAREST_IDS]


def edtf_hint(text: str) -> str:
    """Return the EDTF forms with an example each, and the form of `text` if it is a plain date
    written another way (`10 Nov 2020` -> `2020-11-10`)."""
    forms = ", ".join(f"{example} ({meaning})" for example, meaning in EDTF_FORMS)
    suggestion = suggested_edtf(text)
    lead = f"write it as {suggestion}; " if suggestion else ""
    return f"{lead}EDTF forms: {forms}"


def suggested_edtf(text: str) -> str | None:
    """Return the EDTF of a plain date written another way, or None: a day or a month as the
    drafter reads them (`10 Nov 2020`, `November 10, 2020`, `Nov 2020`, and in Arabic and
    Russian too), or `2020/11/10`."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if match := _SLASHED.match(plain):
        year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
        return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    # Imported here: drafting/ builds on documents and the vocabulary, which import this module.
    from kb_service.curation.drafting import date_expressions

    found = date_expressions.find(plain, None)
    if len(found) == 1 and found[0].text == plain and found[0].how in ("day", "month"):
        return found[0].edtf
    return None
