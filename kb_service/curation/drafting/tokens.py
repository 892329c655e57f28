"""A passage as words with their places in the text, its sentences, and quotes of it bounded
to a clause."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from kb_service.model import names

# A word: letters and digits, with the Arabic marks (shadda, harakat) that \w leaves out.
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670]+")
# A full stop, even in a quotation; not one before a small letter or a digit, which ends an
# abbreviation (`Oct. 10`, `9 a.m. local time`), not a sentence.
SENTENCE_END = re.compile(r"(?:[!?؟。]|\.(?!\s+[a-zа-яё\d]))(?=\s|$|[\"»”])")
QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "”": "”"}
COORDINATORS = frozenset({"and", "or", "и", "или", "و", "أو"})  # words that join two of a kind
QUOTE_MAX = 360  # characters of a drafted quote, at most: a clause or a sentence, never a passage
COMMA = re.compile(r"،|(?<!\d),|,(?!\d)")  # a comma, Latin or Arabic; not a number's (4,750)
_CLAUSE_MARK = re.compile(r"[,;:،؛]")
_SPACE = re.compile(r"\s")
_NON_SPACE = re.compile(r"\S+")
_QUOTE_MARK = re.compile("[" + "".join(QUOTE_PAIRS) + "]")
_TAA_MARBUTA = re.compile("\u0629[\u064b-\u065f]*$")  # ة at a word's end, with its marks
# An Arabic past verb marked passive: a damma on its first letter, past و or ف and their
# fatha (أُعلنت, وَذُكر); not on a present's prefix (يُعلن, تُعرب, نُعرب: active verbs).
_PASSIVE = re.compile("^(?:[وف]\u064e?)?[^\u064a\u062a\u0646\u0633]\u064f")


@dataclass(frozen=True)
class Token:
    """One word of a passage: its text, its folded form and its place (character offsets)."""

    text: str
    folded: str
    start: int
    end: int

    @cached_property
    def forms(self) -> frozenset[str]:
        """Return the folded word and its variants (without a clitic, article or ending). An
        Arabic word that ends in a taa marbuta keeps it in every variant: folded, it is the
        pronoun ه, but never one (إضافة is no أضاف with `his`, التابعة no تابع)."""
        variants = names.Forms.of(self.folded).variants
        if _TAA_MARBUTA.search(self.text):
            variants = tuple(v for v in variants if v.endswith("ه"))
        return frozenset((self.folded, *variants))

    @property
    def passive(self) -> bool:
        """Tell whether the word is an Arabic verb its marks make passive (أُعلنت هدنة: a truce
        was announced, by no one the words name)."""
        return _PASSIVE.match(self.text) is not None


def tokenize(text: str) -> list[Token]:
    """Return the words of `text`, in order."""
    found = []
    for match in _WORD.finditer(text):
        folded = names.fold(match.group())
        if folded:
            found.append(Token(match.group(), folded, match.start(), match.end()))
    return found


CLAUSE_ENDS = ".!?؟,;،؛"  # marks a clause ends at; not a colon: words follow it
_NOT_SPACE = re.compile(r"\S")


def ends_clause(text: str, at: int, end: int | None = None) -> bool:
    """Tell whether a clause ends at character `at`: past spaces, a full stop, a comma or a
    semicolon follows, or the span's end (`end`, the text's by default). Only the characters up
    to the first that is no space are read."""
    following = _NOT_SPACE.search(text, at, len(text) if end is None else end)
    return following is None or following.group() in CLAUSE_ENDS


def clause_ends(text: str, tokens: list[Token]) -> list[int]:
    """Return the tokens a clause ends with, in order."""
    return [i for i, t in enumerate(tokens) if ends_clause(text, t.end)]


def sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each sentence of a passage. A full stop inside quotation
    marks does not end the sentence that holds the quotation."""
    spans = []
    start = 0
    quoted = quoted_spans(text)
    inside = 0  # the first quotation that does not end before the full stop (both in order)
    for match in SENTENCE_END.finditer(text):
        at = match.end()
        while inside < len(quoted) and quoted[inside][1] <= match.start():
            inside += 1
        if inside < len(quoted) and quoted[inside][0] < match.start():
            continue
        spans.append((start, at))
        start = at
    if text[start:].strip():
        spans.append((start, len(text)))
    return [_trimmed(text, s, e) for s, e in spans if text[s:e].strip()]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of the words inside each pair of quotation marks."""
    spans = []
    opening = _QUOTE_MARK.search(text)
    while opening is not None:
        end = text.find(QUOTE_PAIRS[opening.group()], opening.end())
        if end < 0:
            break
        spans.append((opening.end(), end))
        opening = _QUOTE_MARK.search(text, end + 1)
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class WordCount:
    """How many words (as `str.split` finds them) a span of one text holds, in log time: a
    verb's words are measured at every verb of a passage that may be one long sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [match.start() for match in _NON_SPACE.finditer(text)]

    def __call__(self, start: int, end: int) -> int:
        """Return the number of words of text[start:end]."""
        if start >= end:
            return 0
        return bisect_left(self.starts, end) - bisect_left(self.starts, start) + self._in(start)

    def reach(self, start: int, words: int) -> int:
        """Return the last place `end` where text[start:end] holds at most `words` words."""
        left = words - self._in(start)
        if left < 0:
            return start
        index = bisect_left(self.starts, start) + left
        return self.starts[index] if index < len(self.starts) else len(self.text)

    def _in(self, at: int) -> int:
        """Return 1 when character `at` continues a word begun before it, else 0."""
        text = self.text
        return int(0 < at < len(text) and not text[at].isspace() and not text[at - 1].isspace())


def sentence_of(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """Return the sentence that holds character `at` (the last one when none does)."""
    found = bisect_right(spans, at, key=lambda span: span[0]) - 1
    if found >= 0 and at < spans[found][1]:
        return spans[found]
    return spans[-1] if spans else (0, 0)


def bounded(text: str, span: tuple[int, int], at: int | None = None) -> tuple[int, int]:
    """Return `span` when it is at most QUOTE_MAX characters long, else a piece of it that is,
    holding character `at` (by default its start): cut after and before a clause mark (a
    comma, semicolon or colon, in Arabic script too) where one is near the cut, else between
    words. The piece is a span of `text` itself, so a quote of it stays verbatim."""
    start, end = span
    if end - start <= QUOTE_MAX:
        return span
    at = start if at is None else min(max(at, start), end - 1)
    low = max(start, min(at - QUOTE_MAX // 4, end - QUOTE_MAX))
    high = low + QUOTE_MAX
    if low > start:  # cut after the first mark (else space) of the window's first quarter
        edge = min(at, low + QUOTE_MAX // 4)
        mark = _CLAUSE_MARK.search(text, low, edge) or _SPACE.search(text, low, edge)
        low = mark.end() if mark else low
    if high < end:  # cut before the last mark (else space) of its second half
        edge = max(at + 1, high - QUOTE_MAX // 2)
        mark = _last(_CLAUSE_MARK, text, edge, high) or _last(_SPACE, text, edge, high)
        high = mark.start() if mark else high
    return _trimmed(text, low, high)


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for match in pattern.finditer(text, start, end):
        found = match
    return found


def last_comma(text: str, start: int, end: int) -> int:
    """Return where the last comma between characters `start` and `end` stands, -1 if none:
    Latin or Arabic, never a number's (4,750)."""
    found = _last(COMMA, text, start, end)
    return found.start() if found else -1


_PHRASE_BREAKS = re.compile(r"[\s-]+")


def phrase_words(written: object) -> tuple[str, ...]:
    """Return the folded words of a phrase as written in a rules file, split as the tokenizer
    splits a text: at spaces and hyphens (cease-fire*, пресс-релиз*, Agence France-Presse)."""
    return tuple(w for w in _PHRASE_BREAKS.split(names.fold(str(written))) if w)
