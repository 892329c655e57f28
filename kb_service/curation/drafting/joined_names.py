"""Names in a row: the actors named with a speaker (`X and Y`, `X وY`) speak with it."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from kb_service.curation.drafting.mentions import Mention

JOINED_GAP = 40  # characters between two names in a row (`X and Y`), at most
MAX_JOINED = 12  # names in a row that speak together, at most
# Matched between two names, from a position: so without `^`, which matches at 0 only.
_JOINED = re.compile(r"[\s,،]*(?:and|و|и|,|،)?\s*$", re.IGNORECASE)


def with_joined(text: str, speaker: Mention, actors: list[Mention]) -> tuple[Mention, ...]:
    """Return the speaker and the actors named in a row with it (`X and Y`, `X وY`), at most
    MAX_JOINED (a longer row is a list of names, not of speakers)."""
    group = [speaker]
    index = bisect_left(actors, speaker.start, key=lambda m: m.start)
    for mention in islice(reversed(actors), len(actors) - index, None):
        if mention.end > group[0].start:
            continue  # overlaps it
        if not joined(text, mention.end, group[0].start) or len(group) >= MAX_JOINED:
            break
        group.insert(0, mention)
    for mention in islice(actors, index, None):
        if mention.start < group[-1].end:
            continue
        if not joined(text, group[-1].end, mention.start) or len(group) >= MAX_JOINED:
            break
        group.append(mention)
    return tuple(group)


def joined(text: str, end: int, start: int) -> bool:
    """Return whether only a comma or `and` (و، и) stands between two names; a space alone
    only before an Arabic name that begins with و (премьер-министр Армении Никол Пашинян:
    a country and a person, not two speakers)."""
    if start - end > JOINED_GAP or _JOINED.match(text, end, start) is None:
        return False
    return bool(text[end:start].strip()) or text[start : start + 1] == "و"
