"""Search across Arabic, English and Russian.

Two indexes answer: the names index (kb_service/model/names.py: folded words and consonant skeletons
of every name, alias and other name of actors, places and conflicts) and the per-language
full-text indexes over titles, quotes and summaries, with Lucene's analyzers. Events and
statements are also found by what they name, in any language (read/named_records.py): a word
that names an actor, place or conflict, or an event type's or statement kind's label, stands
for the records that name it or are of it. Hits are ranked by the number of query words they
account for, then by how they matched: an exact name, then a variant of it, then a name one
edit away, then a record naming an entity, then a record of a type, then text that merely
mentions the words; within each, by score. Each hit lists why it matched (`matched`).
"""

from __future__ import annotations

from typing import Any

from kb_service.curation import vocabulary
from kb_service.model import names
from kb_service.model.names import TIERS, Forms
from kb_service.read import named_records
from kb_service.read.named_records import NAMES, TYPE, Reason
from kb_service.read.text_filter import MAX_TERMS, best_how, quoted
from kb_service.store.db import Database

HOW = {tier: how for how, tier in TIERS.items()}
# The order hits rank in: how names matched, then records by what they name, then text.
RANKED = [names.EXACT, names.VARIANT, names.SPELLING, names.FUZZY, names.PREFIX, NAMES, TYPE]
RANK = {how: rank for rank, how in enumerate([*RANKED, names.TEXT])}

SEARCHABLE = ("Actor", "Place", "Conflict", "Event", "Statement")
NAMES_INDEX, TEXT_INDEX = "names", "text"  # which index scored a hit (their scales differ)
NAMED = ("Actor", "Place", "Conflict")
# Best text matches each language index gives a search, per hit asked for: enough for the kinds
# asked (a filter on type drops the others) without taking every record a common word matches.
FETCH_FACTOR = 10


def lucene_query(text: str, *, all_terms: bool) -> str | None:
    """Turn user words into a Lucene query: each word a quoted term, so that nothing the user
    types (AND, OR, NOT, brackets, wildcards) is read as query syntax."""
    terms = [quoted(word) for word in text.split()[:MAX_TERMS]]
    if not terms:
        return None
    return (" AND " if all_terms else " OR ").join(terms)


def search(
    db: Database, text: str, types: list[str] | None, limit: int, *, prefix: bool = False
) -> list[dict[str, Any]]:
    """Rank actors, places, conflicts, events and statements matching the words, best first:
    by the number of query words a hit accounts for, then how (exact, variant, spelling, fuzzy,
    prefix, names, type, text), then score. Each hit says which name matched, in which
    language, how, and every reason it matched (`matched`). With `prefix` (a search as you
    type), the last word also matches the names it begins."""
    forms = names.query_forms(text, MAX_TERMS)
    plain = lucene_query(text, all_terms=False)
    if not forms or plain is None:
        return []
    labels = [label for label in SEARCHABLE if types is None or label.lower() in types]
    hits: dict[str, dict[str, Any]] = {}
    named = [label for label in labels if label in NAMED]
    query = names.lucene_names_query(forms, prefix=prefix)
    if named and query is not None:
        for row in db.read("read/name_matches", q=query, labels=named, limit=limit):
            hits[row["id"]] = {**_name_hit(row, forms, prefix=prefix), "index": NAMES_INDEX}
    fetch = limit * FETCH_FACTOR
    for row in db.read("read/text_matches", q=plain, labels=labels, limit=limit, fetch=fetch):
        if row["id"] not in hits:
            hits[row["id"]] = {**row, "match": names.TEXT, "matched_name": None}
            hits[row["id"]] |= {"matched_language": None, "matched": [{"how": names.TEXT}]}
    _add_records(db, hits, forms, [label for label in labels if label not in NAMED], fetch)
    ranked = sorted(hits.values(), key=_rank)[:limit]
    _one_scale(ranked)
    return [{k: v for k, v in hit.items() if k not in ("words", "rest", "index")} for hit in ranked]


def _one_scale(hits: list[dict[str, Any]]) -> None:
    """Put every score on one scale, 0 to 1: the names index and the text indexes score on
    scales of their own (Lucene's), so each hit's score becomes its share of the best score of
    the index that found it, in this answer (1: the best). Order within an index is kept."""
    best: dict[str, float] = {}
    for hit in hits:
        index = hit.get("index", TEXT_INDEX)
        best[index] = max(best.get(index, 0.0), float(hit["score"]))
    for hit in hits:
        top = best[hit.get("index", TEXT_INDEX)]
        hit["score"] = round(float(hit["score"]) / top, 4) if top > 0 else 0.0


def _add_records(
    db: Database, hits: dict[str, dict[str, Any]], forms: list[Forms], labels: list[str], fetch: int
) -> None:
    """Add the events and statements the words stand for by what they name or their type,
    or add those reasons to a text hit."""
    if not labels:
        return
    entities = named_records.named_entities(db, forms)
    terms = named_records.named_terms(vocabulary.stored(db), forms)
    if not entities and not terms:
        return
    for ident, record in named_records.records(db, entities, terms, labels, fetch).items():
        reasons: list[Reason] = record.pop("reasons")
        text_hit = hits.get(ident)
        hit = text_hit or {**record, "score": 0.0, "matched": []}
        hit["match"] = reasons[0].how if reasons else names.TEXT
        hit |= {"matched_name": reasons[0].name, "matched_language": reasons[0].language}
        hit["matched"] = [reason.shown() for reason in reasons] + (hit["matched"] or [])
        hit["words"] = len(frozenset().union(*(reason.words for reason in reasons)))
        hits[ident] = hit


def _rank(hit: dict[str, Any]) -> tuple[int, int, int, float, str]:
    """More query words matched first, then how, then names with fewer other words (Russia
    before Russia Today for «Russia»), then score."""
    words, rest = hit.get("words", 0), hit.get("rest", 0)
    return (-words, RANK[hit["match"]], rest, -float(hit["score"]), hit["id"])


def _name_hit(row: dict[str, Any], forms: list[Forms], *, prefix: bool = False) -> dict[str, Any]:
    """Make a hit of a names-index row: which of its names matched the query best, and how."""
    # (-words matched, tier, another script than the query's, words unmatched)
    best: tuple[int, int, bool, int] = (0, TIERS[names.FUZZY], True, 0)
    name = language = None
    query_script = names.script(forms[0].word)
    for candidate, candidate_language in names.of_node(row["names"]):
        name_words = names.words(candidate)
        found = [
            best_how(form, name_words, prefix=prefix and i == len(forms) - 1)
            for i, form in enumerate(forms)
        ]
        matched = [TIERS[how] for how in found if how is not None]
        if matched:
            other_script = not name_words or names.script(name_words[0]) != query_script
            rest = max(len(name_words) - len(matched), 0)
            rank = (-len(matched), max(matched), other_script, rest)
            if name is None or rank < best:
                best, name, language = rank, candidate, candidate_language
    hit = {key: value for key, value in row.items() if key != "names"}
    return {
        **hit,
        "match": HOW[best[1]],
        "matched_name": name,
        "matched_language": language,
        "words": -best[0],
        "rest": best[3],
        "matched": [{"how": HOW[best[1]], "name": name, "language": language}],
    }
