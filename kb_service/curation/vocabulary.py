"""The vocabulary in data: event types, statement kinds, actor and place kinds, relation types.

The base vocabulary ships as a vocabulary document (vocabulary.yaml beside this module), read
and checked like any curated file. Curated vocabulary documents (`kind: vocabulary`, in seeds/
or posted to /api/v1/vocabulary) add terms without code; they are stored as `Term` nodes. Event
statuses and the links between events stay in code (kb_service/model/taxonomy.py): the date
rules and the relationship types depend on them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kb_service.curation.documents import RawFile, parse_file
from kb_service.errors import InvalidParameter
from kb_service.store.db import Reader

# Each vocabulary, by its section in a vocabulary document, and what one of its terms is called.
VOCABULARIES: dict[str, str] = {
    "event_types": "event type",
    "statement_kinds": "statement kind",
    "actor_kinds": "actor kind",
    "place_kinds": "place kind",
    "relation_types": "relation type",
}
# The vocabularies whose terms map to PLOVER (event types also to CAMEO).
WITH_PLOVER = ("event_types", "statement_kinds")
BASE_FILE = Path(__file__).with_name("vocabulary.yaml")
NEAREST = 5


@dataclass(frozen=True)
class Term:
    """One term of one vocabulary, with its labels and its PLOVER and CAMEO categories."""

    vocabulary: str
    term: str
    label: Mapping[str, str]
    description: str | None = None
    plover: str | None = None
    cameo: str | None = None
    base: bool = False

    @property
    def key(self) -> str:
        """Return the term's key in the graph: its vocabulary and itself."""
        return f"{self.vocabulary}/{self.term}"

    @classmethod
    def of(cls, vocabulary: str, item: Mapping[str, Any], *, base: bool = False) -> Term:
        """Make a term from an item of a vocabulary document's section."""
        return cls(
            vocabulary,
            item["term"],
            dict(item["label"]),
            item.get("description"),
            item.get("plover"),
            item.get("cameo"),
            base,
        )

    @classmethod
    def stored(cls, row: Mapping[str, Any]) -> Term:
        """Make a term from a row of read/vocabulary_terms."""
        label = {lang: row[f"label_{lang}"] for lang in ("en", "ar", "ru") if row[f"label_{lang}"]}
        return cls(
            row["vocabulary"], row["term"], label, row["description"], row["plover"], row["cameo"]
        )

    def props(self) -> dict[str, Any]:
        """Return the Term node's properties (None where absent)."""
        return {
            "key": self.key,
            "vocabulary": self.vocabulary,
            "term": self.term,
            **{f"label_{lang}": self.label.get(lang) for lang in ("en", "ar", "ru")},
            "description": self.description,
            "plover": self.plover,
            "cameo": self.cameo,
        }

    def record(self) -> dict[str, Any]:
        """Return the term as the API lists it."""
        return {
            "term": self.term,
            "label": dict(self.label),
            "description": self.description,
            "plover": self.plover,
            "cameo": self.cameo,
            "origin": "base" if self.base else "curated",
        }


@dataclass
class Vocabulary:
    """The terms known: by vocabulary, then by term."""

    terms: dict[str, dict[str, Term]] = field(
        default_factory=lambda: {name: {} for name in VOCABULARIES}
    )

    @classmethod
    def of(cls, terms: Iterable[Term]) -> Vocabulary:
        """Make a vocabulary of these terms (a later term of the same key replaces an earlier)."""
        vocabulary = cls()
        vocabulary.add(terms)
        return vocabulary

    def copy(self) -> Vocabulary:
        """Return a vocabulary of the same terms, that terms can be added to."""
        return Vocabulary.of(t for terms in self.terms.values() for t in terms.values())

    def add(self, terms: Iterable[Term]) -> None:
        """Add terms, replacing those of the same key."""
        for term in terms:
            self.terms[term.vocabulary][term.term] = term

    def get(self, vocabulary: str, term: str) -> Term | None:
        """Return the term, or None when the vocabulary does not have it."""
        return self.terms[vocabulary].get(term)

    def plover(self, vocabulary: str, term: str) -> tuple[str | None, str | None]:
        """Return the term's PLOVER and CAMEO categories (None where none fits)."""
        found = self.terms[vocabulary][term]
        return found.plover, found.cameo

    def nearest(self, vocabulary: str, term: str) -> list[str]:
        """Return the known terms nearest to `term`, nearest first (every term if none is near)."""
        known = sorted(self.terms[vocabulary])
        close = difflib.get_close_matches(term, known, n=NEAREST, cutoff=0.5)
        return close or known

    def unknown(self, vocabulary: str, term: str) -> str:
        """Return the message for a term this vocabulary does not have."""
        nearest = ", ".join(self.nearest(vocabulary, term))
        return (
            f"unknown {VOCABULARIES[vocabulary]} '{term}'; the nearest known: {nearest}. "
            "A new term is added in a vocabulary document (docs/curation.md)"
        )

    def listing(self) -> dict[str, list[dict[str, Any]]]:
        """Return every vocabulary's terms, in term order, as the API lists them."""
        return {
            name: [terms[t].record() for t in sorted(terms)] for name, terms in self.terms.items()
        }


def terms_of(data: Mapping[str, Any], *, base: bool = False) -> Iterator[tuple[int, Term]]:
    """Yield (index in its section, term) for every term a vocabulary document defines."""
    for vocabulary in VOCABULARIES:
        for index, item in enumerate(data.get(vocabulary, [])):
            yield index, Term.of(vocabulary, item, base=base)


@cache
def base() -> Vocabulary:
    """Return the base vocabulary, read and schema-checked from vocabulary.yaml once."""
    document = parse_file(RawFile(str(BASE_FILE), path=BASE_FILE))
    return Vocabulary.of(term for _, term in terms_of(document.data, base=True))


def stored(reader: Reader) -> Vocabulary:
    """Return the base vocabulary with the curated terms stored in the graph."""
    vocabulary = base().copy()
    vocabulary.add(Term.stored(row) for row in reader.read("read/vocabulary_terms"))
    return vocabulary


def require_known(
    reader: Reader, vocabularies: tuple[str, ...], values: Iterable[str], parameter: str
) -> None:
    """Refuse a filter value that none of `vocabularies` has, naming the nearest terms."""
    wanted = list(values)
    if not wanted:
        return
    known = stored(reader)
    for value in wanted:
        if not any(known.get(name, value) for name in vocabularies):
            raise InvalidParameter(parameter, _unknown_filter(known, vocabularies, value))


def _unknown_filter(known: Vocabulary, vocabularies: tuple[str, ...], value: str) -> str:
    nearest = [t for name in vocabularies for t in known.nearest(name, value)]
    close = difflib.get_close_matches(value, nearest, n=NEAREST, cutoff=0.5) or nearest
    return f"has the unknown term '{value}'; the nearest known: {', '.join(close)}"
