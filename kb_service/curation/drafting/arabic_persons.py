"""Arabic persons named beside their title with a comma, as Arabic news write them: after it
(المتحدثة باسم رئيس الحكومة الأرمينية، ماني غيفورغيان) or before it (حكمت حاجييف، مساعد الرئيس
الأذربيجاني; أرتاك بيغلاريان، أمين المظالم). A name so read is two words, neither with the
article nor a particle (the titles are unknown_names.yaml `titles`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

COMMAS = ("، ", ", ")


def apposed(reader: _Reader, at: int) -> bool:
    """Return whether token `at` follows the word before it with a comma only."""
    return at > 0 and reader.text[reader.tokens[at - 1].end : reader.tokens[at].start] in COMMAS


def before_title(reader: _Reader, title: int) -> None:
    """Propose the person named by the two words before a comma and the title at token
    `title` (حكمت حاجييف، مساعد الرئيس)."""
    first = title - 2
    if first < 0 or not apposed(reader, title) or not reader.joined(title - 1):
        return
    if all(bare(reader, k) for k in (first, title - 1)):
        reader.add(first, title - 1, "person")


def bare(reader: _Reader, at: int) -> bool:
    """Return whether token `at` may be a word of a person's name: free, no title's, neither
    with the article nor a particle, at least two letters."""
    token = reader.tokens[at]
    return (
        at not in reader.taken
        and at not in reader.title_words
        and not token.text.startswith(("ال", "لل", "وال"))  # إلهام is no article
        and token.folded not in reader.rule.particles
        and len(token.folded) >= 2
    )
