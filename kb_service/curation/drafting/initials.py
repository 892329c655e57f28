"""Persons written with their initials (И.Г.Алиев, Н.В.Пашиняна, N. Pashinyan), as official
texts write them: initials, each a capital letter and a full stop, right before a capitalised
surname. They are read before titles, so that a title's name is never an initial (Президент
В.В.Путин). The initials are the person's, never a name of their own. A surname the registry
or an earlier proposal names stays that entry's, its initials with it; another is proposed as a
person by the surname."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kb_service.curation.drafting.transliteration import kebab

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader


def find(reader: _Reader) -> None:
    """Name every person the passage writes with initials (see the module's docstring)."""
    at = 0
    while at < len(reader.tokens):
        at += initials_at(reader, at) or 1


def initials_at(reader: _Reader, at: int) -> int:
    """Propose a person named by initials from token `at` and a surname, by the surname;
    return how many tokens the name holds (0: none here)."""
    tokens = reader.tokens
    if at in reader.taken:
        return 0
    last = at
    while last + 1 < len(tokens) and _initial(reader, last):
        last += 1
    surname = tokens[last]
    if last == at or len(surname.text) < 2 or not surname.text[0].isupper():
        return 0
    if last not in reader.taken:
        reader.add(at, last, "person", name=surname.text, ident=kebab(surname.text))
    reader.taken.update(range(at, last + 1))
    return last - at + 1


def _initial(reader: _Reader, at: int) -> bool:
    """Return whether token `at` is an initial: a capital letter and a full stop."""
    word, text = reader.tokens[at].text, reader.text
    between = text[reader.tokens[at].end : reader.tokens[at + 1].start]
    return len(word) == 1 and word.isupper() and between.strip() == "."
