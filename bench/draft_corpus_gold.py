"""The hand gold of bench/draft_corpus/: loading it, and the checks it must pass.

The format is described in bench/draft_corpus/README.md. Everything here is pure (files only),
so that tests/test_draft_corpus.py needs no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb_service.config import PROJECT_ROOT
from kb_service.model import dates
from kb_service.model.taxonomy import EVENT_STATUSES
from kb_service.model.text import split_passages

CORPUS = PROJECT_ROOT / "bench" / "draft_corpus"
SECOND = CORPUS / "second_gold"  # a second curator's gold of some texts (bench/draft_agreement.py)
REGISTRY = PROJECT_ROOT / "seeds" / "registry.yaml"
VOCABULARY = PROJECT_ROOT / "kb_service" / "curation" / "vocabulary.yaml"
NEW_ID = re.compile(r"^new:([a-z-]+):(\S.*)$")
KEYS = {"language", "published", "non_content", "mentions", "events", "statements"}
KEYS |= {"new_entities", "spelling_variants"}


@dataclass(frozen=True)
class Text:
    """One text of the corpus: its name, its passages (numbered from 1) and its gold."""

    name: str
    passages: list[str]
    gold: dict[str, Any]

    @property
    def language(self) -> str:
        """Return the language the gold gives."""
        return str(self.gold["language"])

    def content(self) -> set[int]:
        """Return the numbers of the passages the gold lists mentions for (its content)."""
        return {int(n) for n in self.gold["mentions"]}


def load(name: str) -> Text:
    """Return a text of the corpus and its gold."""
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((CORPUS / f"{name}.gold.yaml").read_text(encoding="utf-8"))
    return Text(name, split_passages(text), gold)


def load_second(name: str) -> Text:
    """Return a text of the corpus with the second curator's gold in place of the first's."""
    text = load(name)
    gold = yaml.safe_load((SECOND / f"{name}.gold.yaml").read_text(encoding="utf-8"))
    return Text(name, text.passages, gold)


def second_golds() -> list[str]:
    """Return the names of the texts a second curator wrote a gold for, in order."""
    return sorted(path.name.removesuffix(".gold.yaml") for path in SECOND.glob("*.gold.yaml"))


def names() -> list[str]:
    """Return the names of the corpus's texts, in order."""
    return sorted(path.stem for path in CORPUS.glob("*.txt"))


def split() -> dict[str, list[str]]:
    """Return the two halves: development and held_out, each a list of text names."""
    data = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))
    return {half: list(data[half]) for half in ("development", "held_out")}


@cache
def registry_ids() -> frozenset[str]:
    """Return the ids of the seed registry's conflicts, actors and places."""
    data = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    return frozenset(i["id"] for s in ("conflicts", "actors", "places") for i in data.get(s, []))


@cache
def vocabulary_terms(section: str) -> frozenset[str]:
    """Return the terms of one section of the vocabulary."""
    data = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    return frozenset(item["term"] for item in data[section])


def in_passage(passage: str, quote: str) -> bool:
    """Tell whether a quote stands in a passage (whitespace runs compared as one space)."""
    return " ".join(quote.split()) in " ".join(passage.split())


def problems(text: Text) -> list[str]:
    """Return what is wrong with a text's gold, each naming the text and the field."""
    gold, found = text.gold, []
    if set(gold) != KEYS:
        found.append(f"keys {sorted(set(gold) ^ KEYS)} missing or unknown")
        return [f"{text.name}: {p}" for p in found]
    found += _date_problems("published", gold["published"], day=True)
    numbers = range(1, len(text.passages) + 1)
    bad = [n for n in [*gold["non_content"], *gold["mentions"]] if n not in numbers]
    found += [f"passage {n} is not in the text" for n in bad]
    if set(gold["non_content"]) & text.content():
        found.append("a passage is both non-content and listed in mentions")
    known = _known_ids(gold, found)
    for number, ids in gold["mentions"].items():
        found += [f"mentions {number}: unknown id {i}" for i in ids if i not in known]
    for n, event in enumerate(gold["events"], 1):
        found += [f"events {n}: {p}" for p in _event_problems(event, text, known)]
    for n, statement in enumerate(gold["statements"], 1):
        found += [f"statements {n}: {p}" for p in _statement_problems(statement, text, known)]
    whole = " ".join(text.passages).casefold()
    for entry in gold["new_entities"]:
        found += [
            f"new_entities: {n!r} is not in the text"
            for n in entry.get("names") or []
            if str(n).casefold() not in whole
        ]
    for n, variant in enumerate(gold["spelling_variants"], 1):
        found += [f"spelling_variants {n}: {p}" for p in _variant_problems(variant, text)]
    return [f"{text.name}: {p}" for p in found]


def _known_ids(gold: dict[str, Any], found: list[str]) -> set[str]:
    kinds = vocabulary_terms("actor_kinds") | vocabulary_terms("place_kinds")
    known = set(registry_ids())
    for entry in gold["new_entities"]:
        match = NEW_ID.match(str(entry.get("id")))
        if not match or match.group(1) not in kinds:
            found.append(f"new_entities: {entry.get('id')!r} is not new:<kind>:<english name>")
        elif not isinstance(entry.get("names"), list):
            found.append(f"new_entities: {entry['id']} has no list of names")
        else:
            known.add(entry["id"])
    return known


def _date_problems(field: str, value: object, *, day: bool = False) -> list[str]:
    if not isinstance(value, str):  # a YAML date left unquoted is read as a date, not text
        return [f"{field}: {value!r} is not an EDTF string (quote it)"]
    try:
        span = dates.parse(value)
    except ValueError as error:
        return [f"{field}: {value!r} is not EDTF ({error})"]
    if day and span.start_key != span.end_key:
        return [f"{field}: {value!r} is not a day"]
    return []


def _event_problems(event: dict[str, Any], text: Text, known: set[str]) -> list[str]:
    found = _date_problems("date", event.get("date"))
    if event.get("type") not in vocabulary_terms("event_types"):
        found.append(f"type {event.get('type')!r} is not in the vocabulary")
    if event.get("status") not in EVENT_STATUSES:
        found.append(f"status {event.get('status')!r} is unknown")
    found += [f"passage {n} is not content" for n in event["passages"] if n not in text.content()]
    found += [f"unknown participant {i}" for i in event["participants"] if i not in known]
    return found


def _statement_problems(item: dict[str, Any], text: Text, known: set[str]) -> list[str]:
    found = _date_problems("date", item.get("date"))
    if item.get("kind") not in vocabulary_terms("statement_kinds"):
        found.append(f"kind {item.get('kind')!r} is not in the vocabulary")
    found += [f"unknown speaker {i}" for i in item["speakers"] if i not in known]
    number = item.get("passage")
    if number not in text.content():
        return [*found, f"passage {number} is not content"]
    if not in_passage(text.passages[number - 1], str(item.get("quote"))):
        found.append(f"quote not in passage {number}: {item.get('quote')!r}")
    return found


def _variant_problems(variant: dict[str, Any], text: Text) -> list[str]:
    number = variant.get("passage")
    if variant.get("entity") not in registry_ids():
        return [f"entity {variant.get('entity')!r} is not in the registry"]
    if number not in text.content():
        return [f"passage {number} is not content"]
    if not in_passage(text.passages[number - 1], str(variant.get("spelling"))):
        return [f"spelling not in passage {number}: {variant.get('spelling')!r}"]
    return []


def path_of(name: str) -> Path:
    """Return the path of a text of the corpus."""
    return CORPUS / f"{name}.txt"
