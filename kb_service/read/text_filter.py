"""The text filter of the dated lists: the ids of the events or statements that hold every
word of a query, as people write it, in any of the three languages (kb_service/model/names.py).
Search ranks its hits with the same word matching (`best_how`) and quoting (`quoted`)."""

from __future__ import annotations

from collections.abc import Iterable

from kb_service.model import names
from kb_service.model.names import TIERS, Forms
from kb_service.read.named_records import EXPANSIONS_PER_WORD, NAMED
from kb_service.store.db import Reader

MAX_TERMS = 20
TEXT_FILTER_LIMIT = 10_000


def quoted(word: str) -> str:
    """Return a word as one quoted Lucene term, its quotes and backslashes escaped."""
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def best_how(form: Forms, name_words: Iterable[str], *, prefix: bool = False) -> str | None:
    """Return how well a query word matches a name's words, best first (None: not at all)."""
    words = list(name_words)
    found = [how for word in words if (how := form.how(word)) is not None]
    if found:
        return min(found, key=TIERS.__getitem__)
    return names.PREFIX if prefix and any(form.begins(word) for word in words) else None


def matching_ids(db: Reader, text: str | None, labels: list[str]) -> list[str] | None:
    """Return ids of records containing every word, as people write it (None when there is no
    text filter): each word, or one of its variants, or a word one edit away, or any name of
    an actor, place or conflict that the word names (Khankendi finds Stepanakert)."""
    if text is None:
        return None
    forms = names.query_forms(text, MAX_TERMS)
    if not forms:
        return None
    named = _names_named(db, forms)
    query = " AND ".join(_word_group(form, named) for form in forms)
    rows = db.read(
        "read/text_matches",
        q=query,
        labels=labels,
        limit=TEXT_FILTER_LIMIT,
        fetch=TEXT_FILTER_LIMIT,
    )
    return [row["id"] for row in rows]


def _names_named(db: Reader, forms: list[Forms]) -> list[list[tuple[str, str]]]:
    """Return the names of the actors, places and conflicts the query's words name (exactly, as
    a variant or by spelling, not fuzzily), best first: one names-index query for every word."""
    query = names.lucene_names_query(forms, fuzzy=False)
    if query is None:
        return []
    limit = EXPANSIONS_PER_WORD * len(forms)
    rows = db.read("read/name_matches", q=query, labels=list(NAMED), limit=limit)
    return [names.of_node(row["names"]) for row in rows]


def _word_group(form: Forms, named: list[list[tuple[str, str]]]) -> str:
    """Return the Lucene clause one word of a text filter stands for: the word, its variants, a
    word one edit away, and every name of the (at most five) entities it names. The folded word
    holds word characters only, so it is safe unquoted in the fuzzy term."""
    alternatives = dict.fromkeys([quoted(form.word), *(quoted(v) for v in form.variants)])
    if len(form.word) >= names.FUZZY_MIN_LENGTH:
        alternatives[f"{form.word}~1"] = None
    entities = [
        entity
        for entity in named
        if any(best_how(form, names.words(name)) not in (None, names.FUZZY) for name, _ in entity)
    ]
    for entity in entities[:EXPANSIONS_PER_WORD]:
        for name, _ in entity:
            alternatives[quoted(name)] = None
    return "(" + " OR ".join(alternatives) + ")"
