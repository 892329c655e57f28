"""Outlets named in quotation marks right after a relay's phrase (Как передает «Кавказский
узел», по данным «Кавказского узла»: unknown_names.yaml `quoted_outlet_after`): the quoted
words are an outlet's name, whatever their case, when the first is capitalised."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.name_rules import RULES_FILE, at_phrase
from kb_service.model import names

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

MAX_WORDS = 5  # words of a quoted outlet's name, at most
CLOSING = '»”"'


@cache
def _phrases(language: str) -> tuple[Phrase, ...]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["quoted_outlet_after"]
    return tuple(
        Phrase(tuple(names.fold(w) for w in str(p).split()), "outlet")
        for p in data.get(language) or []
    )


def find(reader: _Reader) -> None:
    """Propose the outlets quoted after a relay's phrase (see the module's docstring)."""
    tokens, phrases = reader.tokens, _phrases(reader.proposals.language)
    if not phrases:
        return
    for at in range(len(tokens)):
        first = at + at_phrase(phrases, tokens, at)
        if first == at or first >= len(tokens) or not reader.quoted(first):
            continue
        last = _closed_at(reader, first)
        if last is not None and tokens[first].text[0].isupper():
            reader.add(first, last, "news-outlet")


def _closed_at(reader: _Reader, first: int) -> int | None:
    """Return the last token of the quotation that opens before token `first`, when it closes
    within MAX_WORDS words and holds no name taken."""
    tokens, text = reader.tokens, reader.text
    for last in range(first, min(first + MAX_WORDS, len(tokens))):
        if last in reader.taken:
            return None
        after = text[tokens[last].end : tokens[last].end + 1]
        if after and after in CLOSING:
            return last
    return None
