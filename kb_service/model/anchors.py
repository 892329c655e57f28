"""Where an evidence quote lies in its source's stored text, as W3C Web Annotation selectors
count it: Unicode code points from the start of the text.

The stored text of a source is its passages joined by "\\n", in order (`stored_text`); it is what
`GET /api/v1/sources/{id}/text` serves and what `Source.text_sha256` hashes. A quote is found in
its passage as curation checks it (`model.text.contains_verbatim`: the same words after Unicode
NFC and whitespace folding), so the text's own characters at that place (`exact`) may differ
from the curated quote in whitespace or normal form; they are what the selectors name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kb_service.model.text import fold

CONTEXT = 32  # code points of prefix and suffix, as Hypothesis takes them


def stored_text(passages: Sequence[str]) -> str:
    """Return the stored text of a source: its passages joined by "\\n"."""
    return "\n".join(passages)


def utf16_length(text: str) -> int:
    """Return the length of `text` in UTF-16 code units (what browsers and Hypothesis count)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


@dataclass(frozen=True)
class Anchor:
    """A quote's place in the stored text: [start, end) in code points, with its context."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    start_utf16: int

    def props(self, quote: str) -> dict[str, Any]:
        """Return the properties stored on the evidence; `exact` only where it is not `quote`."""
        return {
            "start": self.start,
            "end": self.end,
            "exact": None if self.exact == quote else self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start_utf16": self.start_utf16,
        }


class Locator:
    """Finds the anchors of quotes in one source's passages."""

    def __init__(self, passages: Sequence[str]) -> None:
        self.passages = list(passages)
        self.text = stored_text(self.passages)
        self.offsets: list[int] = []  # where each passage starts, in code points
        self.offsets_utf16: list[int] = []  # and in UTF-16 code units
        position = position_utf16 = 0
        for passage in self.passages:
            self.offsets.append(position)
            self.offsets_utf16.append(position_utf16)
            position += len(passage) + 1
            position_utf16 += utf16_length(passage) + 1

    def anchor(self, number: int, quote: str) -> Anchor | None:
        """Return where `quote` first lies in passage `number` (from 1), or None if it does not."""
        if not 1 <= number <= len(self.passages):
            return None
        passage = self.passages[number - 1]
        span = locate(passage, quote)
        if span is None:
            return None
        start, end = (self.offsets[number - 1] + at for at in span)
        return Anchor(
            start=start,
            end=end,
            exact=self.text[start:end],
            prefix=self.text[max(0, start - CONTEXT) : start],
            suffix=self.text[end : end + CONTEXT],
            start_utf16=self.offsets_utf16[number - 1] + utf16_length(passage[: span[0]]),
        )


def locate(passage: str, quote: str) -> tuple[int, int] | None:
    """Return the [start, end) code points of the first place in `passage` that reads as `quote`
    (word for word after folding), or None."""
    if quote and (at := passage.find(quote)) >= 0:
        return at, at + len(quote)
    wanted = fold(quote)
    if not wanted:
        return None
    folded, starts, ends = _folded_with_origins(passage)
    at = folded.find(wanted)
    if at < 0:
        return None
    start, end = starts[at], ends[at + len(wanted) - 1]
    # NFC may compose across the clusters mapped below (rare scripts): then no position.
    return (start, end) if fold(passage[start:end]) == wanted else None


def _folded_with_origins(text: str) -> tuple[str, list[int], list[int]]:
    """Fold `text` as model.text.fold does (without the strip), keeping for each folded
    character the [start, end) of the original characters it came from."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        piece = text[start:end]
        out = " " if piece.isspace() else unicodedata.normalize("NFC", piece)
        chars.extend(out)
        starts.extend([start] * len(out))
        ends.extend([end] * len(out))
    return "".join(chars), starts, ends


def _clusters(text: str) -> list[tuple[int, int]]:
    """Split `text` into whitespace runs and, elsewhere, a starter with its combining marks
    (the spans NFC composes within)."""
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(text):
        end = index + 1
        if text[index].isspace():
            while end < len(text) and text[end].isspace():
                end += 1
        else:
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1
        spans.append((index, end))
        index = end
    return spans
