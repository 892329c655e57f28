"""Names in a row: the actors named with a speaker (`X and Y`, `X وY`) speak with it; and
persons listed with their titles (the President of Azerbaijan, Ilham Aliyev, the Prime Minister
of Armenia, Nikol Pashinyan, and ...; президент Азербайджана Ильхам Алиев и премьер-министр
Армении Никол Пашинян) speak together, the states in their titles not with them."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.name_rules import rules
from kb_service.model import names

JOINED_GAP = 40  # characters between two names in a row (`X and Y`), at most
TITLED_GAP = 120  # characters between two persons listed with their titles, at most
# A person's kind, and that of a capitalised name proposed without a title (Ilham Aliyev after
# `the President of Azerbaijan,`): most such names are persons'.
PERSON_KINDS = frozenset({"person", "actor"})
MAX_JOINED = 12  # names in a row that speak together, at most
# Matched between two names, from a position: so without `^`, which matches at 0 only.
_JOINED = re.compile(r"[\s,،]*(?:and|و|и|,|،)?\s*(?:the\s+)?$", re.IGNORECASE)
_AND = re.compile(r"(?:^|\s)(?:and|и|و)\s", re.IGNORECASE)
_LINKS = frozenset({"and", "the", "of", "и", "و", "a"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def with_joined(
    text: str, speaker: Mention, actors: list[Mention], language: str | None = None
) -> tuple[Mention, ...]:
    """Return the speaker and the actors named in a row with it (`X and Y`, `X وY`), at most
    MAX_JOINED (a longer row is a list of names, not of speakers); of a person, the persons
    listed with it and their titles."""
    if speaker.entity.kind in PERSON_KINDS and language is not None:
        persons = [m for m in actors if m.entity.kind in PERSON_KINDS]
        titled = _titled_row(text, speaker, persons, actors, language)
        if len(titled) > 1:
            return titled
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
    if not ends_in_and(text, tuple(group)):
        return (speaker,)  # Как заявил X, Армения ...: a comma alone makes no row of speakers
    return tuple(group)


def ends_in_and(text: str, row: tuple[Mention, ...]) -> bool:
    """Return whether a row of names ends with a conjunction before its last (`X, Y and Z`),
    not with a comma only (`..., the President of Russia, the Ministry reports`: one
    subject after a list that ends a phrase)."""
    if len(row) < 2 or _and_on(text, row[-1]):
        return True
    return bool(_AND.search(text, row[-2].end, row[-1].start))


def _and_on(text: str, mention: Mention) -> bool:
    """Tell whether an Arabic name is written with the `and` on it (وفرنسا, ووزارة الخارجية;
    not وزارة الخارجية, whose name begins with the letter)."""
    written = names.fold(text[mention.start : mention.end])
    return written[:1] == "و" and any(
        written[1:].startswith(names.fold(n)[:3]) for n in mention.entity.names
    )


def _titled_row(
    text: str, speaker: Mention, persons: list[Mention], actors: list[Mention], language: str
) -> tuple[Mention, ...]:
    """Return the persons listed with the speaker, each perhaps after a title."""
    index = bisect_left(persons, speaker.start, key=lambda m: m.start)
    group = [speaker]
    for mention in islice(reversed(persons), len(persons) - index, None):
        if mention.end > group[0].start:
            continue
        if not _titles_between(text, mention.end, group[0].start, actors, language):
            break
        group.insert(0, mention)
    for mention in islice(persons, index + 1, None):
        if not _titles_between(text, group[-1].end, mention.start, actors, language):
            break
        group.append(mention)
    return tuple(group[:MAX_JOINED])


def _titles_between(text: str, end: int, start: int, actors: list[Mention], language: str) -> bool:
    """Tell whether only commas, `and`, titles and the names in them stand between two persons,
    with at least a comma or an `and` (two names, not one)."""
    if start - end > TITLED_GAP or start <= end:
        return False
    gap = text[end:start]  # its `and` may open a name in it (بوتين والولايات المتحدة ترامب)
    if re.search(r"[.;:!?؟]", gap) or not re.search(r"[,،]|\band\b|\bи\b|(?:^|\s)و", gap):
        return False
    for mention in islice(actors, bisect_left(actors, end, key=lambda m: m.start), None):
        if mention.start >= start:
            break
        gap = gap.replace(text[mention.start : mention.end], " ")
    title_words = {w.rstrip("*") for p in rules(language).titles for w in p.words}
    generic = rules(language).generic
    for word in _WORD.findall(gap):
        folded = names.fold(word)
        bare = folded[1:] if language == "ar" and folded.startswith("و") else folded
        if bare in _LINKS or bare in generic or folded in _LINKS:
            continue
        if not any(bare.startswith(t) or t in bare.split("-") for t in title_words):
            return False
    return True


def joined(text: str, end: int, start: int) -> bool:
    """Return whether only a comma or `and` (و، и) stands between two names; a space alone
    only before an Arabic name that begins with و (премьер-министр Армении Никол Пашинян:
    a country and a person, not two speakers)."""
    if start - end > JOINED_GAP or _JOINED.match(text, end, start) is None:
        return False
    return bool(text[end:start].strip()) or text[start : start + 1] == "و"
