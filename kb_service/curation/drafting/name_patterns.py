"""Names the registry lacks, by patterns of unknown_names.yaml other than titles and capitals:

- a seat of power named by a word (the Kremlin, الكرملين, Кремль): an institution;
- a head and the country it belongs to (Минобороны России, администрации президента
  Азербайджана): one organisation, the country not mentioned there;
- in Arabic, a news agency's name after its word, up to its nationality (وكالة الأناضول
  التركية: الأناضول, named وكالة الأناضول too);
- a place's name before a place noun (the Lachin corridor, Агдамский район), and in Russian a
  like adjective standing alone (до 15 ноября - Кельбаджарский)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from kb_service.curation.drafting import (
    arabic_organisations,
    known_names,
    name_shapes,
    quoted_outlets,
)
from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.ministry_names import STATE_KINDS
from kb_service.curation.drafting.name_rules import at_phrase, phrase_at
from kb_service.curation.drafting.name_shapes import opens_sentence
from kb_service.curation.drafting.transliteration import kebab
from kb_service.model import names

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

ROW_MAX = 6  # place adjectives in a row before their noun, at most
MAX_NAME = 4  # capitalised words of an English agency's name before its word, at most
OWNER_KINDS = STATE_KINDS | {"region"}  # of a head before it (Армия обороны Нагорного Карабаха)
STATE = "state "  # an institution's term that names a state the registry lacks (states)
TOWN_KINDS = frozenset({"city", "district"})  # of `places`


def agencies(reader: _Reader) -> None:
    """Propose the news agencies named next to their word: after it in Arabic
    (arabic_organisations.agency) and Russian (агентство «Арменпресс»); in English the
    capitalised words before it (Sputnik agency), else, when those are only adjectives or
    absent, the name after it (the Turkish agency Anadolu). Then the outlets quoted after a
    relay's phrase (quoted_outlets)."""
    for at in range(len(reader.tokens)):
        length = at_phrase(reader.rule.agencies, reader.tokens, at)
        if not length:
            continue
        if reader.proposals.language == "ar":
            arabic_organisations.agency(reader, at, length)
            continue
        first = at
        if _goes_on(reader, at + length):
            continue  # National Agency for Mine Action: an organisation's name, read as a run
        if reader.proposals.language == "en":
            while first > 0 and reader.capital(first - 1) and at - first < MAX_NAME:
                first -= 1
        if first < at and not reader.not_a_name(first, at - 1):
            reader.add(first, at - 1, "news-agency")
        elif (name := reader.name_after(at + length)) is not None:
            reader.add(*name, "news-agency")
    quoted_outlets.find(reader)  # Как передает «Кавказский узел»


def _goes_on(reader: _Reader, at: int) -> bool:
    """Tell whether a capitalised agency word that ends before token `at` goes on with a
    connector (National Agency for Mine Action; not the Kazinform agency of Kazakhstan)."""
    tokens = reader.tokens
    return (
        at < len(tokens)
        and tokens[at].folded in reader.rule.connectors
        and tokens[at - 1].text[:1].isupper()
    )


def institutions(reader: _Reader) -> None:
    """Propose the seats of power named by a word (the Kremlin) and the outlets, over a
    registry name they hold (Sputnik Armenia, France in Agence France-Presse)."""
    at, tokens = 0, reader.tokens
    known = {k for m in reader.registry for k in range(m.first, m.last + 1)}
    found = {k for m in reader.found for k in range(m.first, m.last + 1)}
    while at < len(tokens):
        free = (at not in reader.taken or at in known) and at not in reader.left
        phrase = phrase_at(reader.rule.institutions, tokens, at) if free else None
        last = at + len(phrase.words) - 1 if phrase else at
        inside = within(reader.registry, at, last) if phrase else []
        if (
            phrase is None
            or found.intersection(range(at, last + 1))
            or reader.zone(at, last)  # بتوقيت شوشا: a time zone
            or _inside(reader, at, last, phrase.term.startswith(STATE))
            or any((m.first, m.last) == (at, last) or m.first < at or m.last > last for m in inside)
        ):
            at += 1
            continue  # no outlet here, or a name is all of it or runs past it
        reader.registry[:] = [m for m in reader.registry if m not in inside]
        kind, english = phrase.term.split(" ", 1)
        if kind in TOWN_KINDS and at > 0 and tokens[at - 1].forms & reader.rule.city_words:
            kind = "city"  # مدينة آغدام: the town, not its district
        reader.add(at, last, kind, english)
        at = last + 1


def _inside(reader: _Reader, first: int, last: int, state: bool = False) -> bool:
    """Return whether words stand inside a longer name (Armenian Red Cross Society, Российский
    Красный Крест, Международный комитет Красного Креста); a state's name may stand before a
    person's (президент Турции Реджеп Тайип Эрдоган), in English only before a title (Turkey
    President Erdogan, not China Daily)."""
    if reader.proposals.language == "ar":
        return False
    after = last + 1 < len(reader.tokens) and reader.joined(last + 1) and reader.capital(last + 1)
    if state and reader.proposals.language == "en":  # Turkey President Erdogan, not China Daily
        state = bool(at_phrase(reader.rule.titles, reader.tokens, last + 1))
    after = after and not state and not _two_names(reader, last + 1)  # ... Петер Маурер
    head = first > 0 and bool(at_phrase(reader.rule.heads, reader.tokens, first - 1))
    before = first > 0 and reader.joined(first) and (reader.capital(first - 1) or head)
    return after or (before and not opens_sentence(reader, first - 1))


def _two_names(reader: _Reader, at: int) -> bool:
    """Return whether tokens `at` and `at + 1`, and no more, are capitalised and joined: a
    person's name after an organisation's (Красного Креста Петер Маурер)."""
    tokens, end = reader.tokens, at + 2
    names_ = all(k < len(tokens) and reader.joined(k) and reader.capital(k) for k in (at, at + 1))
    return names_ and not (end < len(tokens) and reader.joined(end) and reader.capital(end))


def within(mentions: list[Mention], first: int, last: int) -> list[Mention]:
    """Return the mentions (in order by their first token) that overlap tokens `first` to
    `last`: a name is a few words, so those that begin a few words before `first` at most."""
    start = bisect_left(mentions, first - 2 * MAX_NAME, key=lambda m: m.first)
    return [
        m
        for m in takewhile(lambda m: m.first <= last, islice(mentions, start, None))
        if first <= m.last
    ]


def of_country(reader: _Reader, mentions: list[Mention]) -> set[int]:
    """Propose a head followed by a state's name (Минобороны России), or add to `mentions`
    the registry's ministry it names (Минобороны Армении); return the indexes of the states'
    mentions that the names hold."""
    by_first = {m.first: i for i, m in enumerate(mentions) if m.entity.kind in OWNER_KINDS}
    proposed = {m.first for m in reader.found}  # named as proposed before (Минобороны)
    absorbed: set[int] = set()
    for at in range(len(reader.tokens)):
        free = at not in reader.taken or at in proposed
        phrase = phrase_at(reader.rule.of_country, reader.tokens, at) if free else None
        state = by_first.get(_state_at(reader, at + len(phrase.words))) if phrase else None
        if phrase is not None and state is None and at not in reader.taken:
            _of_other_state(reader, at, phrase)  # Министерство ... Турецкой Республики
        if phrase is None or state is None or not reader.joined(mentions[state].first):
            continue
        mention = mentions[state]
        topic = phrase.words[-1].rstrip("*")
        known = reader.proposals.ministries().of(mention.entity, topic, reader.proposals.language)
        if known is None and at in reader.taken:
            continue  # the ministry proposed before stands
        absorbed.add(state)
        if known is not None:  # Минобороны Армении: the registry's ministry, not one proposed
            dropped = [m for m in reader.found if m.first == at]
            known_names.forget(reader.proposals, reader.found, dropped, reader.passage, reader.text)
            mentions.append(Mention(known, at, mention.last, reader.tokens[at].start, mention.end))
            reader.taken.update(range(at, mention.last + 1))
            continue
        reader.taken.difference_update(range(mention.first, mention.last + 1))
        reader.add(at, name_shapes.past_tail(reader, mention.last), phrase.term)
    return absorbed


def _of_other_state(reader: _Reader, at: int, head: Phrase) -> None:
    """Propose a head and a state of `states` after it: one name (... Турецкой Республики)."""
    after = _state_at(reader, at + len(head.words))
    state = phrase_at(reader.rule.institutions, reader.tokens, after)
    if state is None or not state.term.startswith(STATE) or not reader.joined(after):
        return
    if not reader.taken.intersection(range(at, last := after + len(state.words))):
        reader.add(at, last - 1, head.term)


def _state_at(reader: _Reader, at: int) -> int:
    """Return where a head's state is named: at `at`, or past the words of its form there
    (Республики Армения, Исламской Республики Пакистан)."""
    for length in (2, 1):
        words = reader.tokens[at : at + length]
        form = " ".join(names.fold(t.text) for t in words)
        if len(words) == length and form in reader.rule.state_forms:
            return at + length
    return at


def place_before_noun(reader: _Reader, first: int, last: int) -> bool:
    """Propose the capitalised words `first` to `last` and the place noun after them as a
    place (the Lachin corridor, Агдамский район); tell whether they were."""
    after = last + 1
    tokens = reader.tokens
    if after >= len(tokens) or not reader.joined(after) or tokens[after].text[0].isupper():
        return False
    noun = reader.rule.place_nouns.get(tokens[after].folded)
    in_english = reader.proposals.language == "en"
    if noun is None or (in_english and reader.not_a_name(first, last)):
        return False  # the Armenian village of Yeraskh: an adjective, no place's name
    kind, whole = noun
    if reader.proposals.language != "en":  # the adjectives before the noun (Передача Агдамского)
        while first <= last and not _place_adjectives(reader, first, last):
            first += 1
        if first > last:
            return False
    stem = _place_stem(reader, first, last)
    if reader.proposals.language == "en":
        english = reader.text[tokens[first].start : tokens[last if not whole else after].end]
        reader.add(first, after, kind, english)
    else:
        reader.add(first, after, kind, ident=kebab(f"{stem} {kind}" if whole else stem))
    reader.place_kind = kind if not whole else reader.place_kind
    if not whole:
        reader.proposals.index(reader.found[-1].entity, stem)
    return True


def _place_adjectives(reader: _Reader, first: int, last: int) -> bool:
    endings = reader.rule.place_adjectives
    return all(t.folded.endswith(endings) for t in reader.tokens[first : last + 1])


def before_place_nouns(reader: _Reader) -> frozenset[int]:
    """Return the capitalised words that stand right before a place noun (Агдамского района):
    the place rules name them, not an earlier proposal of the adjective alone."""
    tokens, nouns = reader.tokens, reader.rule.place_nouns
    return frozenset(
        at
        for at in range(len(tokens) - 1)
        if tokens[at + 1].folded in nouns and tokens[at].text[:1].isupper()
    )


def lone_place_adjective(reader: _Reader, at: int) -> bool:
    """Propose a Russian place adjective standing alone (- Кельбаджарский,) as a place of the
    kind the passage named by an adjective and a noun; tell whether it was."""
    tokens = reader.tokens
    kind = reader.place_kind or _row_noun(reader, at)
    if kind is None or not tokens[at].folded.endswith(reader.rule.place_adjectives):
        return False
    following = reader.text[tokens[at].end : tokens[at + 1].start] if at + 1 < len(tokens) else ""
    noun = (
        at + 1 < len(tokens) and not following.strip(" ") and not tokens[at + 1].text[0].isupper()
    )
    if noun and tokens[at + 1].folded not in {"и", "а", "или"}:
        return False  # an adjective of the next word (Лачинского коридора)
    stem = _place_stem(reader, at, at)
    reader.add(at, at, kind, ident=kebab(stem))
    reader.proposals.index(reader.found[-1].entity, stem)
    return True


def _row_noun(reader: _Reader, at: int) -> str | None:
    """Return the kind of the place noun that ends a row of capitalised place adjectives from
    token `at` on (Зангиланского, Физулинского и Ходжавендского районов), if one does."""
    tokens, endings = reader.tokens, reader.rule.place_adjectives
    for _ in range(ROW_MAX):
        k = at + 2 if at + 2 < len(tokens) and tokens[at + 1].folded == "и" else at + 1
        if k >= len(tokens):
            return None
        noun = reader.rule.place_nouns.get(tokens[k].folded)
        if noun is not None:
            return noun[0]
        if not (tokens[k].text[:1].isupper() and tokens[k].folded.endswith(endings)):
            return None
        at = k
    return None


def _place_stem(reader: _Reader, first: int, last: int) -> str:
    """Return the place's name without an adjective's ending (Агдамского: Агдам)."""
    word = reader.tokens[last].text
    for ending in sorted(reader.rule.place_adjectives, key=len, reverse=True):
        if word.lower().endswith(ending):
            word = word[: len(word) - len(ending)]
            break
    head = reader.text[reader.tokens[first].start : reader.tokens[last].start]
    return f"{head}{word}".strip()


def without_ending(word: str, endings: tuple[str, ...]) -> str:
    for ending in sorted(endings, key=len, reverse=True):
        if word.endswith(ending):
            return word[: len(word) - len(ending)]
    return word
