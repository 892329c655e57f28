"""A text's passages as ingest numbers them, and the lines that are likely not content."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb_service.curation.drafting import date_expressions
from kb_service.curation.drafting.cues import Cues
from kb_service.model import names
from kb_service.model.text import split_passages

_SENTENCE_END = re.compile(r"[.!?؟][\"»”]?\s*$")
# An official statement's place-and-date line (Baku, 28 October 2020; باكو، 20 نوفمبر 2020):
# one to three words without digits, a comma, then only a date.
_PLACE_COMMA = re.compile(r"^\s*[^\W\d_][^\d,،.!?؟:]{0,40}?[,،]\s*")
_PLACE_WORDS = 3
# or the date first, then a comma and a place of up to three capitalised words (2 февраля 2021
# года, г. Москва; not a timeline's `27 September 2020, Azerbaijan launches offensive`)
_COMMA_PLACE = re.compile(
    r"^\s*,\s*(?:г\.\s*)?[A-ZА-ЯЁ][^\W\d_]*(?:[\s-]+[A-ZА-ЯЁ][^\W\d_]*){0,2}\s*$"
)


@dataclass(frozen=True)
class Passage:
    """A numbered passage and, when it is likely not content, why."""

    number: int
    text: str
    not_content: str | None = None


def passages(text: str, cues: Cues) -> list[Passage]:
    """Number the passages of `text` (one per non-blank line, as ingest does) and mark the
    likely non-content ones: lines that match a pattern of cues.yaml (a language switch, a
    credit, a caption), and the lines after the last sentence of the text that do not end as a
    sentence does (a footer, credits)."""
    lines = split_passages(text)
    patterns = [re.compile(p) for p in cues.non_content]
    last_sentence = max(
        (i for i, line in enumerate(lines) if _SENTENCE_END.search(line)), default=len(lines)
    )
    found = []
    for i, line in enumerate(lines):
        folded = names.fold(line)
        reason = None
        if any(p.search(folded) for p in patterns):
            reason = "a navigation line, a credit or a caption"
        elif _place_and_date(line):
            reason = "a place-and-date line of a statement"
        elif i > last_sentence and not _SENTENCE_END.search(line):
            reason = "after the last sentence of the text: a footer or a credit"
        found.append(Passage(i + 1, line, reason))
    return found


def _place_and_date(line: str) -> bool:
    """Return whether `line` is only a place and a date (`Баку, 17 октября 2020 года`), or a date
    and a place (`2 февраля 2021 года, г. Москва`, `12 November 2020, New York`)."""
    place = _PLACE_COMMA.match(line)
    if place is None or len(place.group().split()) > _PLACE_WORDS:
        return _date_and_place(line)
    rest = line[place.end() :]
    dates = date_expressions.find(rest, None)
    return len(dates) == 1 and dates[0].start == 0 and not rest[dates[0].end :].strip(" .")


def _date_and_place(line: str) -> bool:
    """Return whether `line` is only a date, a comma and a place of a few capitalised words."""
    dates = date_expressions.find(line, None)
    if not dates or line[: dates[0].start].strip():
        return False
    return _COMMA_PLACE.match(line[dates[0].end :]) is not None
