"""The cue words of cues.yaml, folded, and how a run of words matches one."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb_service.curation.drafting.tokens import Token, phrase_words
from kb_service.model import names

CUES_FILE = Path(__file__).with_name("cues.yaml")
GOVERNED_NEAR = 12  # words from an `unrealised` phrase to the cue it governs, at most
IN_FORCE_NEAR = 3  # words from a cue to an `in-force` phrase after it, at most
SUBJECT_NEAR = 4  # words from a `subject` phrase (agreement on) to the cue it governs, at most
_CLAUSE_END = frozenset(",;:.،؛")
_WORD_AT = re.compile(r"\s*(\w+)")
_COMMA_AT = re.compile(r"\s*[,،]")


@dataclass(frozen=True)
class Phrase:
    """A cue of one or more words; a word ending in `*` matches the words it begins."""

    words: tuple[str, ...]
    term: str
    attribution: bool = False
    document: bool = False  # `the statement says`: a document speaks for its issuer
    clause: bool = False  # a pair of cues (cues.yaml `pairs`): the event reported in a clause

    def match(self, tokens: Sequence[Token], at: int) -> int:
        """Return how many tokens from `at` this phrase matches (0: none)."""
        if at + len(self.words) > len(tokens):
            return 0
        for offset, word in enumerate(self.words):
            if not _matches(word, tokens[at + offset]):
                return 0
        return len(self.words)


def _governed(
    text: str, tokens: Sequence[Token], at: int, term: str, governors: list[tuple[int, Phrase]]
) -> bool:
    """Return whether an `unrealised` phrase of the cue's type (or of `any`) stands before
    the cue, near it and in its clause, with no `presupposed` word between (`since`). The
    governors are in order: only those in reach are looked at."""
    low = bisect_left(governors, at - GOVERNED_NEAR, key=lambda g: g[0])
    reach = [(g, p) for g, p in governors[low:] if g <= at + IN_FORCE_NEAR]
    if any(p.term == "in-force" and at < g for g, p in reach):
        return False  # to observe the ceasefire in force since 10 November: it is
    reach = [(g, p) for g, p in reach if g < at]
    since = max((g for g, p in reach if p.term == "presupposed"), default=-1)
    return any(
        since < g
        and at - g <= (SUBJECT_NEAR if p.term == "subject" else GOVERNED_NEAR)
        and _one_clause(text, tokens, g, at)
        for g, p in reach
        if p.term in (term, "any", "subject")
    )


def _one_clause(
    text: str, tokens: Sequence[Token], first: int, last: int, relatives: tuple[str, ...] = ()
) -> bool:
    """Return whether no clause mark stands between two tokens of `text` (a comma or stop
    between digits, `1,960`, marks none; nor a comma before a relative pronoun of
    `relatives`, which opens a clause about the word before: районов, которые ... вернуть)."""
    low, high = tokens[first].end, tokens[last].start
    return not any(
        text[k] in _CLAUSE_END
        and not (0 < k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1].isdigit())
        and not (relatives and text[k] in ",،" and _relative(text, k + 1, relatives))
        for k in range(low, high)
    )


def _relative(text: str, at: int, relatives: tuple[str, ...]) -> bool:
    """Tell whether the word at or after character `at` is a relative pronoun."""
    word = _WORD_AT.match(text, at)
    return word is not None and names.fold(word.group(1)).startswith(relatives)


def _matches(word: str, token: Token) -> bool:
    if word.endswith("*"):
        stem = word[:-1]
        return any(form.startswith(stem) for form in token.forms)
    return word in token.forms


@dataclass(frozen=True)
class Pair:
    """Two lists of cues of one event type that report it together, `near` words apart at
    most, in one clause, in either order (cues.yaml `pairs`)."""

    term: str
    first: tuple[Phrase, ...]
    second: tuple[Phrase, ...]
    near: int
    ordered: bool = False  # the second only after the first (took the town, not towns taken)

    def found(self, cues: Cues, tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
        """Return the (first, last) tokens of each pair found: each word of the first list
        with the nearest word of the second within reach (the second's found places are
        looked up by bisection, so a passage is read in time proportional to its length)."""
        seconds = cues.found(list(self.second), tokens)
        starts = [at for at, _ in seconds]
        found = []
        for at, phrase in cues.found(list(self.first), tokens):
            end = at + len(phrase.words) - 1
            low = bisect_left(starts, at - self.near - 4)
            near = [
                (abs(s - at), s, s + len(p.words) - 1)
                for s, p in seconds[low : low + 2 * self.near + 8]
                if (s > end and s - end <= self.near)
                or (not self.ordered and s < at and at - s <= self.near + 4)
            ]
            near = [
                n
                for n in near
                if _one_clause(text, tokens, min(at, n[1]), max(end, n[2]), cues.relatives)
            ]
            if near:
                _, s, e = min(near)
                found.append((min(at, s), max(end, e)))
        return found


@dataclass(frozen=True)
class Cues:
    """One language's reporting verbs (by statement kind), complementisers and event cues
    (by event type), and the patterns of non-content lines."""

    language: str
    reporting: list[Phrase]
    complementisers: frozenset[str]
    designators: list[Phrase]
    events: list[Phrase]
    non_content: tuple[str, ...]
    blocked: list[Phrase] = field(default_factory=list)
    unrealised: list[Phrase] = field(default_factory=list)  # `call for` a ceasefire
    pairs: list[Pair] = field(default_factory=list)
    relatives: tuple[str, ...] = ()  # relative pronouns (their stems), of clauses about a cue
    goes_on: list[Phrase] = field(default_factory=list)  # бои не прекращаются

    def events_found(self, tokens: Sequence[Token], text: str) -> list[tuple[int, Phrase]]:
        """Return the event cues found, in order: the pairs (a `clause` phrase of the words
        from the pair's first to its last), then the single cues no pair overlaps. Left out:
        a cue or pair inside a longer phrase that `blocked` lists (أسرى الحرب is no war) but a
        single cue a relative clause tells of, and one an `unrealised` phrase governs (a call
        for a ceasefire is no ceasefire): one of its words before the cue, in its clause."""
        blocked = {
            k for at, p in self.found(self.blocked, tokens) for k in range(at, at + len(p.words))
        }
        governors = [(at, p) for at, p in self.found(self.unrealised, tokens)]
        kept: list[tuple[int, Phrase]] = []
        paired: set[int] = set()
        for pair in self.pairs:
            for first, last in pair.found(self, tokens, text):
                if all(k in blocked for k in range(first, last + 1)):
                    continue  # мониторинг прекращения огня: no ceasefire
                denied = self._goes_on(pair, tokens, first, last)
                if denied is not None:  # бои не прекращаются: the fighting goes on
                    governors = [g for g in governors if g[0] != denied]
                    continue
                words = tuple(t.folded for t in tokens[first : last + 1])
                kept.append((first, Phrase(words, pair.term, clause=True)))
                paired.update(range(first, last + 1))
        for at, phrase in self.found(self.events, tokens):
            inside = range(at, at + len(phrase.words))
            comma = _COMMA_AT.match(text, tokens[inside.stop - 1].end)
            told = comma is not None and _relative(text, comma.end(), self.relatives)
            if any(k in paired for k in inside) or (all(k in blocked for k in inside) and not told):
                continue  # blocked, unless a relative clause tells of it (the truce, which ...)
            kept.append((at, phrase))
        return sorted(
            (
                (at, phrase)
                for at, phrase in kept
                if not _governed(text, tokens, at, phrase.term, governors)
            ),
            key=lambda found: found[0],
        )

    def _goes_on(self, pair: Pair, tokens: Sequence[Token], first: int, last: int) -> int | None:
        """Return the token of the word that denies a ceasefire pair's stop right before it
        (не прекращаются боевые действия, لم تتوقف المعارك), if one does: no ceasefire, and no
        wish of the fighting it names (the word governs none)."""
        if pair.term != "ceasefire" or not self.goes_on:
            return None
        low = max(first - 1, 0)
        for at, denial in self.found(self.goes_on, tokens[low : last + 1]):
            if any(p.match(tokens, low + at + len(denial.words)) for p in pair.second):
                return low + at
        return None

    def found(self, phrases: list[Phrase], tokens: Sequence[Token]) -> list[tuple[int, Phrase]]:
        """Return (first token, phrase) of each phrase found, longest first at a place,
        without overlaps."""
        index = _FirstWords.of(tuple(phrases))
        found = []
        at = 0
        while at < len(tokens):
            for phrase in index.starting(tokens[at]):
                length = phrase.match(tokens, at)
                if length:
                    found.append((at, phrase))
                    at += length
                    break
            else:
                at += 1
        return found


class _FirstWords:
    """Phrases by their first word, so that a token is tried against the few phrases its
    forms begin, not against every cue (a passage is read once per list of cues)."""

    def __init__(self, phrases: tuple[Phrase, ...]) -> None:
        ordered = sorted(phrases, key=lambda p: -len(p.words))  # longest first, else in order
        self.rank = {phrase: rank for rank, phrase in enumerate(ordered)}
        self.exact: dict[str, list[Phrase]] = {}
        self.stems: dict[str, list[Phrase]] = {}  # a first word ending in `*`, without it
        for phrase in ordered:
            first = phrase.words[0]
            if first.endswith("*"):
                self.stems.setdefault(first[:-1], []).append(phrase)
            else:
                self.exact.setdefault(first, []).append(phrase)
        self.lengths = sorted({len(stem) for stem in self.stems})

    @staticmethod
    @cache
    def of(phrases: tuple[Phrase, ...]) -> _FirstWords:
        """Return the index of a list of phrases (made once)."""
        return _FirstWords(phrases)

    def starting(self, token: Token) -> list[Phrase]:
        """Return the phrases whose first word the token may be, longest first."""
        found: set[Phrase] = set()
        for form in token.forms:
            found.update(self.exact.get(form, ()))
            for length in self.lengths:
                found.update(self.stems.get(form[:length], ()))
        return sorted(found, key=self.rank.__getitem__)


def _phrases(
    section: dict[str, Any], language: str, *, attribution: bool = False, document: bool = False
) -> list[Phrase]:
    found = []
    for term, by_language in section.items():
        for cue in by_language.get(language) or []:
            words = phrase_words(cue)
            found.append(Phrase(words, term, attribution, document))
    return found


@cache
def load(language: str) -> Cues:
    """Return the cues of one language (English cues for a language cues.yaml lacks)."""
    data = yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))
    known = {lang for by_term in data["reporting"].values() for lang in by_term}
    language = language if language in known else "en"
    complementisers = data["complementisers"].get(language) or []
    return Cues(
        language=language,
        reporting=_phrases(data["reporting"], language)
        + _phrases({"claim": data["attribution"]}, language, attribution=True)
        + _phrases(data["documents"], language, document=True),
        complementisers=frozenset(names.fold(word) for word in complementisers),
        designators=_phrases(data["designators"], language),
        events=_phrases(data["events"], language),
        non_content=tuple(data["non_content"]),
        blocked=_phrases({"": data["blocked"]}, language),
        unrealised=_phrases(data["unrealised"], language),
        pairs=_pairs(data.get("pairs") or {}, language),
        relatives=tuple(names.fold(w) for w in (data["relatives"].get(language) or [])),
        goes_on=_phrases({"goes-on": data["goes_on"]}, language),
    )


def _pairs(section: dict[str, Any], language: str) -> list[Pair]:
    found = []
    for key, rule in section.items():
        term = str(rule.get("term", key))  # a second pair of a type names its type
        lists = rule.get(language) or []
        if len(lists) == 2:
            first, second = (_phrases({term: {language: cues}}, language) for cues in lists)
            ordered = bool(rule.get("ordered", False))
            found.append(Pair(term, tuple(first), tuple(second), int(rule["near"]), ordered))
    return found
