"""The cue words of cues.yaml, folded, and how a run of words matches one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb_service.curation.drafting.tokens import Token
from kb_service.model import names

CUES_FILE = Path(__file__).with_name("cues.yaml")
GOVERNED_NEAR = 8  # words from an `unrealised` phrase to the cue it governs, at most
_CLAUSE_END = frozenset(",;:.،؛")


@dataclass(frozen=True)
class Phrase:
    """A cue of one or more words; a word ending in `*` matches the words it begins."""

    words: tuple[str, ...]
    term: str
    attribution: bool = False
    document: bool = False  # `the statement says`: a document speaks for its issuer

    def match(self, tokens: Sequence[Token], at: int) -> int:
        """Return how many tokens from `at` this phrase matches (0: none)."""
        if at + len(self.words) > len(tokens):
            return 0
        for offset, word in enumerate(self.words):
            if not _matches(word, tokens[at + offset]):
                return 0
        return len(self.words)


def _one_clause(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return whether no clause mark stands between two tokens of `text`."""
    return not any(c in _CLAUSE_END for c in text[tokens[first].end : tokens[last].start])


def _matches(word: str, token: Token) -> bool:
    if word.endswith("*"):
        stem = word[:-1]
        return any(form.startswith(stem) for form in token.forms)
    return word in token.forms


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

    def events_found(self, tokens: Sequence[Token], text: str) -> list[tuple[int, Phrase]]:
        """Return the event cues found, but those inside a longer phrase that `blocked` lists
        (أسرى الحرب is no war) and those an `unrealised` phrase governs (a call for a
        ceasefire is no ceasefire): one of its words before the cue, in its clause."""
        blocked = {
            k for at, p in self.found(self.blocked, tokens) for k in range(at, at + len(p.words))
        }
        governors = [(at, p) for at, p in self.found(self.unrealised, tokens)]
        kept = []
        for at, phrase in self.found(self.events, tokens):
            if all(k in blocked for k in range(at, at + len(phrase.words))):
                continue
            if any(
                p.term == phrase.term
                and 0 < at - g <= GOVERNED_NEAR
                and _one_clause(text, tokens, g, at)
                for g, p in governors
            ):
                continue
            kept.append((at, phrase))
        return kept

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
            words = tuple(names.fold(word) for word in str(cue).split())
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
    )
