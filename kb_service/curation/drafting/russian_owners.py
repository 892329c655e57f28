"""Russian persons named in the genitive before the person who holds a title of theirs
(пресс-секретарь главы НКР Араика Арутюняна Ваграм Погосян; unknown_names.yaml
`genitive_names`): a run of four capitalised words, two in the genitive and two not, is two
persons, the owner and the holder."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.name_rules import RULES_FILE
from kb_service.model import names

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

PAIR = 2  # words of each name


@cache
def _endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["genitive_names"]["ru"]
    given, surname = data["first"], data["surname"]
    return tuple(names.fold(e) for e in given), tuple(names.fold(e) for e in surname)


def owner_pair(reader: _Reader, first: int, last: int) -> int:
    """Propose the owner's name when tokens `first` to `last` are an owner's name in the
    genitive and a holder's; return where the holder's name begins (0: no such run)."""
    if reader.proposals.language != "ru" or last - first + 1 != 2 * PAIR:
        return 0
    words = [t.folded for t in reader.tokens[first : last + 1]]
    given, surname = _endings()
    genitive = words[0].endswith(given) and words[1].endswith(surname)
    if not genitive or words[3].endswith(surname) or words[3].endswith(given):
        return 0
    reader.add(first, first + 1, "person")
    return first + PAIR


def owner_and_holder(reader: _Reader, first: int, last: int) -> bool:
    """Propose both persons when tokens `first` to `last` are an owner's name in the
    genitive and a holder's (owner_pair); return whether they were."""
    holder = owner_pair(reader, first, last)
    if holder:
        reader.add(holder, last, "person")
    return bool(holder)
