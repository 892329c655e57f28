"""A passage as reporting verbs read it (Wording), and reported words as a span of it, trimmed
of punctuation and unmatched quotation marks (see reported_words.py for the words a verb
reports)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb_service.curation.drafting.tokens import QUOTE_PAIRS, Token, WordCount, bounded

MIN_WORDS = 2  # reported words shorter than this are not a statement
TRIM = " \t.,،:;؛!?؟"
# a wire's dateline before the first sentence: its city in capitals, a comma, a day and maybe
# its credit, then a dash (ANKARA, Oct. 5, 2020 (Caspian News Wire) - ): no reported words
_DATELINE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]+, [^\n]{1,60}? [-–—] ")

Span = tuple[int, int]


@dataclass(frozen=True)
class Wording:
    """A passage as its reported words are read: its text and words, its quotations, the
    complementisers of its language, and where the name that begins at a token ends."""

    text: str
    tokens: list[Token]
    quotes: list[Span]
    count: WordCount
    complementisers: frozenset[str]
    name_ends: dict[int, int]
    subject_first: bool = False  # English: a name after the verb begins its words, unless
    # a clause ends with it (`..., said Lavrov.`)
    tails: frozenset[str] = frozenset()  # words that open a reporting clause's tail
    set_off: frozenset[str] = frozenset()  # and those that set it off (X, he said, so Y)
    relatives: frozenset[str] = frozenset()  # relative pronouns of a subject (X, who accuses)
    demonstrated: frozenset[str] = frozenset()  # words after `that` that make it no opener
    titled: frozenset[int] = frozenset()  # where the names right after a title end
    inserted: frozenset[str] = frozenset()  # words beside a name in an inserted reporting clause
    subject_verbs: frozenset[str] = frozenset()  # verbs after a name: its words' subject


def trimmed(text: str, start: int, end: int, at: int | None = None) -> Span | None:
    """Return the span at most a quote's length (the part nearest character `at`, by default
    its start), without punctuation at its ends nor an unmatched quotation mark at either end,
    or None when fewer than MIN_WORDS words are left. A quotation mark left unmatched inside
    the words stays: they are quoted verbatim."""
    start, end = bounded(text, (start, end), at)
    dateline = _DATELINE.match(text)
    start = max(start, dateline.end()) if dateline else start
    while True:
        while start < end and text[start] in TRIM:
            start += 1
        while end > start and text[end - 1] in TRIM:
            end -= 1
        words = text[start:end]
        if any(words.endswith(c) and _unmatched(words, o, c) for o, c in QUOTE_PAIRS.items()):
            end -= 1
        elif any(
            (words.startswith(o) or (o != c and words.startswith(c))) and _unmatched(words, o, c)
            for o, c in QUOTE_PAIRS.items()
        ):
            start += 1  # an opening mark, or a closing one (a quoted name's: «X», ...)
        else:
            break
    if len(text[start:end].split()) < MIN_WORDS:
        return None
    return start, end


def _unmatched(words: str, opening: str, closing: str) -> bool:
    """Return whether a pair of quotation marks is unbalanced in `words`."""
    if opening == closing:
        return words.count(opening) % 2 == 1
    return words.count(opening) != words.count(closing)
