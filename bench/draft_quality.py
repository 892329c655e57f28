"""How close `kb draft` comes to a hand-curated file: precision and recall of what it drafts.

    python -m bench.draft_quality            # the seed article and the English test text

Each text is drafted with the registry its gold file uses, and with the gold's language,
publication date and publisher (the figures measure reading, not guessing the metadata; the
date a first look reads from the text is reported beside them). Measured:

- mentions: (passage, actor) pairs, a drafted pair being an actor named in a passage of content.
  The gold is the actors each passage names, annotated by hand (bench/gold/ for the seed, the
  fixture's mentions.gold). `mentions_linked` compares with the actors the curated file links
  to each passage instead (a participant, speaker, addressee, subject or object of an item, or
  an actor it is about, for every passage its evidence cites), which counts actors a passage
  does not name (an addressee, a party of an event another passage reports): a reference
  figure, not an aim.
- dated events: a drafted event is right when a gold event cites one of its passages with the
  same EDTF date (so the same precision); a gold event is found when a drafted one is right
  about it.
- statements: a drafted statement is right when its quote overlaps, in the same passage, the
  quote or an evidence quote of a gold statement that has one of its speakers; `overlap` counts
  the overlap alone.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kb_service.config import PROJECT_ROOT
from kb_service.curation import collect_files
from kb_service.curation.documents import Document, parse_file
from kb_service.curation.drafting import Draft, draft, slug
from kb_service.curation.drafting.mentions import entities_of_registry
from kb_service.curation.vocabulary import base

RESULTS = PROJECT_ROOT / "bench" / "results" / "draft-quality.json"
FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "draft_en"


@dataclass(frozen=True)
class Case:
    """A text's hand-curated file (the gold), its registry, and its hand-annotated mentions."""

    gold: Path
    registries: list[Path]
    mentions: Path


CASES = {
    "seed (ar)": Case(
        PROJECT_ROOT / "seeds" / "000_d0b46a30435dc835.yaml",
        [PROJECT_ROOT / "seeds" / "registry.yaml"],
        PROJECT_ROOT / "bench" / "gold" / "000_d0b46a30435dc835.mentions.yaml",
    ),
    "test text (en)": Case(
        FIXTURE / "source.yaml", [FIXTURE / "registry.yaml"], FIXTURE / "mentions.gold"
    ),
}
AIMS = {"mentions": (0.9, 0.7), "dated_events": (0.8, 0.7), "statements": (0.7, 0.7)}


@dataclass(frozen=True)
class Score:
    """Precision and recall of one kind of drafted item."""

    right: int
    drafted: int
    found: int
    gold: int

    def as_dict(self) -> dict[str, Any]:
        """Return the counts and the ratios."""
        return {
            "precision": round(self.right / self.drafted, 3) if self.drafted else None,
            "recall": round(self.found / self.gold, 3) if self.gold else None,
            "right": self.right,
            "drafted": self.drafted,
            "found": self.found,
            "gold": self.gold,
        }


def load(path: Path) -> Document:
    """Return a curated file, schema-checked (with its passages, for a source)."""
    [file] = collect_files([path])
    return parse_file(file)


def drafted_for(gold: Document, registries: Iterable[Path]) -> Draft:
    """Draft the gold's text with its registry, language, publication date and publisher."""
    entities = [e for path in registries for e in entities_of_registry(load(path).data)]
    return draft(
        "\n".join(gold.passages),
        source_id=slug(gold.data["id"]),
        publisher=gold.data["publisher"],
        entities=entities,
        vocabulary=base(),
        language=gold.data["language"],
        published=gold.data["published"],
    )


def actors_of(item: dict[str, Any], actors: set[str]) -> set[str]:
    """Return the actors a curated item names in its fields."""
    found = {p["actor"] for p in item.get("participants", [])}
    found |= set(item.get("speakers", [])) | set(item.get("addressees", []))
    found |= {item[k] for k in ("subject", "object") if k in item}
    found |= set(item.get("about", []))
    return found & actors


def drafted_mentions(drafted: Draft) -> set[tuple[int, str]]:
    """Return the (passage, actor) pairs a draft finds in passages of content."""
    return {
        (r.passage.number, m.entity.id)
        for r in drafted.readings
        if r.passage.not_content is None
        for m in r.mentions
        if m.entity.label == "Actor"
    }


def named_score(annotated: Path, drafted: Draft) -> Score:
    """Score the mentions against the hand-annotated actors each passage names."""
    data = yaml.safe_load(annotated.read_text(encoding="utf-8"))
    expected = {(int(number), actor) for number, actors in data.items() for actor in actors}
    got = drafted_mentions(drafted)
    both = len(expected & got)
    return Score(both, len(got), both, len(expected))


def linked_score(gold: Document, drafted: Draft, actors: set[str]) -> Score:
    """Score the mentions against the actors the curated file links to each passage."""
    expected = {
        (e["passage"], actor)
        for section in ("events", "statements", "relations")
        for item in gold.data[section]
        for actor in actors_of(item, actors)
        for e in item["evidence"]
    }
    got = drafted_mentions(drafted)
    both = len(expected & got)
    return Score(both, len(got), both, len(expected))


def event_score(gold: Document, drafted: Draft) -> Score:
    def key(item: dict[str, Any]) -> tuple[set[int], str]:
        return {e["passage"] for e in item["evidence"]}, item["date"]

    golds = [key(item) for item in gold.data["events"]]
    drafts = [key(item) for item in drafted.document["events"]]

    def same(a: tuple[set[int], str], b: tuple[set[int], str]) -> bool:
        return bool(a[0] & b[0]) and a[1] == b[1]

    right = sum(any(same(d, g) for g in golds) for d in drafts)
    found = sum(any(same(d, g) for d in drafts) for g in golds)
    return Score(right, len(drafts), found, len(golds))


def spans(passage: str, quote: str) -> list[tuple[int, int]]:
    """Return where a quote stands in a passage (whitespace runs compared as one space)."""
    pattern = r"\s+".join(re.escape(part) for part in quote.split())
    return [m.span() for m in re.finditer(pattern, passage)] if pattern else []


def statement_score(gold: Document, drafted: Draft, *, with_speaker: bool) -> Score:
    passages = gold.passages
    golds = []
    for item in gold.data["statements"]:
        places = set()
        for e in item["evidence"]:
            text = passages[e["passage"] - 1]
            for quote in (item["quote"], e["quote"]):
                places |= {(e["passage"], s, t) for s, t in spans(text, quote)}
        golds.append((places, set(item["speakers"])))
    drafts = []
    for reading in drafted.readings:
        for found in reading.speech:
            speakers = {m.entity.id for m in found.speakers}
            drafts.append((reading.passage.number, found.start, found.end, speakers))

    def matches(
        d: tuple[int, int, int, set[str]], g: tuple[set[tuple[int, int, int]], set[str]]
    ) -> bool:
        number, start, end, speakers = d
        overlap = any(p == number and s < end and start < t for p, s, t in g[0])
        return overlap and (not with_speaker or bool(speakers & g[1]))

    right = sum(any(matches(d, g) for g in golds) for d in drafts)
    found = sum(any(matches(d, g) for d in drafts) for g in golds)
    return Score(right, len(drafts), found, len(golds))


def measure(case: Case) -> dict[str, Any]:
    """Return the scores of one text's draft against its gold."""
    gold, registries = load(case.gold), case.registries
    registry_actors = {
        item["id"] for path in registries for item in load(path).data.get("actors", [])
    }
    drafted = drafted_for(gold, registries)
    first_look = draft(
        "\n".join(gold.passages),
        source_id="first-look",
        publisher="-",
        entities=[],
        vocabulary=base(),
    )
    gold_non_content = set(gold.data["non_content"])
    got_non_content = set(drafted.non_content)
    return {
        "mentions": named_score(case.mentions, drafted).as_dict(),
        "mentions_linked": linked_score(gold, drafted, registry_actors).as_dict(),
        "dated_events": event_score(gold, drafted).as_dict(),
        "statements": statement_score(gold, drafted, with_speaker=True).as_dict(),
        "statements_overlap": statement_score(gold, drafted, with_speaker=False).as_dict(),
        "non_content": {
            "gold": sorted(gold_non_content),
            "drafted": sorted(got_non_content),
            "right": len(gold_non_content & got_non_content),
        },
        "first_look": {
            "language": first_look.document["language"],
            "published": first_look.document["published"],
            "gold_language": gold.data["language"],
            "gold_published": gold.data["published"],
        },
    }


def main() -> int:
    results = {name: measure(case) for name, case in CASES.items()}
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"{'text':<16} {'measure':<20} {'precision':>9} {'recall':>7}  (right/drafted, found/gold)"
    )
    missed = []
    for name, result in results.items():
        for measure_name in (
            "mentions",
            "mentions_linked",
            "dated_events",
            "statements",
            "statements_overlap",
        ):
            score = result[measure_name]
            print(
                f"{name:<16} {measure_name:<20} {score['precision']!s:>9} {score['recall']!s:>7}"
                f"  ({score['right']}/{score['drafted']}, {score['found']}/{score['gold']})"
            )
            recall_aim, precision_aim = AIMS.get(measure_name, (0.0, 0.0))
            if (score["recall"] or 0) < recall_aim or (score["precision"] or 0) < precision_aim:
                missed.append(f"{name} {measure_name}")
        print(f"{name:<16} non_content          {result['non_content']}")
        print(f"{name:<16} first look           {result['first_look']}")
    print(f"aims missed: {', '.join(missed) or 'none'}   ({RESULTS.relative_to(PROJECT_ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
