"""An organisation's name that ends in the registry state it belongs to: the Ministry of Foreign
Affairs of the Republic of Azerbaijan, the Prosecutor General's Office of Azerbaijan, وزارة
خارجية جمهورية أذربيجان (a ministry's head, its topic without the article, and the state, an
idafa chain). The name and the state are one name, of a ministry when its head is one's; the
state is not mentioned there. Where the registry has that state's ministry on that topic
(ministry_names.py), the registry's entry is named instead (Ministry of Defence of the Republic
of Armenia). The words between the organisation and the state (of, the, Republic, جمهورية) are
`state_links` of unknown_names.yaml."""

from __future__ import annotations

from functools import cache
from itertools import chain
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.ministry_names import STATE_KINDS, topics
from kb_service.curation.drafting.name_patterns import within
from kb_service.curation.drafting.name_rules import RULES_FILE, at_phrase
from kb_service.curation.drafting.proposed_entries import without_proclitic
from kb_service.curation.drafting.transliteration import kebab
from kb_service.model import names

TITLE_LINKS = ("of", "the")  # between an organisation and the title it serves

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

MAX_LINKS = 4  # words between an organisation's name and its state, at most
OWNERS_WITH_REGIONS = STATE_KINDS | {"region"}  # an English body's owners (of Artsakh)
DEMONYM_MIN = 3  # letters of a state's name an Arabic adjective is recognised by (روس)
MAX_TOPIC = 2  # words of an Arabic ministry's topic, at most (خارجية, شؤون الخارجية)


@cache
def _rules(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return one language's links before a state and its ministry words (folded)."""
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    spelled = data["state_links"]
    links = frozenset(names.fold(str(w)) for w in spelled["links"].get(language) or [])
    heads = frozenset(names.fold(str(w)) for w in spelled["ministry"].get(language) or [])
    return links, heads


def a_ministry(reader: _Reader, first: int) -> bool:
    """Tell whether the name that begins at token `first` is a ministry's: its first word is a
    ministry's head (the Ministry of Foreign Affairs of the Republic of Artsakh)."""
    return bool(reader.tokens[first].forms & _rules(reader.proposals.language)[1])


def english(reader: _Reader, first: int, last: int) -> int | None:
    """Name the capitalised run `first`..`last` that holds an organisation's head, with the
    state after it (of the Republic of Azerbaijan) or a region (of Artsakh), past the title it
    serves (of the President of the Republic of Azerbaijan); return the name's last token."""
    tokens = reader.tokens
    if not reader.headed(first, last):
        return None
    state = _state_after(reader, last + 1, regions=True) or _state_after_title(reader, last + 1)
    if state is None or all(t.folded != "of" for t in tokens[last + 1 : state.first]):
        return None
    _name(reader, first, state)
    return state.last


def arabic(reader: _Reader, at: int) -> int | None:
    """Name the Arabic ministry whose head is token `at` when its topic, written without the
    article, and its state follow (وزارة خارجية جمهورية أذربيجان); return its last token."""
    tokens, rule = reader.tokens, reader.rule
    topic = at + 1
    while (
        topic < len(tokens)
        and topic - at <= MAX_TOPIC
        and topic not in reader.taken
        and reader.joined(topic)
        and not tokens[topic].text.startswith("ال")
        and tokens[topic].folded not in rule.particles
        and tokens[topic].folded not in _rules("ar")[0]
    ):
        topic += 1
    if topic == at + 1:
        return None
    state = _state_after(reader, topic)
    if state is None:
        return None
    _name(reader, at, state)
    return state.last


def arabic_in_capital(reader: _Reader, at: int) -> int | None:
    """Name the registry's ministry that its head at token `at`, its topic and its state's
    capital after في name (وزارة الدفاع في باكو: capitals.yaml); return its topic's token. The
    capital stays named. With the state itself after في (وزارة الدفاع في جمهورية أرمينيا,
    وزارة الدفاع الوطني في الجمهورية التركية: a topic of two words), the state is part of the
    name, a proposed ministry's where the registry has none; return its last token."""
    tokens = reader.tokens
    link = next((k for k in (at + 2, at + 3) if k < len(tokens) and tokens[k].folded == "في"), 0)
    if (
        not link
        or link + 1 >= len(tokens)
        or (link > at + 2 and not tokens[at + 2].folded.startswith("ال"))
    ):
        return None
    if not all(reader.joined(k) for k in range(at + 1, link + 1)):
        return None
    topic = next(iter(tokens[at + 1].forms & frozenset(topics("ar"))), None)
    city = next((m.entity.id for m in reader.registry if m.first == link + 1), "")
    state = reader.proposals.capitals().get(city)
    in_state = None if state else _state_after(reader, link + 1)
    state = in_state.entity if in_state else state
    known = reader.proposals.ministries().of(state, topic, "ar") if state and topic else None
    if known is None and in_state is not None and tokens[at + 1].folded.startswith("ال"):
        _name(reader, at, in_state)  # وزارة الدفاع في روسيا الاتحادية: a ministry proposed
        return in_state.last
    if known is None:
        return None
    last = in_state.last if in_state else at + 1
    mention = Mention(known, at, last, tokens[at].start, tokens[last].end)
    reader.registry[:] = sorted(
        [*(m for m in reader.registry if m is not in_state), mention], key=lambda m: m.first
    )
    reader.taken.update(range(at, last + 1))
    return last


def arabic_topics(reader: _Reader) -> None:
    """Name a ministry by its topic and its state's adjective, without its head (الخارجية
    الأذربيجانية): the registry's, else a proposed one."""
    tokens, words = reader.tokens, frozenset(topics("ar"))
    for at in range(len(tokens) - 1):
        topic = tokens[at].forms & words
        if at in reader.taken or at + 1 in reader.taken or not reader.joined(at + 1):
            continue
        state = arabic_demonym(reader.proposals.known, tokens[at + 1].folded) if topic else None
        definite = [f for f in tokens[at].forms if f.startswith("ال")]  # فالخارجية too
        if state is None or not definite:
            continue
        known = reader.proposals.ministries().of(state, next(iter(topic)), "ar")
        if known is None:
            written = reader.text[tokens[at].start : tokens[at + 1].end]
            name = written[written.index("ال") :]  # without its proclitic (فالخارجية)
            reader.add(at, at + 1, "ministry", name=name, ident=kebab(name))
            continue
        mention = Mention(known, at, at + 1, tokens[at].start, tokens[at + 1].end)
        reader.registry[:] = sorted([*reader.registry, mention], key=lambda m: m.first)
        reader.taken.update((at, at + 1))


def arabic_demonym(
    known: dict[str, Entity], folded: str, *, feminine: bool = True
) -> Entity | None:
    """Return the registry state (of the entries `known`) an Arabic adjective with the article
    is made of (الأذربيجانية: أذربيجان), if exactly one; `feminine`: only a feminine one, as a
    ministry's (وزارة) is; الأذربيجاني is a minister's."""
    if not folded.startswith("ال") or not folded.endswith("يه" if feminine else ("يه", "ي")):
        return None
    stem = folded[2:].removesuffix("ه").removesuffix("ي")
    found = {
        entity.id: entity
        for entity in known.values()
        if entity.kind in STATE_KINDS
        for name in entity.names
        if names.script(name) == "arabic"
        and len(stem) >= DEMONYM_MIN
        and (w := names.fold(name)).startswith(stem)
        and len(w) - len(stem) <= 2
    }
    return next(iter(found.values())) if len(found) == 1 else None


def bare(reader: _Reader, first: int, last: int) -> bool:
    """Name the ministry a capitalised run names by its topic alone (the Defence Ministry,
    Минобороны, МИД) when the text proposed one ministry on that topic before (Министерство
    обороны Российской Федерации); tell whether it did."""
    words = [t.folded for t in reader.tokens[first : last + 1]]
    language = reader.proposals.language
    spelled = topics(language)
    headed = len(words) == 2 and words[1] in _rules(language)[1]  # Defence Ministry
    if not (len(words) == 1 or headed) or words[0] not in spelled:
        return False
    topic = words[0]
    found = [
        e
        for e in reader.proposals.entities.values()
        if e.kind == "ministry" and any(set(spelled[topic]) & _stems(n) for n in e.names)
    ]
    if not found and headed:
        return True  # the Defence Ministry, no ministry proposed before: a designator, no name
    if len(found) != 1:
        return False
    reader.add(first, last, "ministry", ident=found[0].id)
    return True


def _stems(name: str) -> set[str]:
    return {f for w in names.words(name) for f in (w, *names.Forms.of(w).variants)}


def _state_after(reader: _Reader, at: int, *, regions: bool = False) -> Mention | None:
    """Return the registry's mention of a state at token `at`, past the links before it, or
    (`regions`) of a region, whose own bodies English names so (the State Emergency
    Situations Service of Artsakh)."""
    kinds = OWNERS_WITH_REGIONS if regions else STATE_KINDS
    links, tokens = _rules(reader.proposals.language)[0], reader.tokens
    start = at
    while (
        at < len(tokens)
        and at - start < MAX_LINKS
        and at not in reader.taken
        and reader.joined(at)
        and tokens[at].folded in links
    ):
        at += 1
    if at >= len(tokens) or not reader.joined(at):
        return None
    return next(
        (
            m
            for m in chain(within(reader.registry, at, at), reader.found)
            if m.first == at and m.entity.kind in kinds
        ),
        None,
    )  # a registry state, or one proposed by `states` (of the Republic of Turkey)


def _state_after_title(reader: _Reader, at: int) -> Mention | None:
    """Return the state after the title an organisation serves, past `of the` at
    token `at` (the Press Service of the President of the Republic of Azerbaijan)."""
    tokens, title = reader.tokens, at
    while (
        title < len(tokens)
        and title - at < len(TITLE_LINKS)
        and tokens[title].folded in TITLE_LINKS
    ):
        title += 1
    length = at_phrase(reader.rule.titles, tokens, title) if title > at else 0
    return _state_after(reader, title + length) if length else None


def _name(reader: _Reader, first: int, state: Mention) -> None:
    """Name tokens `first` to the state's last: the registry's ministry of that state on the
    topic the words give, else a proposed entry; the state is not mentioned there."""
    tokens, language = reader.tokens, reader.proposals.language
    words = [t.folded for t in tokens[first : state.first]]
    ministry = bool(tokens[first].forms & _rules(language)[1]) or "ministry" in words
    topic = next((w for w in words if w in topics(language)), None)
    if language == "ar":
        topic = next((w for w in words[1:]), None)
    ministries = reader.proposals.ministries()
    known = ministries.of(state.entity, topic, language) if ministry and topic else None
    reader.registry[:] = [m for m in reader.registry if m is not state]
    if state in reader.found:  # a proposed state the name holds is not named there
        reader.found.remove(state)
        reader.proposals.unsaw(state.entity, reader.passage, reader.text[state.start : state.end])
    if known is not None:
        mention = Mention(known, first, state.last, tokens[first].start, state.end)
        reader.registry[:] = sorted([*reader.registry, mention], key=lambda m: m.first)
        reader.taken.update(range(first, state.last + 1))
        return
    reader.taken.difference_update(range(state.first, state.last + 1))
    written = reader.text[tokens[first].start : state.end]
    if language == "ar":
        head = without_proclitic(tokens[first].text, lambda form: form.startswith("وزار"))
        written = head + reader.text[tokens[first].end : state.end]  # لوزارة: وزارة
    reader.add(first, state.last, "ministry" if ministry else "organisation", name=written)
