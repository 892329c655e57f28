"""Arabic persons named beside their title with a comma, as Arabic news write them: after it
(المتحدثة باسم رئيس الحكومة الأرمينية، ماني غيفورغيان) or before it (حكمت حاجييف، مساعد الرئيس
الأذربيجاني; أرتاك بيغلاريان، أمين المظالم). A name so read is two words, neither with the
article nor a particle (the titles are unknown_names.yaml `titles`).

A name after a title is two words too, or three when the third ends as a foreign surname
written in Arabic does (unknown_names.yaml `arabic_surname_endings`: رجب طيب أردوغان, محمد جواد
ظريف, سعيد خطيب زاده), or completes a joining word with the article (`arabic_name_joiners`:
ليلى عبد اللاييفا, أحمد أبو الغيط); a third word of another ending is as often a noun or a verb
(الرئيس فلاديمير بوتين رسالة)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.name_rules import RULES_FILE
from kb_service.model import names

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kb_service.curation.drafting.tokens import Token
    from kb_service.curation.drafting.unknown_names import _Reader

COMMAS = ("، ", ", ")
NAME_WORDS = 2  # words of an Arabic name after a title, but a surname's third


@cache
def _folded(key: str) -> tuple[str, ...]:
    """Return the folded words of one of the rules file's lists (arabic_surname_endings, ...)."""
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return tuple(names.fold(str(w)) for w in data[key])


def before_name(tokens: Sequence[Token], at: int) -> bool:
    """Tell whether the word at token `at`, after a title, stands before the name: the title's
    adjective or owner with the article (الروسي, الخارجية, للشؤون), or, right after `باسم`, its
    owner by an attached pronoun (المتحدث باسم خارجيتها, its ministry's spokesman;
    unknown_names.yaml `arabic_pronoun_owners`), three letters or more before it."""
    token = tokens[at]
    if token.text.startswith(("ال", "لل")):
        return True
    rule = _pronoun_owners()
    word = token.folded
    after = at > 0 and tokens[at - 1].folded in rule["after"]
    return after and any(word.endswith(e) and len(word) > len(e) + 2 for e in rule["endings"])


@cache
def _pronoun_owners() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["arabic_pronoun_owners"]
    return {key: tuple(names.fold(str(w)) for w in data[key]) for key in ("after", "endings")}


def name_end(reader: _Reader, first: int, end: int) -> int:
    """Return where the name that begins at token `first` after a title ends (one past its last
    token), given `end`, where its first two words end: past a third word that ends as a
    foreign surname does (see the module's docstring)."""
    tokens = reader.tokens
    if end - first != NAME_WORDS or end >= len(tokens):
        return end
    joined = tokens[end].text.startswith("ال") and reader.joined(end)
    if joined and tokens[end - 1].folded in _folded("arabic_name_joiners"):
        return end + 1  # عبد اللاييفا, أبو الغيط: one surname of two words
    if not bare(reader, end):
        return end
    third = tokens[end]
    surname = third.folded.endswith(_folded("arabic_surname_endings")) and len(third.folded) > 3
    return end + 1 if surname and reader.joined(end) else end


def next_in_row(reader: _Reader, name: tuple[int, int]) -> tuple[int, int] | None:
    """Return the next name of a row of owners and persons after one title (رؤساء روسيا
    فلاديمير بوتين والولايات المتحدة دونالد ترامب: a known owner joined by و, and its person),
    when the name (tokens `name`) stands after a known owner too."""
    tokens, at = reader.tokens, name[1] + 1
    if reader.proposals.language != "ar" or at >= len(tokens) or name[0] - 1 not in reader.taken:
        return None
    if at not in reader.taken or not tokens[at].text.startswith("و") or not reader.joined(at):
        return None
    found = reader.name_after(at, NAME_WORDS)
    return found if found and all(bare(reader, k) for k in range(found[0], found[1] + 1)) else None


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
