"""Outlets named in quotation marks right after a relay's phrase (Как передает «Кавказский
узел», по данным «Кавказского узла»: unknown_names.yaml `quoted_outlet_after`), and parties or
movements right after a word of their kind (партия «Родина», حركة "إنقاذ الوطن":
`quoted_organisation_after`): the quoted words are the name, whatever their case, when the
first is capitalised (or Arabic, which writes the word as part of the name)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.name_rules import RULES_FILE, at_phrase
from kb_service.curation.drafting.tokens import phrase_words

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

MAX_WORDS = 5  # words of a quoted outlet's name, at most
CLOSING = '»”"'


@cache
def _phrases(language: str, key: str) -> tuple[Phrase, ...]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))[key]
    return tuple(Phrase(phrase_words(p), key) for p in data.get(language) or [])


def find(reader: _Reader) -> None:
    """Propose the outlets and organisations quoted after their words (the module's
    docstring)."""
    tokens, language = reader.tokens, reader.proposals.language
    for key, kind in (
        ("quoted_outlet_after", "news-outlet"),
        ("quoted_organisation_after", "organisation"),
    ):
        phrases = _phrases(language, key)
        for at in range(len(tokens) if phrases else 0):
            first = at + at_phrase(phrases, tokens, at)
            if first == at or first >= len(tokens) or not reader.quoted(first):
                continue
            absorbs = kind == "organisation"  # «Процветающая Армения»: a party, not the state
            last = _closed_at(reader, first, absorbs=absorbs)
            if last is None:
                continue
            if absorbs:
                inside = [m for m in reader.registry if first <= m.first and m.last <= last]
                reader.registry[:] = [m for m in reader.registry if m not in inside]
                reader.taken.difference_update(range(first, last + 1))
            if language == "ar" and kind == "organisation":  # the word is part of the name
                written = reader.text[tokens[at].start : tokens[last].end + 1]  # closing mark too
                reader.add(at, last, kind, name=written)
            elif tokens[first].text[0].isupper():
                reader.add(first, last, kind)


def _closed_at(reader: _Reader, first: int, *, absorbs: bool = False) -> int | None:
    """Return the last token of the quotation that opens before token `first`, when it closes
    within MAX_WORDS words and holds no name taken (but a registry name, which a party's name
    `absorbs`: партии «Процветающая Армения»)."""
    tokens, text = reader.tokens, reader.text
    for last in range(first, min(first + MAX_WORDS, len(tokens))):
        if last in reader.taken and not (absorbs and _in_registry_name(reader, last)):
            return None
        after = text[tokens[last].end : tokens[last].end + 1]
        if after and after in CLOSING:
            return last
    return None


def _in_registry_name(reader: _Reader, at: int) -> bool:
    return any(m.first <= at <= m.last for m in reader.registry)
