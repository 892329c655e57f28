"""The rules names the registry lacks are proposed by (unknown_names.yaml), one language's
words folded and read once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.date_names import MONTHS, WEEKDAYS
from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.tokens import Token, phrase_words
from kb_service.model import names

RULES_FILE = Path(__file__).with_name("unknown_names.yaml")
TITLE_GAP = 2  # tokens between a title and the name it heads (вице-премьер Армении X), at most


@dataclass(frozen=True)
class Rules:
    """One language's titles, organisation heads, agency words, common words, time zones and
    the other patterns of unknown_names.yaml."""

    titles: tuple[Phrase, ...]
    owned_titles: frozenset[str]  # titles of a name only past a known owner
    heads: tuple[Phrase, ...]
    agencies: tuple[Phrase, ...]
    common: frozenset[str]
    zone_after: frozenset[str]
    zone_before: frozenset[str]
    particles: frozenset[str]
    place_words: frozenset[str]
    connectors: frozenset[str]
    adjective_endings: tuple[str, ...]
    generic: frozenset[str]
    place_nouns: dict[str, tuple[str, bool]]  # noun: (kind, the noun is part of the name)
    place_adjectives: tuple[str, ...]
    of_country: tuple[Phrase, ...]  # term: the kind
    arabic_heads: frozenset[str]
    institutions: tuple[Phrase, ...]  # term: "kind English name"
    city_words: frozenset[str]
    city_prepositions: frozenset[str]
    owner_endings: tuple[str, ...]
    forces_words: frozenset[str]
    arabic_ministries: frozenset[str] = frozenset()
    state_adjectives: tuple[tuple[str, str], ...] = ()  # (stem, the state's English name)
    state_forms: frozenset[str] = frozenset()  # between a head and its state (Республики)
    adjective_ministries: tuple[Phrase, ...] = ()  # after a state's adjective; term: the topic
    state_nouns: frozenset[str] = frozenset()  # after a state's adjective: the state (Republic)
    apposed_towns: frozenset[str] = frozenset()  # set off after a name: a town's (Martuni, a town)
    portfolio_links: frozenset[str] = frozenset()  # a title's, before its portfolio (Minister of)
    portfolio_words: frozenset[str] = frozenset()  # a portfolio's last (Affairs, Defence)

    @cached_property
    def title_heads(self) -> frozenset[str]:
        """Return the first words of the titles and the owned titles (وزير of وزير الخارجية)."""
        return frozenset(p.words[0] for p in self.titles) | self.owned_titles


def _phrases(section: dict[str, Any], language: str) -> tuple[Phrase, ...]:
    found = [Phrase(phrase_words(str(c)), "") for c in section.get(language) or []]
    return tuple(sorted(found, key=lambda p: -len(p.words)))


def phrases(section: dict[str, Any], language: str) -> tuple[Phrase, ...]:
    """Return one language's phrases of a section of unknown_names.yaml, longest first."""
    return _phrases(section, language)


def _words(section: dict[str, Any], language: str) -> frozenset[str]:
    return frozenset(names.fold(str(w)) for w in section.get(language) or [])


def _termed(pairs: dict[str, str]) -> tuple[Phrase, ...]:
    found = [Phrase(phrase_words(k), v) for k, v in pairs.items()]
    return tuple(sorted(found, key=lambda p: -len(p.words)))


def _institutions(data: dict[str, Any], language: str) -> tuple[Phrase, ...]:
    found = {
        f"{spec['kind']} {english}": spec.get(language) or []
        for english, spec in {
            **data["institutions"],
            **data["outlets"],
            **data["states"],
            **data["places"],
        }.items()
    }
    return _termed({str(w): term for term, written in found.items() for w in written})


def _calendar() -> frozenset[str]:
    """Return the folded month and weekday names of every language."""
    return frozenset(
        names.fold(w) for spelled in (*MONTHS.values(), *WEEKDAYS.values()) for w in spelled
    )


@cache
def rules(language: str) -> Rules:
    """Return the rules of one language (read once)."""
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    nouns = {
        names.fold(str(noun)): (str(kind).split("/")[0], str(kind).endswith("/whole"))
        for noun, kind in (data["place_nouns"].get(language) or {}).items()
    }
    return Rules(
        _phrases(data["titles"], language),
        _words(data["owned_titles"], language),
        _phrases(data["organisation_heads"], language),
        _phrases(data["news_agency"], language),
        _words(data["common"], language) | _words(data["weapons"], language) | _calendar(),
        _words(data["time_zone"]["after"], language),
        _words(data["time_zone"]["before"], language),
        _words(data["particles"], language),
        _words(data["place_words"], language),
        _words(data["connectors"], language),
        tuple(_words(data["adjective_endings"], language)),
        _words(data["generic"], language),
        nouns,
        tuple(_words(data["place_adjective_endings"], language)),
        _termed(data["of_country"].get(language) or {}),
        frozenset(names.fold(w) for w in data["arabic_heads"]) if language == "ar" else frozenset(),
        _institutions(data, language),
        _words(data["city_words"], language),
        _words(data["city_prepositions"], language),
        tuple(_words(data["owner_endings"], language)),
        _words(data["forces_words"], language),
        **_of_states(data, language),
        apposed_towns=_words(data["apposed_towns"], language),
        portfolio_links=_words(data["portfolio_links"], language),
        portfolio_words=_words(data["portfolio_words"], language),
    )


def _of_states(data: dict[str, Any], language: str) -> dict[str, Any]:
    """Return one language's rules of states' names: ministries' heads, states' adjectives and
    forms, ministries after an adjective, nouns that make an adjective the state."""
    return {
        "arabic_ministries": frozenset(names.fold(w) for w in data["arabic_ministry_heads"])
        if language == "ar"
        else frozenset(),
        "state_adjectives": tuple(
            (names.fold(stem), str(english))
            for stem, english in (data["state_adjectives"].get(language) or {}).items()
        ),
        "state_forms": _words(data["state_forms"], language),
        "adjective_ministries": _termed(data["adjective_ministries"].get(language) or {}),
        "state_nouns": _words(data["state_nouns"], language),
    }


def at_phrase(phrases: Sequence[Phrase], tokens: Sequence[Token], at: int) -> int:
    """Return how many tokens from `at` the longest of `phrases` matches (0: none)."""
    return next((n for p in phrases if (n := p.match(tokens, at))), 0)


def titled_ends(
    language: str, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> frozenset[int]:
    """Return where the names that a title heads end (вице-премьер Армении Тигран Авинян: the
    title a few tokens before the name)."""
    titles = rules(language).titles

    def titled(first: int) -> bool:
        starts = range(max(0, first - TITLE_GAP - 1), first)
        return any(at_phrase(titles, tokens, at) for at in starts)

    return frozenset(m.end for m in mentions if titled(m.first))


def phrase_at(phrases: Sequence[Phrase], tokens: Sequence[Token], at: int) -> Phrase | None:
    """Return the longest of `phrases` that matches from `at`, if any."""
    return next((p for p in phrases if p.match(tokens, at)), None)


def in_zone(rule: Rules, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return whether tokens `first` to `last` name a time zone (Moscow time, по времени
    Москвы, بتوقيت موسكو): a place so named is not mentioned."""
    after = last + 1 < len(tokens) and bool(tokens[last + 1].forms & rule.zone_after)
    return after or (first > 0 and bool(tokens[first - 1].forms & rule.zone_before))


def outside_time_zones(
    mentions: list[Mention], tokens: list[Token], language: str
) -> list[Mention]:
    """Return the mentions but a place named as a time zone (Moscow time, بتوقيت موسكو)."""
    rule = rules(language)
    zone = [m.entity.label == "Place" and in_zone(rule, tokens, m.first, m.last) for m in mentions]
    return [m for m, zoned in zip(mentions, zone, strict=True) if not zoned]
