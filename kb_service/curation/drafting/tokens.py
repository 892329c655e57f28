"""A passage as words with their places in the text, and its sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from kb_service.model import names

# A word: letters and digits, with the Arabic marks (shadda, harakat) that \w leaves out.
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670]+")
SENTENCE_END = re.compile(r"[.!?؟。](?=\s|$|[\"»”])")  # a full stop, even in a quotation
QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "”": "”"}


@dataclass(frozen=True)
class Token:
    """One word of a passage: its text, its folded form and its place (character offsets)."""

    text: str
    folded: str
    start: int
    end: int

    @cached_property
    def forms(self) -> frozenset[str]:
        """Return the folded word and its variants (without a clitic, article or ending)."""
        return frozenset((self.folded, *names.Forms.of(self.folded).variants))


def tokenize(text: str) -> list[Token]:
    """Return the words of `text`, in order."""
    found = []
    for match in _WORD.finditer(text):
        folded = names.fold(match.group())
        if folded:
            found.append(Token(match.group(), folded, match.start(), match.end()))
    return found


def sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each sentence of a passage. A full stop inside quotation
    marks does not end the sentence that holds the quotation."""
    spans = []
    start = 0
    quoted = quoted_spans(text)
    for match in SENTENCE_END.finditer(text):
        at = match.end()
        if any(s < match.start() < e for s, e in quoted):
            continue
        spans.append((start, at))
        start = at
    if text[start:].strip():
        spans.append((start, len(text)))
    return [_trimmed(text, s, e) for s, e in spans if text[s:e].strip()]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of the words inside each pair of quotation marks."""
    spans = []
    at = 0
    while at < len(text):
        char = text[at]
        closing = QUOTE_PAIRS.get(char)
        if closing is None:
            at += 1
            continue
        end = text.find(closing, at + 1)
        if end < 0:
            break
        spans.append((at + 1, end))
        at = end + 1
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_of(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """Return the sentence that holds character `at`."""
    for start, end in spans:
        if start <= at < end:
            return start, end
    return spans[-1] if spans else (0, 0)
