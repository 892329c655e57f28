"""Arabic places the registry lacks, named after a noun of their kind (rules in
unknown_names.yaml `place_nouns_before`): منطقة كلبجار is the Kalbajar district, ممر لاتشين the
Lachin corridor (the noun part of the name). The name is one word that is neither definite,
nor a particle, nor feminine (an adjective agreeing with the noun: منطقة آمنة), nor a common
word of `not_place_names` (منطقة نزاع, ممر إنساني). And Arabic cities by the gazetteer
(arabic_cities)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting import city_names
from kb_service.curation.drafting.arabic_organisations import definite
from kb_service.curation.drafting.name_rules import RULES_FILE
from kb_service.model import names

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

MIN_LETTERS = 3  # of a place's name, at least
BIG_CITY = 1_000_000  # people: an Arabic city name this big is proposed without a place word
NEAR_CITY = 100_000  # and one this big after a preposition (في جنيف)


@cache
def _rules() -> tuple[dict[str, tuple[str, bool]], frozenset[str]]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    nouns = {
        names.fold(str(noun)): (str(kind).split("/")[0], str(kind).endswith("/whole"))
        for noun, kind in data["place_nouns_before"]["ar"].items()
    }
    return nouns, frozenset(names.fold(str(w)) for w in data["not_place_names"]["ar"])


def place_nouns(reader: _Reader) -> None:
    """Propose the places named right after a noun of their kind (منطقة كلبجار)."""
    nouns, common = _rules()
    tokens = reader.tokens
    for at in range(len(tokens) - 1):
        noun = next((nouns[f] for f in tokens[at].forms if f in nouns), None)
        if noun is None or at in reader.taken or not _a_name(reader, at + 1, common):
            continue
        kind, whole = noun
        if whole:
            written = reader.text[tokens[at].start : tokens[at + 1].end]
            reader.add(at, at + 1, kind, name=_without_proclitic(written))
        else:
            reader.add(at + 1, at + 1, kind)


def after_whole_nouns(reader: _Reader) -> frozenset[int]:
    """Return the words right after a noun that is part of a place's name (ممر لاتشين): the
    place rule names them with it, not an earlier proposal of the word alone."""
    nouns, _ = _rules()
    tokens = reader.tokens
    return frozenset(
        at + 1
        for at in range(len(tokens) - 1)
        if any(nouns.get(f, ("", False))[1] for f in tokens[at].forms)
    )


def _a_name(reader: _Reader, at: int, common: frozenset[str]) -> bool:
    token = reader.tokens[at]
    folded = token.folded
    return (
        at not in reader.taken
        and reader.joined(at)
        and not folded.startswith(("ال", "لل"))
        and not folded.endswith("ه")  # ة: an adjective agreeing with the noun
        and folded not in reader.rule.particles
        and not token.forms & common
        and len(folded) >= MIN_LETTERS
        and not folded.isdigit()
    )


def _without_proclitic(written: str) -> str:
    """Return a name without the proclitic of its first word (وممر لاتشين: ممر لاتشين)."""
    first = written.split(" ", 1)[0]
    if len(first) > 3 and first[0] in "وبلف" and names.fold(first[1:]) in _rules()[0]:
        return written[1:]
    return written


def arabic_cities(reader: _Reader) -> None:
    """Propose the Arabic cities: after a city word (مدينة شوشا) a word the gazetteer may
    lack; after a place word, a city the gazetteer knows; after a preposition one of NEAR_CITY
    people (في جنيف); anywhere one of BIG_CITY."""
    tokens, rule, at = reader.tokens, reader.rule, 0
    skipped = rule.place_words | _rules()[1]  # and words no place is named by (أمان: safety)
    while at < len(tokens):
        if at in reader.taken or reader.zone(at, at) or tokens[at].forms & skipped:
            at += 1
            continue
        window = range(at, min(len(tokens), at + city_names.MAX_WORDS))
        folded = [tokens[k].folded for k in window if k not in reader.taken]
        city = city_names.longest_at([tokens[at].forms], folded, "ar")
        before = tokens[at - 1].forms if at > 0 else frozenset()
        if city is None and _city_word_before(reader, at) and _unknown_city(reader, at):
            reader.add(at, at, "city")  # مدينة شوشا: a city the gazetteer lacks
            reader.proposals.named_cities.add(reader.found[-1].entity.id)
            at += 1
            continue
        least = NEAR_CITY if before & rule.city_prepositions else BIG_CITY
        if city is None or not (before & rule.place_words or city[1].population >= least):
            at += 1
            continue
        reader.add(at, at + city[0] - 1, "city", city[1].name_en)
        at += city[0]


def _city_word_before(reader: _Reader, at: int) -> bool:
    """Return whether a city word stands before token `at` without the article, as the first
    noun of a name does (مدينة شوشا; not المدينة سقطت, the city fell), or as written in
    `city_words` (العاصمة باكو)."""
    if at == 0:
        return False
    word = reader.tokens[at - 1]
    if not word.forms & reader.rule.city_words:
        return False
    return word.folded in reader.rule.city_words or not definite(word)


def _unknown_city(reader: _Reader, at: int) -> bool:
    """Return whether an Arabic word after a city word may be a city's name: neither an
    adjective or noun with the article, nor a particle, and at least three letters."""
    folded = reader.tokens[at].folded
    return (
        reader.joined(at)
        and not reader.tokens[at].text.startswith("ال")
        and folded not in reader.rule.particles
        and len(folded) >= 3
    )
