"""Which stored records may be the same event, statement or relation as new ones (drafted or
curated): read the records near each item in the graph, then score them (model/resemblance)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kb_service.curation.vocabulary import Vocabulary
from kb_service.model import dates
from kb_service.model.resemblance import (
    DEADLINE_TOLERANCE_DAYS,
    Features,
    Resemblance,
    best,
    tolerance,
    word_keys,
)
from kb_service.store.db import Reader

SECTIONS = {"events": "Event", "statements": "Statement", "relations": "Relation"}
_TERMS = {"Event": "event_types", "Statement": "statement_kinds", "Relation": "relation_types"}
# A stored record may be coarser than the new one (a month where the new one has a day): the
# graph is asked this much wider, and the score decides with both precisions. It also covers a
# deadline that moved (resemblance.DEADLINE_TOLERANCE_DAYS), so that rule widens no query.
QUERY_REACH_DAYS = max(31, DEADLINE_TOLERANCE_DAYS)
# A record of the same type is sought by its start, within about a month of the new record's
# (a month-precision record starts on the 1st): a range seek that reads the records of a few
# weeks whatever the graph's size. A stored record with a long or open span, or one late in a
# new record's year, is found through the actors both name instead.
SEEK_DAYS = 31
NOTHING = [1, 0]  # an empty range of day keys
PER_WAY = 100  # records read per item and way in (a bound on a very busy actor's records)


@dataclass(frozen=True)
class Item:
    """A new event, statement or relation: where it is, and what it is compared by."""

    key: int  # its position in the list asked about
    section: str  # events, statements or relations
    index: int  # its position in its section
    data: dict[str, Any]  # the item as curated or drafted
    excluded: frozenset[str]  # its not_same_as

    @property
    def label(self) -> str:
        """Return the item's label: Event, Statement or Relation."""
        return SECTIONS[self.section]


def items_of(document: Mapping[str, Any]) -> list[Item]:
    """Return the events, statements and relations of a source document, numbered."""
    found: list[Item] = []
    for section in SECTIONS:
        for index, item in enumerate(document.get(section) or []):
            excluded = frozenset(item.get("not_same_as") or [])
            found.append(Item(len(found), section, index, item, excluded))
    return found


def features_of(item: Item, vocabulary: Vocabulary) -> Features:
    """Return what a new item is compared by."""
    data, label = item.data, item.label
    span = dates.parse(data["date"]) if data.get("date") else dates.parse("../..")
    kind = data.get("type") or data.get("kind") or ""
    texts = [data.get(key) for key in ("title", "summary", "quote", "text_en")]
    texts += [evidence.get("quote") for evidence in data.get("evidence") or []]
    places = [*data.get("places", []), *([data["place"]] if data.get("place") else [])]
    term = vocabulary.get(_TERMS[label], kind)  # a term not known yet has no category
    return Features(
        id=data["id"],
        label=label,
        type=kind,
        plover=term.plover if term is not None else None,
        date=span.edtf,
        start_key=span.start_key,
        end_key=span.end_key,
        precision=span.precision,
        actors=frozenset(_actors(data)),
        places=frozenset(places),
        regions=frozenset(places),
        words=word_keys(texts),
        status=data.get("status") or "occurred",
    )


def _actors(data: Mapping[str, Any]) -> list[str]:
    participants = [p["actor"] for p in data.get("participants") or []]
    ends = [data[key] for key in ("subject", "object") if data.get(key)]
    speakers = [*data.get("speakers", []), *data.get("addressees", [])]
    return participants + speakers + ends


def _asked(item: Item, features: Features) -> dict[str, Any]:
    reach = max(tolerance(features.precision), QUERY_REACH_DAYS)
    low = max(dates.OPEN_START_KEY, features.start_key - reach)
    high = min(dates.OPEN_END_KEY, features.end_key + reach)
    # An open start seeks around its end, the only day it gives; a span seeks over its first
    # month at most.
    first = features.end_key if features.start_key == dates.OPEN_START_KEY else features.start_key
    last = min(features.end_key, first + SEEK_DAYS)
    slack = SEEK_DAYS + tolerance(features.precision)
    window = [first - slack, last + slack]
    return {
        "key": item.key,
        "id": features.id,
        "label": features.label,
        "type": features.type,
        "low": low,
        "high": high,
        # The seek of the other kind is given an empty range, so that it reads nothing.
        "event_seek": window if features.label == "Event" else NOTHING,
        "statement_seek": window if features.label == "Statement" else NOTHING,
        "actors": sorted(features.actors),
        "places": sorted(features.places),
        "excluded": sorted(item.excluded),
    }


def _stored(row: Mapping[str, Any]) -> Features:
    return Features(
        id=row["id"],
        label=row["label"],
        type=row["type"] or "",
        plover=row["plover"],
        date=row["date"] or "../..",
        start_key=row["start_key"],
        end_key=row["end_key"],
        precision=row["precision"],
        actors=frozenset(row["actors"]),
        places=frozenset(row["places"]),
        regions=frozenset(row["places"]) | frozenset(row["regions"]),
        words=word_keys(row["text"]),
        status=row["status"],
    )


def candidates(
    reader: Reader, items: Sequence[Item], vocabulary: Vocabulary
) -> dict[int, list[Resemblance]]:
    """Return, by item key, the stored records that may be the same as each item (best first,
    at most resemblance.MAX_CANDIDATES, none under resemblance.FLOOR)."""
    if not items:
        return {}
    features = {item.key: features_of(item, vocabulary) for item in items}
    asked = [_asked(item, features[item.key]) for item in items]
    rows = reader.read("read/same_record_candidates", items=asked, per_way=PER_WAY)
    near: dict[int, list[Features]] = {}
    stored: dict[str, Features] = {}  # a record near many items is read into features once
    for row in rows:
        key = row["key"]
        if key not in near:
            regions = features[key].regions | set(row["item_regions"])
            features[key] = replace(features[key], regions=regions)
        if row["id"] not in stored:
            stored[row["id"]] = _stored(row)
        near.setdefault(key, []).append(stored[row["id"]])
    found = {key: best(features[key], others) for key, others in near.items()}
    return {key: ranked for key, ranked in found.items() if ranked}


def annotate(reader: Reader, document: dict[str, Any], vocabulary: Vocabulary) -> int:
    """Add `same_as_candidates` to each drafted item of `document` that has any (after its
    review mark); return how many items got some."""
    items = items_of(document)
    found = candidates(reader, items, vocabulary)
    for item in items:
        if item.key in found:
            _insert_after_review(item.data, [c.as_dict() for c in found[item.key]])
    return len(found)


def _insert_after_review(data: dict[str, Any], listed: Iterable[dict[str, object]]) -> None:
    """Put same_as_candidates where a curator reads it first: after `id` and `review`."""
    rest = {k: v for k, v in data.items() if k not in ("id", "review")}
    head: dict[str, Any] = {k: data[k] for k in ("id", "review") if k in data}
    data.clear()
    data.update({**head, "same_as_candidates": list(listed), **rest})
