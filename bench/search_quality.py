"""Search quality and cost: recall and precision of the top hit on a query set of names as people
write them, for today's search and for the search it replaced, in the same run.

    python -m bench.search_quality          # a throwaway Neo4j with seeds/ and tests/fixtures/names

The query set is built from the registries (seeds/registry.yaml and the names fixture): every
name, alias and other name, as written and in the variants people type: case, an Arabic
proclitic, diacritics, another alef, a dropped long vowel, a Russian case ending, a
transliteration, one typo. Names no registry has are asked too: their top hit must not be a name.
`cost` times both searches on the benchmark corpus (bench/run.py's `search` phase).
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench.cypher_files import statement
from bench.environment import settings_for, throwaway_neo4j
from kb_service.config import PROJECT_ROOT
from kb_service.curation import collect_files
from kb_service.model import names
from kb_service.read import search
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema
from kb_service.write.ingest import ingest

REGISTRIES = [
    PROJECT_ROOT / "seeds" / "registry.yaml",
    PROJECT_ROOT / "tests/fixtures/names/registry.yaml",
]
ABSENT = [
    ("Zorvanek", "en"), ("Quillimore", "en"), ("Brastovia", "en"), ("Fendrick Olsk", "en"),
    ("Зорванек", "ru"), ("Квиллимор", "ru"), ("Брастовия", "ru"),
    ("زورفانيك", "ar"), ("كويليمور", "ar"), ("براستوفيا", "ar"),
]  # fmt: skip
LATIN = ("en", "az", "de", "fr", "tr")
TOP = 10
Searcher = Callable[[Database, str, int], list[dict[str, Any]]]


@dataclass(frozen=True)
class Query:
    """One query: its text, the ids whose top hit is right (none: a name nobody has), the kind
    of variant and the language it was made in."""

    text: str
    expected: frozenset[str]
    variant: str
    language: str


def names_of(files: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """Return every entity's names by id ({"kind", "names": [(name, language)]}), registries
    merged in order."""
    found: dict[str, dict[str, Any]] = {}
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for section in ("actors", "places", "conflicts"):
            for item in data.get(section) or []:
                entry = found.setdefault(item["id"], {"kind": item.get("kind"), "names": []})
                pairs = names.of_entity(item)
                entry["names"] += [p for p in pairs if p not in entry["names"]]
    return found


def variants(name: str, language: str, person: bool) -> Iterator[tuple[str, str]]:
    """Yield (query, variant) for one name as people write it."""
    yield name, "as-written"
    if name.isupper():  # an acronym (OSCE, ОБСЕ) takes no case ending or clitic in practice
        return
    words = name.split()
    single = len(words) == 1
    last = words[-1]
    if language in LATIN:
        yield name.upper(), "case"
        yield name.lower(), "case"
        spelled = _transliterated(last)
        if spelled != last and (single or person):
            yield spelled, "transliteration"
        if len(last) >= 7 and (single or person):
            yield last[: len(last) // 2] + last[len(last) // 2 + 1 :], "typo"
    elif language == "ru" and (single or person) and last[-1] not in "аеиоуыэюяйь":
        yield last + "а", "case-ending"
        yield last + "у", "case-ending"
        yield last + ("ым" if person else "ом"), "case-ending"
    elif language == "ar":
        for clitic in "وبل":
            yield clitic + name, "clitic"
        yield name[0] + "\u064e" + name[1:], "diacritics"
        if name.startswith("ا"):
            yield "أ" + name[1:], "alef"
        inner = last.find("ا", 1, len(last) - 1)
        if inner > 0 and len(last) >= 6 and (single or person):
            yield last[:inner] + last[inner + 1 :], "long-vowel"


def _transliterated(word: str) -> str:
    for old, new in (("kh", "h"), ("ov", "ow"), ("v", "w"), ("y", "j"), ("x", "kh")):
        if old in word:
            return word.replace(old, new)
    return word


def query_set(files: Iterable[Path] = REGISTRIES) -> list[Query]:
    """Return the query set: every variant of every name (a query several entities answer
    expects any of them), and the names nobody has."""
    expected: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for ident, entry in names_of(files).items():
        person = entry["kind"] == "person"
        for name, language in entry["names"]:
            for text, variant in variants(name, language, person):
                expected[(text, variant, language)].add(ident)
    by_text: dict[str, set[str]] = defaultdict(set)
    for (text, _, _), ids in expected.items():
        by_text[text] |= ids
    queries = {
        text: Query(text, frozenset(by_text[text]), variant, language)
        for (text, variant, language) in expected
    }
    absent = [Query(text, frozenset(), "absent", lang) for text, lang in ABSENT]
    return sorted(queries.values(), key=lambda q: (q.variant, q.text)) + absent


def today(db: Database, text: str, limit: int) -> list[dict[str, Any]]:
    """The search as it is: names first (exact, variant, spelling, fuzzy), then text."""
    return search.search(db, text, None, limit)


def before(db: Database, text: str, limit: int) -> list[dict[str, Any]]:
    """The search it replaced (bench/cypher/previous_text_matches.cypher): the words, quoted, in
    the three language indexes only, every match taken before the best are kept."""
    query = search.lucene_query(text, all_terms=False)
    if query is None:
        return []
    with db.driver.session(database=db.name) as session:
        result = session.run(
            statement("previous_text_matches"),
            q=query,
            labels=list(search.SEARCHABLE),
            limit=limit,
        )
        return [record.data() for record in result]


def evaluate(db: Database, queries: list[Query], searcher: Searcher) -> dict[str, Any]:
    """Return recall and precision of the top hit (and recall in the top ten), overall and by
    variant. A name nobody has counts against precision when its top hit is a name match."""
    right = answered = top_right = in_top = wrong_absent = 0
    by_variant: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    for query in queries:
        hits = searcher(db, query.text, TOP)
        tally = by_variant[query.variant]
        tally["queries"] += 1
        if not query.expected:
            named = bool(hits) and hits[0].get("match", "text") != "text"
            wrong_absent += named
            answered += named
            tally["false_hits"] += named
            continue
        ids = [hit["id"] for hit in hits]
        if ids:
            answered += 1
        if ids and ids[0] in query.expected:
            top_right += 1
            tally["top_right"] += 1
        else:
            misses.append({"query": query.text, "variant": query.variant, "top": ids[:1]})
        if query.expected & set(ids):
            in_top += 1
        right += 1
    positives = right
    return {
        "queries": len(queries),
        "positive": positives,
        "absent": len(queries) - positives,
        "recall_top1": round(top_right / positives, 3),
        "recall_top10": round(in_top / positives, 3),
        "precision_top1": round(top_right / answered, 3) if answered else None,
        "absent_with_a_name_hit": wrong_absent,
        "by_variant": {name: dict(counts) for name, counts in sorted(by_variant.items())},
        "misses": misses[:40],
    }


def quality(db: Database) -> dict[str, Any]:
    """Evaluate both searches on the query set, on the graph `db` holds."""
    queries = query_set()
    return {"today": evaluate(db, queries, today), "before": evaluate(db, queries, before)}


def cost(db: Database, registry: Path, samples: int = 150, seed: int = 7) -> dict[str, Any]:
    """Time both searches on names of a (large) graph's registry, alternating, in one run."""
    rng = random.Random(seed)  # noqa: S311 (a reproducible sample, not a secret)
    pool = [
        text
        for entry in names_of([registry]).values()
        for name, language in entry["names"]
        for text, _ in variants(name, language, entry["kind"] == "person")
    ]
    chosen = rng.sample(pool, min(samples, len(pool)))
    timings: dict[str, list[float]] = {"today": [], "before": []}
    for text in chosen:
        for name, searcher in (("today", today), ("before", before)):
            start = time.perf_counter()
            searcher(db, text, 20)
            timings[name].append((time.perf_counter() - start) * 1000)
    figures: dict[str, Any] = {
        name: {
            "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(statistics.quantiles(values, n=20)[-1], 2),
        }
        for name, values in timings.items()
    }
    figures["ratio_p50"] = round(figures["today"]["p50_ms"] / figures["before"]["p50_ms"], 2)
    figures["queries"] = len(chosen)
    return figures


def main() -> None:
    """Load seeds/ and the names fixture into a throwaway Neo4j and print both searches' figures."""
    with throwaway_neo4j() as neo:
        db = Database(settings_for(neo.uri))
        try:
            apply_schema(db)
            ingest(db, collect_files([PROJECT_ROOT / "seeds"]))
            ingest(db, collect_files([PROJECT_ROOT / "tests" / "fixtures" / "names"]))
            figures = quality(db)
        finally:
            db.close()
    out = PROJECT_ROOT / "bench" / "results" / "search-quality.json"
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    for name in ("today", "before"):
        summary = {k: v for k, v in figures[name].items() if k not in ("by_variant", "misses")}
        print(name, summary, file=sys.stderr)


if __name__ == "__main__":
    main()
