"""When a drafted item matches a gold item of bench/draft_corpus/, and when a curator would keep
it unchanged (bench/draft_corpus_quality.py)."""

from __future__ import annotations

from typing import Any

from bench.draft_quality import spans
from kb_service.model import names

# Keys of a proposed registry entry that hold no name of it.
NOT_NAMES = {"kind", "language", "review", "passage", "passages", "label", "wikidata"}

_QUOTES = str.maketrans("", "", '«»"“”„')  # marks a title is written in, not its words


def claims(entries: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[str | None]:
    """Return the gold new entity each proposed entry names (None when none), each gold entity
    claimed once, by the first entry that names it: a second entry for it is a duplicate."""
    taken: set[str] = set()
    found: list[str | None] = []
    for entry in entries:
        given = proposal_names(entry)
        match = next(
            (
                g["id"]
                for g in gold
                if g["id"] not in taken
                and any(same_name(a, b) for a in given for b in gold_names(g))
            ),
            None,
        )
        if match:
            taken.add(match)
        found.append(match)
    return found


def identities(entries: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, str]:
    """Return the gold id of each proposed entry's id that names a gold new entity (duplicates
    included), so that the draft's participants and speakers can be compared."""
    found = {}
    for entry in entries:
        given = proposal_names(entry)
        for g in gold:
            if isinstance(entry.get("id"), str) and any(
                same_name(a, b) for a in given for b in gold_names(g)
            ):
                found[entry["id"]] = g["id"]
                break
    return found


def passages_of(entry: dict[str, Any]) -> set[int]:
    """Return the passages where a proposed entry was read."""
    numbers = [entry.get("passage"), *(entry.get("passages") or [])]
    numbers += [seen.get("passage") for seen in entry.get("seen") or [] if isinstance(seen, dict)]
    return {n for n in numbers if isinstance(n, int)}


def event_key(item: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """Return the fields of a drafted event that the gold gives (proposed ids as the gold's)."""
    return {
        "type": item.get("type"),
        "date": item.get("date"),
        "status": item.get("status", "occurred"),
        "passages": {e["passage"] for e in item.get("evidence", [])},
        "participants": {ids.get(p["actor"], p["actor"]) for p in item.get("participants", [])},
    }


def events_match(drafted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Tell whether a drafted event has the gold's type and date, in one of its passages."""
    return (
        drafted["type"] == gold["type"]
        and drafted["date"] == gold["date"]
        and bool(drafted["passages"] & set(gold["passages"]))
    )


def kept_event(drafted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Tell whether a curator keeps a drafted event unchanged: every gold field right, and no
    passage the gold does not cite."""
    return (
        events_match(drafted, gold)
        and drafted["status"] == gold["status"]
        and drafted["participants"] == set(gold["participants"])
        and drafted["passages"] <= set(gold["passages"])
    )


def statement_place(
    item: dict[str, Any], passages: list[str], ids: dict[str, str]
) -> dict[str, Any]:
    """Return a statement's kind, speakers, date, passage and where its quote stands there
    (a drafted one's passage is its first evidence's)."""
    number = item.get("passage") or item["evidence"][0]["passage"]
    text = passages[number - 1] if 0 < number <= len(passages) else ""
    quotes = [item.get("quote") or ""] + [e.get("quote", "") for e in item.get("evidence", [])]
    places: list[tuple[int, int]] = []
    for quote in quotes:
        places = places or spans(text, quote)
    return {
        "kind": item.get("kind"),
        "speakers": {ids.get(i, i) for i in item.get("speakers", [])},
        "date": item.get("date"),
        "passage": number,
        "spans": places,
    }


def statements_match(drafted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Tell whether a drafted statement has a gold speaker and overlaps the gold's quote."""
    overlap = any(s < t2 and s2 < t for s, t in drafted["spans"] for s2, t2 in gold["spans"])
    same_place = drafted["passage"] == gold["passage"] and overlap
    return same_place and bool(drafted["speakers"] & gold["speakers"])


def kept_statement(drafted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Tell whether a curator keeps a drafted statement unchanged: every gold field right."""
    return (
        statements_match(drafted, gold)
        and drafted["kind"] == gold["kind"]
        and drafted["speakers"] == gold["speakers"]
        and drafted["date"] == gold["date"]
    )


def proposal_names(entry: object) -> list[str]:
    """Return every name a proposed registry entry gives, in any language."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, list):
        return [name for item in entry for name in proposal_names(item)]
    if isinstance(entry, dict):
        given = [n for k, v in entry.items() if k not in NOT_NAMES for n in proposal_names(v)]
        return [n.replace("-", " ") if n == entry.get("id") else n for n in given]
    return []


def gold_names(entry: dict[str, Any]) -> list[str]:
    """Return the names of a gold new entity: as the text writes them, and its English one."""
    return [*entry["names"], entry["id"].split(":", 2)[2]]


def same_name(a: str, b: str) -> bool:
    """Tell whether two names are the same, word by word, up to case endings, clitics and the
    quotation marks a title is written in (the outlet «Голос Америки» is Голос Америки)."""
    first, second = (names.fold(name.translate(_QUOTES)).split() for name in (a, b))
    if not first or len(first) != len(second):
        return False
    return all(
        _forms(x) & _forms(y) or _same_stem(x, y) for x, y in zip(first, second, strict=True)
    )


def _forms(word: str) -> set[str]:
    return {word, *names.Forms.of(word).variants}


def _same_stem(a: str, b: str) -> bool:
    # Russian adjectives and nouns decline beyond what the name variants undo (Кельбаджарского
    # района for Кельбаджарский район): the same word up to an ending of three letters or fewer.
    if not all("\u0400" <= c <= "\u04ff" for c in a + b):
        return False
    common = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= max(4, max(len(a), len(b)) - 3)
