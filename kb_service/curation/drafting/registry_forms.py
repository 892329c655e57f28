"""Registry entries written otherwise than the registry writes them, found where the names
the registry lacks are read (unknown_names.py): a state by its adjective and a word such as
republic (Азербайджанской Республики), a ministry by its state's adjective or possessive and its
topic (Armenian Defence Ministry, Russia's Foreign Ministry; ministry_names.py), and armed
forces by the state's adjective (Armenian forces). Each is added to the passage's mentions of
the registry, so that a drafted item names the registry's entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kb_service.curation.drafting import owned_names
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.ministry_names import STATE_KINDS, topics
from kb_service.curation.drafting.name_patterns import without_ending
from kb_service.curation.drafting.name_rules import phrase_at
from kb_service.model import names

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader


def state_adjectives(reader: _Reader, mentions: list[Mention]) -> None:
    """Add to `mentions` a state named by its adjective and a word such as republic
    (unknown_names.yaml `state_nouns`): Азербайджанской Республики, the state's name being the
    adjective's stem, or the French Republic, by `state_adjectives`."""
    tokens, rule = reader.tokens, reader.rule
    stems: list[tuple[str, Entity]] | None = None  # read from the registry once a noun is met
    for at in range(len(tokens) - 1):
        word, following = tokens[at], tokens[at + 1]
        if at in reader.taken or at + 1 in reader.taken or following.folded not in rule.state_nouns:
            continue
        stems = _state_stems(reader) if stems is None else stems
        stem = without_ending(word.folded, rule.place_adjectives + rule.adjective_endings)
        state = next((e for s, e in stems if len(stem) >= 4 and stem.startswith(s)), None)
        state = state or _state_of_adjective(reader, at)  # French Republic
        if state is not None and word.text[:1].isupper() and reader.joined(at + 1):
            mentions.append(Mention(state, at, at + 1, word.start, following.end))
            reader.taken.update((at, at + 1))
    mentions.sort(key=lambda m: m.first)


def _state_stems(reader: _Reader) -> list[tuple[str, Entity]]:
    """Return the folded names of the registry's states in the text's script, without a
    final vowel (Армения: армени), longest first."""
    found = []
    for entity in reader.proposals.known.values():
        if entity.kind not in STATE_KINDS:
            continue
        for name in entity.names:
            words = names.words(name)
            if len(words) == 1 and names.script(words[0]) == "cyrillic" and len(words[0]) > 4:
                found.append((words[0].rstrip("аяеиоыь"), entity))
    return sorted(found, key=lambda pair: -len(pair[0]))


def english_ministry(
    reader: _Reader, first: int, last: int, mentions: list[Mention], *, regions: bool = False
) -> bool:
    """Name the registry's ministry that a capitalised run ending in Ministry names by its
    state's adjective or possessive and its topic (Armenian Defence Ministry, Russia's Foreign
    Ministry), or by its topic and its state's capital after it (the Defence Ministry in Baku:
    capitals.yaml), or (`regions`) a region's possessive; tell whether it did (the state's
    possessive is then not named there)."""
    tokens = reader.tokens
    if _of_topic(reader, first, last):  # Armenia's Ministry of Defence
        state, begin = _state_before(reader, first, mentions, capitals=True)
        topic = next(
            (t.folded for t in tokens[first + 2 : last + 1] if t.folded in topics("en")), ""
        )
        if state is None or not topic:
            return False
        return _named(reader, (begin, first, last), state, topic, mentions)
    if last - first < 1 or tokens[last].folded != "ministry":
        return False
    state, begin = _state_before(reader, first, mentions, regions=regions, capitals=True)
    topic = tokens[last - 1].folded
    if state is None and last - first >= 2:
        state, begin = reader.proposals.ministries().demonym(tokens[first].folded), first
    if state is None:
        state = _capital_after(reader, last, mentions)
    if state is None:
        return False
    return _named(reader, (begin, first, last), state, topic, mentions)


def _of_topic(reader: _Reader, first: int, last: int) -> bool:
    """Tell whether a capitalised run is `Ministry of` and its topic (Ministry of Defence)."""
    tokens = reader.tokens
    return (
        last - first >= 2
        and tokens[first].folded == "ministry"
        and tokens[first + 1].folded == "of"
    )


def _named(
    reader: _Reader,
    span: tuple[int, int, int],
    state: Entity,
    topic: str,
    mentions: list[Mention],
) -> bool:
    """Name the registry's ministry of a state on a topic from token `begin` (its state's
    possessive, if any) to `last`, else propose one; the possessive is not named there."""
    begin, first, last = span
    tokens = reader.tokens
    known = reader.proposals.ministries().of(state, topic, "en")
    mentions[:] = [m for m in mentions if not (m.first >= begin and m.last < first)]
    if known is None:  # Azerbaijan's Foreign Ministry, Russian defence
        reader.add(begin, last, "ministry")  # a ministry the registry lacks, with its state
        return True
    mentions.append(Mention(known, begin, last, tokens[begin].start, tokens[last].end))
    mentions.sort(key=lambda m: m.first)
    reader.taken.update(range(begin, last + 1))
    return True


def possessive_ministry(reader: _Reader, at: int, mentions: list[Mention]) -> bool:
    """Name the ministry a state's or a region's possessive and a lower-case topic name
    (Armenia's defence ministry, Karabakh's foreign ministry), as english_ministry does a
    capitalised one; tell whether it did."""
    tokens = reader.tokens
    if at + 1 >= len(tokens) or tokens[at + 1].folded != "ministry" or reader.capital(at):
        return False
    owner = _state_before(reader, at, mentions, regions=True, capitals=True)[0]
    if owner is None or not reader.joined(at + 1):
        return False
    return english_ministry(reader, at, at + 1, mentions, regions=True)


def possessor(reader: _Reader, first: int, mentions: list[Mention]) -> int:
    """Return the first token of an organisation's name that opens with its state's
    possessive (Azerbaijan's Prosecutor General's Office) or with a known organisation's name
    (the OSCE Parliamentary Assembly), which is not named there; else `first`."""
    state, begin = _state_before(reader, first, mentions)
    if state is None:
        owner = next((m for m in mentions if m.last == first - 1), None)
        if owner is None or owner.entity.kind != "organisation":
            return first
        begin = owner.first if reader.joined(first) else first
    mentions[:] = [m for m in mentions if not (m.first >= begin and m.last < first)]
    return begin


def _capital_after(reader: _Reader, last: int, mentions: list[Mention]) -> Entity | None:
    """Return the state whose capital is named right after token `last` and `in` (capitals.yaml)."""
    tokens = reader.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].folded != "in" or not reader.joined(last + 2):
        return None
    city = next((m.entity.id for m in mentions if m.first == last + 2), None)
    return reader.proposals.capitals().get(city or "")


def _state_before(
    reader: _Reader,
    first: int,
    mentions: list[Mention],
    *,
    regions: bool = False,
    capitals: bool = False,
) -> tuple[Entity | None, int]:
    """Return the state named with a possessive right before token `first` (Russia's), or
    (`capitals`: a ministry's) by its capital's (Yerevan's Defence Ministry: capitals.yaml, not
    a region's), or (`regions`) the region (Karabakh's defence ministry)."""
    if first < 2 or reader.tokens[first - 1].folded != "s":
        return None, first
    state = next((m for m in mentions if m.last == first - 2), None)
    if state is None:
        return None, first
    kinds = owned_names.OWNERS_WITH_REGIONS if regions else STATE_KINDS
    found = state.entity if state.entity.kind in kinds else None
    if found is None and capitals and state.entity.kind != "region":
        found = reader.proposals.capitals().get(state.entity.id)
    return (found, state.first) if found else (None, first)


def armed_forces(reader: _Reader, at: int, mentions: list[Mention]) -> bool:
    """Name the registry's armed forces of a state by its adjective and a word for forces
    (Armenian forces, the Azerbaijani army); tell whether it did."""
    tokens = reader.tokens
    nouns = reader.rule.forces_words
    end = at + 1
    while end < len(tokens) and end - at <= 2 and tokens[end].folded in nouns:
        end += 1
    if end == at + 1 or not reader.joined(at + 1):
        return False
    state = reader.proposals.ministries().demonym(tokens[at].folded)
    known = reader.proposals.ministries().of(state, None, "en", "armed-force") if state else None
    if known is None:
        return False
    mentions.append(Mention(known, at, end - 1, tokens[at].start, tokens[end - 1].end))
    mentions.sort(key=lambda m: m.first)
    reader.taken.update(range(at, end))
    return True


def russian_armed_forces(reader: _Reader, mentions: list[Mention]) -> None:
    """Name the registry's armed forces of a state by its Russian adjective, in any case, and
    a word for forces after it (азербайджанской армии, армянские вооруженные силы)."""
    tokens, rule = reader.tokens, reader.rule
    for at in range(len(tokens) - 1):
        if (
            at in reader.taken
            or at + 1 in reader.taken
            or tokens[at + 1].folded not in rule.forces_words
        ):
            continue
        state = _state_of_adjective(reader, at)
        known = (
            reader.proposals.ministries().of(state, None, "ru", "armed-force") if state else None
        )
        if known is None:
            continue
        end = (
            at + 2
            if at + 2 < len(tokens) and tokens[at + 2].folded in rule.forces_words
            else at + 1
        )
        mentions.append(Mention(known, at, end, tokens[at].start, tokens[end].end))
        reader.taken.update(range(at, end + 1))
    mentions.sort(key=lambda m: m.first)


def arabic_armed_forces(reader: _Reader) -> None:
    """Name the registry's armed forces of a state by an Arabic word for forces and the
    state's adjective (الجيش الأرميني, القوات الأذربيجانية)."""
    tokens, words = reader.tokens, reader.rule.forces_words
    for at in range(len(tokens) - 1):
        if at in reader.taken or at + 1 in reader.taken or not tokens[at].forms & words:
            continue
        state = owned_names.arabic_demonym(
            reader.proposals.known, tokens[at + 1].folded, feminine=False
        )
        ministries = reader.proposals.ministries()
        known = ministries.of(state, None, "ar", "armed-force") if state else None
        if known is None or not reader.joined(at + 1):
            continue
        mention = Mention(known, at, at + 1, tokens[at].start, tokens[at + 1].end)
        reader.registry[:] = sorted([*reader.registry, mention], key=lambda m: m.first)
        reader.taken.update((at, at + 1))


def adjectives_state(reader: _Reader, at: int) -> str | None:
    """Return the English name of the state whose adjective token `at` is (`state_adjectives`:
    in Russian in any case, in English French for France)."""
    word = reader.tokens[at].folded
    return next((e for s, e in reader.rule.state_adjectives if word.startswith(s)), None)


def _state_of_adjective(reader: _Reader, at: int) -> Entity | None:
    """Return the registry's state whose adjective token `at` is."""
    english = adjectives_state(reader, at)
    if english is None:
        return None  # no state's adjective: the registry is not searched
    known = reader.proposals.known.values()
    return next((e for e in known if e.kind in STATE_KINDS and e.name_en == english), None)


def russian_ministries(reader: _Reader, mentions: list[Mention]) -> None:
    """Name the ministry of a state by its Russian adjective and a word for a ministry
    (российский МИД, в армянском внешнеполитическом ведомстве): the registry's, else one
    proposed (unknown_names.yaml `adjective_ministries`)."""
    tokens = reader.tokens
    for at in range(len(tokens) - 1):
        if at in reader.taken or at + 1 in reader.taken or not reader.joined(at + 1):
            continue
        phrase = phrase_at(reader.rule.adjective_ministries, tokens, at + 1)
        state = _state_of_adjective(reader, at) if phrase else None
        if phrase is None or state is None:
            continue
        end = at + len(phrase.words)
        known = reader.proposals.ministries().of(state, phrase.term, "en")
        if known is None:
            reader.add(at, end, "ministry")
            continue
        mentions.append(Mention(known, at, end, tokens[at].start, tokens[end].end))
        reader.taken.update(range(at, end + 1))
    mentions.sort(key=lambda m: m.first)


def acronyms(reader: _Reader, mentions: list[Mention]) -> None:
    """Name a registry entry by a word in capitals that is the initials of a name of it
    (Proposals.acronyms: РФ for Российская Федерация)."""
    found = reader.proposals.acronyms()
    for at, token in enumerate(reader.tokens):
        entity = found.get(token.text) if token.text.isupper() else None
        if entity is not None and at not in reader.taken:
            mentions.append(Mention(entity, at, at, token.start, token.end))
            reader.taken.add(at)
    mentions.sort(key=lambda m: m.first)
