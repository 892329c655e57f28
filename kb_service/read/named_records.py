"""Events and statements a search's words stand for, whatever language they are worded in.

A query word stands for an actor, place or conflict when it matches one of its names or aliases
in any language (exactly, as a variant or by its consonant skeleton: kb_service/model/names.py),
and for an event type or statement kind when the words match every word of its label in one
language (ar, en or ru; Russian and Arabic words compared by their stems, so перемирия meets
Перемирие). The events and statements that name such an entity, or are of such a type, are hits,
each saying why: `{"how": "names", "entity": ...}`, `{"how": "type", "term": ...}`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kb_service.curation.vocabulary import Vocabulary
from kb_service.model import names
from kb_service.model.names import Forms
from kb_service.store.db import Reader

NAMES, TYPE = "names", "type"  # how a record matched: it names an entity; it is of a type
EXPANSIONS_PER_WORD = 5  # entities whose names a query word also stands for
NAMED = ("Actor", "Place", "Conflict")
TYPED = {"event_types": "event", "statement_kinds": "statement"}
LABEL_WORD_MIN = 3  # shorter words of a label (of, в, في) need not be in the query
_NAMING = (names.EXACT, names.VARIANT, names.SPELLING)  # fuzzy names stand for nobody


@dataclass(frozen=True)
class Reason:
    """Why a record is a hit: the entity it names or the type it is of, and the query words
    (their positions) that stand for it."""

    how: str
    ident: str  # the entity's id or the term
    words: frozenset[int]
    section: str | None = None  # the term's vocabulary (event_types, statement_kinds)
    name: str | None = None  # the label that matched
    language: str | None = None

    def shown(self) -> dict[str, Any]:
        """Return the reason as a hit shows it."""
        if self.how == NAMES:
            return {"how": NAMES, "entity": self.ident}
        return {"how": TYPE, "term": self.ident, "name": self.name, "language": self.language}


def named_entities(reader: Reader, forms: list[Forms]) -> list[Reason]:
    """Return the entities the query's words name, best first: one names-index query, and at
    most EXPANSIONS_PER_WORD entities for each word."""
    query = names.lucene_names_query(forms, fuzzy=False)
    if query is None:
        return []
    limit = EXPANSIONS_PER_WORD * len(forms)
    rows = reader.read("read/name_matches", q=query, labels=list(NAMED), limit=limit)
    kept: list[Reason] = []
    per_word: Counter[int] = Counter()
    for row in rows:
        words = _words_naming(forms, names.of_node(row["names"]))
        if words and any(per_word[i] < EXPANSIONS_PER_WORD for i in words):
            kept.append(Reason(NAMES, row["id"], words))
            per_word.update(words)
    return kept


def _words_naming(forms: list[Forms], entity_names: Iterable[tuple[str, str]]) -> frozenset[int]:
    """Return the positions of the query words that one of the entity's names holds (the name
    that holds the most of them)."""
    best: frozenset[int] = frozenset()
    for name, _ in entity_names:
        name_words = names.words(name)
        found = frozenset(
            i
            for i, form in enumerate(forms)
            if any(form.how(word) in _NAMING for word in name_words)
        )
        if len(found) > len(best):
            best = found
    return best


def named_terms(vocabulary: Vocabulary, forms: list[Forms]) -> list[Reason]:
    """Return the event types and statement kinds whose label, in some language, has all its
    words among the query's (the label matching the most query words for each term)."""
    stems = [_stems(form) for form in forms]
    found: list[Reason] = []
    for section in TYPED:
        for term in vocabulary.terms[section].values():
            best: Reason | None = None
            for language, label in sorted(term.label.items()):
                words = _label_words(stems, label)
                if words and (best is None or len(words) > len(best.words)):
                    best = Reason(TYPE, term.term, words, section, label, language)
            if best is not None:
                found.append(best)
    return found


def _label_words(stems: list[set[str]], label: str) -> frozenset[int]:
    """Return the positions of the query words that the label's words meet, when they meet
    every word of the label (its short words aside); otherwise nothing."""
    words = names.words(label)
    wanted = [w for w in words if len(w) >= LABEL_WORD_MIN] or words
    found: set[int] = set()
    for word in wanted:
        forms = _stems(Forms.of(word))
        at = [i for i, query in enumerate(stems) if query & forms]
        if not at:
            return frozenset()
        found.update(at)
    return frozenset(found)


def _stems(form: Forms) -> set[str]:
    """Return a folded word and its stems: without an Arabic clitic or a Russian case ending,
    and an English word also without a plural s (ceasefires meets Ceasefire)."""
    found = {form.word, *form.variants}
    if names.script(form.word) == "latin" and len(form.word) > 4 and form.word.endswith("s"):
        found.add(form.word[:-1])
    return found


def records(
    reader: Reader, entities: list[Reason], terms: list[Reason], labels: list[str], fetch: int
) -> dict[str, dict[str, Any]]:
    """Return the events and statements (of `labels`) that name the entities or are of the
    types, by id: id, type, name, name_original and `reasons` (entities first)."""
    wanted = {
        "types": [t.ident for t in terms if t.section == "event_types"],
        "kinds": [t.ident for t in terms if t.section == "statement_kinds"],
        "labels": labels,
        "fetch": fetch,
    }
    found: dict[str, dict[str, Any]] = {}
    by_entity = {e.ident: e for e in entities}
    if entities:
        for row in reader.read("read/search_records_naming", ids=list(by_entity), **wanted):
            hit = found.setdefault(row["id"], _record(row))
            hit["reasons"].append(by_entity[row["entity"]])
    if terms:
        for row in reader.read("read/search_records_of_types", **wanted):
            found.setdefault(row["id"], _record(row))
    by_term = {(TYPED[t.section or ""], t.ident): t for t in terms}
    for hit in found.values():
        term = by_term.get((hit["type"], hit.pop("term")))
        if term is not None:
            hit["reasons"].append(term)
    return found


def _record(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "type", "name", "name_original", "term")
    return {**{key: row[key] for key in keys}, "reasons": []}
