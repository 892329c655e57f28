"""The shapes of a capitalised run that the words alone do not tell (unknown_names.py reads
them), in English and Russian:

- a website named by its domain (Aysor.am, News.az): an outlet, named with its domain
  (`website_domains` of unknown_names.yaml);
- a model's designation (Mi-24, Ми-8, Su-25): a thing, no name of an actor;
- a possessive inside a name (Prosecutor General's Office);
- a lower-case organisation head after the run (United Nations refugee agency, Генеральной
  прокуратуры), and a Russian organisation's `по` and what it deals with (Европейский суд по
  правам человека);
- a word that opens a sentence (any word may be capitalised there);
- a town's name, by the words a comma sets off after it (Martuni, a town in Karabakh).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

import yaml

from kb_service.curation.drafting import capitals, city_names
from kb_service.curation.drafting.ministry_names import STATE_KINDS
from kb_service.curation.drafting.name_rules import RULES_FILE, at_phrase
from kb_service.curation.drafting.tokens import COORDINATORS
from kb_service.curation.drafting.transliteration import kebab

if TYPE_CHECKING:
    from kb_service.curation.drafting.tokens import Token
    from kb_service.curation.drafting.unknown_names import _Reader

SENTENCE_MARKS = ".!?:;\n"
DASHES = ("-", "—", "–")  # a dateline's dash before the first sentence (MOSCOW, 10 Nov - Guns)
ROMAN = re.compile(r"[IVX]+")  # a regnal number after a name (Гарегин II, Иоанн XXIII)
TOWN_WORDS = 3  # lower-case words after the comma that may hold a town word (a hilltop town)


@cache
def _domains() -> frozenset[str]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return frozenset(str(d).lower() for d in data["website_domains"])


def shaped(reader: _Reader, at: int) -> int:
    """Read a website (proposed as an outlet) or a model's designation (no name) at token
    `at`; return how many tokens it holds (0: neither)."""
    tokens, text = reader.tokens, reader.text
    if at + 1 >= len(tokens) or at in reader.taken or not tokens[at].text[0].isupper():
        return 0
    if model(reader, at):
        return 2  # Mi-24: a helicopter's model
    gap, following = text[tokens[at].end : tokens[at + 1].start], tokens[at + 1].text
    if gap == "." and following.lower() in _domains() and at + 1 not in reader.taken:
        reader.add(at, at + 1, "news-outlet")
        return 2
    return 0


def model(reader: _Reader, at: int) -> bool:
    """Return whether token `at` opens a model's designation (Mi-24, Ми-8, Su-25s, Су-25СМ)."""
    tokens = reader.tokens
    if at + 1 >= len(tokens) or not tokens[at + 1].text[:1].isdigit():
        return False
    return reader.text[tokens[at].end : tokens[at + 1].start] == "-"


def after_acronym(reader: _Reader, last: int, following: int) -> bool:
    """Return whether a Russian run ends at an acronym before a capitalised word that is none
    (президента НКР Араика Арутюняна: the region, then the person)."""
    if reader.proposals.language != "ru":
        return False
    word, after = reader.tokens[last].text, reader.tokens[following].text
    return len(word) > 1 and word.isupper() and after[:1].isupper() and not after.isupper()


def other_script(reader: _Reader, last: int, following: int) -> bool:
    """Return whether a run's next word is written in another script than its last one (a
    Latin word before a Cyrillic name: на своей странице в Facebook Никол Пашинян); not a
    Roman numeral after a name (Гарегин II)."""
    latin = [reader.tokens[k].text[:1].isascii() for k in (last, following)]
    return latin[0] != latin[1] and not ROMAN.fullmatch(reader.tokens[following].text)


def possessive(reader: _Reader, at: int) -> bool:
    """Return whether token `at` is a possessive's s inside a capitalised run, a capitalised
    word right after it (Prosecutor General's Office)."""
    tokens = reader.tokens
    mark = reader.text[tokens[at - 1].end : tokens[at].start] if 0 < at < len(tokens) else ""
    return (
        mark in ("'", "’")
        and tokens[at].text == "s"
        and at + 1 < len(tokens)
        and reader.joined(at + 1)
        and reader.capital(at + 1)
        and at - 1 not in reader.taken
    )


def linked(reader: _Reader, first: int, last: int) -> bool:
    """Tell whether a run holds a lower-case word that links two of its names (of, the); a
    possessive's s does not when a lower-case head follows the run (RFE/RL's Armenian
    service), as it does in Germany's Bild."""
    headed = with_lower_head(reader, last) > last
    return any(
        not reader.capital(k) and not (headed and possessive(reader, k))
        for k in range(first, last + 1)
    )


def with_lower_head(reader: _Reader, last: int) -> int:
    """Return the run's end past one or two lower-case words that end in an organisation
    head (United Nations refugee agency)."""
    tokens = reader.tokens
    for extra in (1, 2):
        end = last + extra
        if end >= len(tokens) or end in reader.taken or not reader.joined(end):
            break
        if tokens[end].text[0].isupper() or tokens[end].folded in reader.rule.connectors:
            break
        if at_phrase(reader.rule.heads, tokens, end):
            return end
    return last


@cache
def _tails() -> tuple[str, int, tuple[str, ...], frozenset[str]]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["russian_tails"]
    after = frozenset(str(w) for w in data["after"])
    return str(data["opens"]), int(data["reach"]), tuple(data["endings"]), after


def russian_tail(reader: _Reader, first: int, last: int) -> int:
    """Return the end of a Russian organisation's run (one with a head) past `по` and what
    it deals with (по международно-правовым вопросам, по правам человека), else `last`."""
    return past_tail(reader, last) if reader.headed(first, last) else last


def past_tail(reader: _Reader, last: int) -> int:
    """Return the end of a Russian organisation's name that ends at `last` but for `по` and
    what it deals with, else `last` (`russian_tails` of unknown_names.yaml)."""
    tokens, (opens, reach, endings, after) = reader.tokens, _tails()
    start = last + 1
    if reader.proposals.language != "ru" or start >= len(tokens) or tokens[start].folded != opens:
        return last
    for end in range(start, min(start + 1 + reach, len(tokens))):
        if not reader.joined(end):  # Европейский суд, по словам Армении, ...
            return last
        if tokens[end].folded.endswith(endings):  # not `по` itself
            following = end + 1
            ends = following < len(tokens) and reader.joined(following)
            return following if ends and tokens[following].folded in after else end
    return last


def long_form(reader: _Reader, at: int) -> bool:
    """Return whether token `at` ends a state's long name after `of` (the United States of
    America): the state the registry names before `of` is all the name names."""
    if reader.tokens[at - 1].folded != "of":
        return False
    return any(m.last == at - 2 and m.entity.kind in STATE_KINDS for m in reader.registry)


def wire_credit(reader: _Reader, last: int) -> bool:
    """Return whether a name ending at token `last` closes the parentheses a dateline's dash
    follows: the wire that wrote the text (BAKU, Oct 14 (South Caucasus Wire) - ...)."""
    after = reader.text[reader.tokens[last].end :].lstrip()
    return after.startswith(")") and after[1:].lstrip()[:1] in DASHES


def opens_sentence(reader: _Reader, at: int) -> bool:
    """Return whether token `at` opens a sentence, or the text after a dateline's dash."""
    before = reader.text[reader.tokens[at - 1].end if at else 0 : reader.tokens[at].start]
    dash = before != "-" and before.strip(" )") in DASHES
    return at == 0 or dash or (any(mark in before for mark in SENTENCE_MARKS) and len(before) < 6)


def opens_sentence_not_capital(reader: _Reader, at: int) -> bool:
    """Return whether token `at` opens a sentence and is no capital that speaks for its state
    (Moscow said, Ankara denies: capitals.yaml), which is a name there too."""
    if not opens_sentence(reader, at):
        return False
    if at + 1 >= len(reader.tokens) or not reader.joined(at + 1):
        return True  # a dateline's city (Ереван. 27 сентября) is the dateline's
    token = reader.tokens[at]
    city = city_names.longest_at([token.forms], [token.folded], reader.proposals.language)
    return city is None or kebab(city[1].name_en) not in capitals.capital_ids()


def after_city_word(reader: _Reader, first: int) -> None:
    """Record that the city just proposed at token `first` follows a city word (the city of
    Barda, город Гянджа, مدينة بردعة): the text says it is a city, not only the gazetteer."""
    tokens, words = reader.tokens, reader.rule.city_words
    before = [tokens[k].folded for k in range(max(0, first - 2), first)]
    if before and (before[-1] in words or (before[-1] == "of" and before[0] in words)):
        reader.proposals.named_cities.add(reader.found[-1].entity.id)


def apposed_town(reader: _Reader, last: int) -> bool:
    """Return whether the name that ends at token `last` is a town's by the words a comma sets
    off after it, past a second name joined by `and` (Jolfa and Khoda Afarin, towns of ...): a
    town word (`apposed_towns`) among the lower-case words that open them (a hilltop town)."""
    tokens, at = reader.tokens, last + 1
    if at + 1 < len(tokens) and tokens[at].folded in COORDINATORS and _capital(tokens[at + 1]):
        at += 2
        while at < len(tokens) and reader.joined(at) and _capital(tokens[at]):
            at += 1
    if at >= len(tokens) or reader.text[tokens[at - 1].end : tokens[at].start] != ", ":
        return False
    for k in range(at, min(at + TOWN_WORDS, len(tokens))):
        if _capital(tokens[k]) or (k > at and not reader.joined(k)):
            return False
        if tokens[k].folded in reader.rule.apposed_towns:
            return True
    return False


def _capital(token: Token) -> bool:
    return token.text[:1].isupper()
