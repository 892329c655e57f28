"""Persons named after a title or role (President X, الرئيس الروسي X, президент России X):
the name after the title, past its adjectives, its owner or a known name; in Arabic also the
name before a title with a comma (arabic_persons.py), and each person of a row of owners and
persons after one title (رؤساء روسيا X وفرنسا Y). A title that also heads other names (رئيس,
ممثل: unknown_names.yaml `owned_titles`) names a person only past a known owner. In English a
title's portfolio may stand between it and the name (Commissioner for Crisis Management Janez
Lenarčič): the name is the last two of the capitalised words after `for` or `of`
(`portfolio_links`), when there are three or more of them; of two after a portfolio's word
(`portfolio_words`: Minister of Health Avanesyan), the last; fewer are the portfolio alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kb_service.curation.drafting import (
    arabic_persons,
    known_names,
    registry_forms,
    russian_owners,
)
from kb_service.curation.drafting.name_rules import at_phrase

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

PORTFOLIO_RUN = 3  # capitalised words after a title's `for`: a portfolio and a name, at least


def find(reader: _Reader) -> None:
    """Propose the persons the titles of a passage name."""
    at = 0
    while at < len(reader.tokens):
        length = at_phrase(reader.rule.titles, reader.tokens, at)
        if not length:
            at += 1
            continue
        _after_title(reader, at, length)
        at += length
    for at, token in enumerate(reader.tokens):  # رئيس روسيا X, not إدارة رئيس الجمهورية
        if token.folded in reader.rule.owned_titles and at not in reader.title_words:
            _after_title(reader, at, 1, owned=True)


def _after_title(reader: _Reader, at: int, length: int, owned: bool = False) -> None:
    """Propose the person a title (tokens `at` on, `length` of them) names; an owned title's
    only past a known owner."""
    arabic = reader.proposals.language == "ar"
    if arabic:  # حكمت حاجييف، مساعد الرئيس
        arabic_persons.before_title(reader, at)
    if owned and at + 1 not in reader.taken:
        return
    reader.title_words.update(range(at, at + length))
    if _portfolio(reader, at + length):
        return
    start = _state_owner(reader, at + length)
    owned = start > at + length  # its owner named: no other before the name (Реджепа Тайипа)
    name = reader.name_after(start, 2 if arabic else 1)
    while name is not None:
        first = name[0] if owned else _owner(reader, *name)
        reader.add(first, _surname(reader, name[1]), "person")
        name = arabic_persons.next_in_row(reader, name)  # رؤساء روسيا X وفرنسا Y


def _state_owner(reader: _Reader, at: int) -> int:
    """Return where the name after a title begins: past a state the registry lacks, named by
    its adjective and a word such as republic (Президент Турецкой Республики X), proposed."""
    tokens = reader.tokens
    if at + 1 >= len(tokens) or tokens[at + 1].folded not in reader.rule.state_nouns:
        return at
    english = registry_forms.adjectives_state(reader, at)
    if english is None or at in reader.taken or not tokens[at].text[:1].isupper():
        return at
    reader.add(at, at + 1, "state", english)
    return at + 2


def _portfolio(reader: _Reader, at: int) -> bool:
    """Propose the person named past the portfolio that follows a title, `for` or `of` at
    token `at` (Commissioner for Crisis Management Janez Lenarčič); return whether one was."""
    tokens = reader.tokens
    if at >= len(tokens) or tokens[at].folded not in reader.rule.portfolio_links:
        return False
    last = at
    while last + 1 < len(tokens) and reader.joined(last + 1) and reader.capital(last + 1):
        last += 1
    words = reader.rule.portfolio_words
    if last - at == 2 and tokens[at + 1].folded in words and tokens[last].folded not in words:
        reader.title_words.update(range(at, last))  # of Health Avanesyan: a surname
        reader.add(last, last, "person")
        return True
    if last - at < PORTFOLIO_RUN:  # of Foreign Affairs (of the Republic ..., or a comma): no actor
        if _portfolio_ends(reader, last):
            reader.title_words.update(range(at + 1, last + 1))
        return False
    reader.title_words.update(range(at, last - 1))
    reader.add(last - 1, last, "person")
    return True


def _portfolio_ends(reader: _Reader, last: int) -> bool:
    """Tell whether the portfolio's words end at token `last`: a portfolio's last word
    (`portfolio_words`: of Foreign Affairs told ...), or a mark, the text's end, or another
    `for` or `of` follows (of Foreign Affairs of the Republic, of Europe, ...)."""
    tokens = reader.tokens
    if last + 1 >= len(tokens) or tokens[last].folded in reader.rule.portfolio_words:
        return True
    return tokens[last + 1].folded in reader.rule.portfolio_links or not reader.joined(last + 1)


def _surname(reader: _Reader, last: int) -> int:
    """Return where a titled person's name ends: in English, past a one-word name proposed
    before that follows it (Deputy Prime Minister Tigran Avinyan after a headline's `Avinyan
    tells parliament`: his surname, no actor of its own here)."""
    after = last + 1
    known = [m for m in reader.found if m.first == m.last == after and m.entity.kind == "actor"]
    if not known or not reader.joined(after) or reader.proposals.language != "en":
        return last
    known_names.forget(reader.proposals, reader.found, known, reader.passage, reader.text)
    return after


def _owner(reader: _Reader, first: int, last: int) -> int:
    """Return where the person's name begins in the words after a title: past an owner in the
    genitive or in capitals (Президент Турции Реджеп Тайип Эрдоган: Турции), which is proposed
    itself, when two words or more are left; not a first name hyphened to the next."""
    if last - first < 2 or not reader.rule.owner_endings:
        return first
    if holder := russian_owners.owner_pair(reader, first, last):
        return holder  # главы Араика Арутюняна Ваграм Погосян
    token, after = reader.tokens[first], reader.tokens[first + 1]
    if reader.text[token.end : after.start] == "-":
        return first  # Франсуа-Филипп Шампань: one hyphened first name, no owner
    if not (token.text.isupper() or token.folded.endswith(reader.rule.owner_endings)):
        return first
    reader.add(first, first, "organisation" if token.text.isupper() else "actor")
    return first + 1
