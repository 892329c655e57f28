"""Arabic persons named without a title (unknown_names.yaml `untitled_person_before`): the two
bare words after `with` or `among them` (مع فلاديمير بوتين, وبينهم دلغام عسكروف), and a second
name of two bare words joined by و to a person's (دلغام عسكروف وشهباز قلييف). A bare word is
free, neither with the article nor a particle, nor a title's word (arabic_persons._bare)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.arabic_persons import apposed, bare
from kb_service.curation.drafting.name_rules import RULES_FILE
from kb_service.curation.drafting.transliteration import kebab
from kb_service.model import names

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

AND = "و"


DUAL_REACH = 6  # words from a title of two to the comma before the names


@cache
def _words(section: str) -> frozenset[str]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return frozenset(names.fold(w) for w in data[section]["ar"])


def _after_dual(reader: _Reader, at: int) -> int | None:
    """Return the first token of the names after a title of two at token `at`: the word after
    the first comma within DUAL_REACH words (وزيرا الدفاع في تركيا وروسيا، خلوصي أكار)."""
    if reader.tokens[at].folded not in _words("dual_titles"):
        return None
    reach = range(at + 1, min(at + DUAL_REACH, len(reader.tokens) - 1) + 1)
    return next((k for k in reach if apposed(reader, k)), None)


def find(reader: _Reader) -> None:
    """Propose the persons named after `with` or `among them`, and the names joined by و to
    a person's (one the registry knows, or proposed)."""
    tokens = reader.tokens
    for at in range(len(tokens) - 2):
        if tokens[at].folded in _words("untitled_person_before"):
            if _name_at(reader, at + 1) and _ends(reader, at + 3):
                reader.add(at + 1, at + 2, "person")
        elif (named := _after_dual(reader, at)) is not None and _name_at(reader, named, comma=True):
            reader.add(named, named + 1, "person")
    persons = sorted(
        m.last
        for m in [*reader.registry, *reader.found]
        if m.entity.kind == "person" and m.last > m.first
    )
    for last in persons:
        joined = last + 1
        if _joined_name(reader, joined):
            written = reader.text[tokens[joined].start + 1 : tokens[joined + 1].end]
            reader.add(joined, joined + 1, "person", name=written, ident=kebab(written))


def _joined_name(reader: _Reader, at: int) -> bool:
    """Return whether tokens `at` and `at` + 1 are a name joined by و (وشهباز قلييف)."""
    tokens = reader.tokens
    if at + 1 >= len(tokens) or not tokens[at].text.startswith(AND) or len(tokens[at].text) < 3:
        return False
    if names.fold(tokens[at].text[1:]) in reader.rule.title_heads:
        return False  # a second title (سيرغي لافروف ووزير خارجية تركيا): no name
    return _name_at(reader, at, joined=True)


def _ends(reader: _Reader, at: int) -> bool:
    """Return whether a name may end before token `at`: the text ends, or punctuation, a
    particle or a word joined by و follows. A noun's genitive goes on in a bare or definite
    word (مع اقتراب فصل الشتاء, مع جولة يقوم بها): no name."""
    tokens = reader.tokens
    if at >= len(tokens) or not reader.joined(at):
        return True
    return tokens[at].folded in reader.rule.particles or tokens[at].text.startswith(AND)


def _name_at(reader: _Reader, at: int, joined: bool = False, comma: bool = False) -> bool:
    """Return whether tokens `at` and `at` + 1 are two bare words of one name, the first right
    after the word before (a space only, or a comma with `comma`), the second not joined by و
    itself; the first joined by و only with `joined`."""
    tokens = reader.tokens
    if at + 1 >= len(tokens) or not (comma or reader.joined(at)) or not reader.joined(at + 1):
        return False
    if tokens[at + 1].text.startswith(AND) or (not joined and tokens[at].text.startswith(AND)):
        return False
    return bare(reader, at) and bare(reader, at + 1)
