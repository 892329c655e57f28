"""Whether reported words say something: not only names and titles (`said Foreign Minister
Sergey Lavrov` says nothing), nor a parenthetical fragment (`(the copy is enclosed)`)."""

from __future__ import annotations

from bisect import bisect_left

from kb_service.curation.drafting import name_rules
from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.wording import Span, Wording

MIN_CONTENT = 2  # words besides the speakers' names and titles, at least


def says_more(wording: Wording, mentions: list[Mention], language: str, words: Span) -> bool:
    """Return whether the words hold MIN_CONTENT words besides names and titles (`said
    Foreign Minister Sergey Lavrov` says nothing), and are not a parenthetical fragment
    (`(the copy is enclosed)`)."""
    text = wording.text[words[0] : words[1]]
    if text.startswith("(") and text.endswith(")"):
        return False
    tokens = wording.tokens
    inside = range(
        bisect_left(tokens, words[0], key=lambda t: t.start),
        bisect_left(tokens, words[1], key=lambda t: t.start),
    )
    named = {k for m in mentions for k in range(m.first, m.last + 1)}
    titles = name_rules.rules(language).titles
    left, at = 0, inside.start
    while at < inside.stop:
        length = name_rules.at_phrase(titles, tokens, at)
        left += 0 if length or at in named else 1
        at += max(length, 1)
    return left >= MIN_CONTENT
