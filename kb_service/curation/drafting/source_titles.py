"""An event's title in its source's own words, for pages in that language: the words of the
passage's clause around the cue, at most TITLE_WORDS of them, cut at clause marks. The title is
a span of the text itself, never new wording, so a curator reads it against the passage."""

from __future__ import annotations

import re

LANGUAGES = ("ar", "ru")  # the languages an event has a title field for (title_ar, title_ru)
TITLE_WORDS = 12
MIN_WORDS = 3
# A clause ends at a comma, semicolon, colon (in Arabic script too), a sentence end, a quote
# mark or a parenthesis: a title never runs into what someone said or an aside.
_CLAUSE_END = re.compile(r"[,;:،؛.!?؟\"«»“”„()\[\]—–]")
_WORD = re.compile(r"[^\s,;:،؛.!?؟\"«»“”„()\[\]—–]+")


def title_span(text: str, sentence: tuple[int, int], at: int) -> str | None:
    """Return the words of the clause of `sentence` that holds character `at` (the cue), at most
    TITLE_WORDS from the clause's start, or from where the cue is still among them; None when
    fewer than MIN_WORDS remain."""
    low, high = _clause(text, sentence, at)
    words = list(_WORD.finditer(text, low, high))
    if len(words) < MIN_WORDS:
        return None
    cue = next((i for i, word in enumerate(words) if word.end() > at), len(words) - 1)
    first = max(0, cue - TITLE_WORDS + 1 + min(3, len(words) - 1 - cue))
    kept = words[first : first + TITLE_WORDS]
    return text[kept[0].start() : kept[-1].end()]


def _clause(text: str, sentence: tuple[int, int], at: int) -> tuple[int, int]:
    low, high = sentence
    for mark in _CLAUSE_END.finditer(text, sentence[0], sentence[1]):
        if mark.end() <= at:
            low = mark.end()
        elif mark.start() >= at:
            high = mark.start()
            break
    return low, high
