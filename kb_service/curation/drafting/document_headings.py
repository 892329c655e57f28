"""The issuer an Arabic document's heading names (unknown_names.yaml
`arabic_document_heading`): in the text's first passage, the words after the heading's noun
(بيان, بيان صادر عن), up to a word of its topic (بشأن, حول) or the heading's end, when they are
two words or more and no other name is among them: بيان الكرسي الأم لإتشميادزين المقدسة بشأن قصف
... proposes الكرسي الأم لإتشميادزين المقدسة, an organisation, which the text's body then names
(يعلن الكرسي الأم لإتشميادزين المقدسة ما يلي). English and Russian headings capitalise their
issuers, and the capitalised runs propose them."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.name_rules import RULES_FILE, at_phrase, phrases
from kb_service.model import names

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader


@cache
def _heading() -> tuple[tuple[Phrase, ...], frozenset[str], int]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["arabic_document_heading"]
    ends = frozenset(names.fold(str(w)) for w in data["ends"])
    return phrases({"ar": data["opens"]}, "ar"), ends, int(data["reach"])


def issuer(reader: _Reader) -> None:
    """Propose the issuer the heading of an Arabic document names (see the module)."""
    if reader.passage != 1:
        return
    opens, ends, reach = _heading()
    tokens = reader.tokens
    first = last = at_phrase(opens, tokens, 0)
    while (
        last < len(tokens)
        and last - first < reach
        and last not in reader.taken  # another name is among the words
        and tokens[last].folded not in ends
    ):
        last += 1
    ended = last == len(tokens) or tokens[last].folded in ends
    if first and last - first >= 2 and ended:
        reader.add(first, last - 1, "organisation")
