"""What the timeline and the statement list share: their filters, the keyset parameters of
a page, the page queries' runner, and the full records of the rows a page keeps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from kb_service.model import versions
from kb_service.model.dates import OPEN_END_KEY, OPEN_START_KEY
from kb_service.read import keyset, pages
from kb_service.store.db import Database, Reader

Order = Literal["asc", "desc"]
_FIRST = {"asc": [-1, -1, ""], "desc": [10**9, 10**9, "\uffff"]}
CURSOR_SHAPE = (int, int, str)


@dataclass(frozen=True)
class Filters:
    """Filters shared by the timeline and the statement list (None means no filter)."""

    from_key: int = OPEN_START_KEY
    to_key: int = OPEN_END_KEY
    conflict: str | None = None
    actors: list[str] | None = None
    place: str | None = None
    types: list[str] | None = None
    text: str | None = None
    as_of_key: int | None = None
    known_on: datetime | None = None  # as_known_on: what the knowledge base held at this time
    order: Order = "asc"
    within: bool = False  # only records certainly inside [from, to], not all that may overlap it
    statuses: list[str] | None = None  # events' reported status; a statement counts as occurred
    statement_filters: dict[str, Any] = field(default_factory=dict)


def keyset_params(filters: Filters, cursor: str | None, limit: int) -> dict[str, Any]:
    """Return the parameters every keyset list query takes."""
    after = pages.decode(cursor, CURSOR_SHAPE) or _FIRST[filters.order]
    return {
        "from_key": filters.from_key,
        "to_key": filters.to_key,
        "after_seek": after[0],
        "after_end": after[1],
        "after_id": after[2],
        "conflict": filters.conflict,
        "place": filters.place,
        "as_of_key": filters.as_of_key,
        "known_on": filters.known_on,
        "within": filters.within,
        "bands": keyset.bands(filters.order, filters.from_key, filters.to_key, after),
        "limit": limit + 1,
    }


def page_rows(
    db: Reader,
    queries: dict[str, keyset.Queries],
    filters: Filters,
    params: dict[str, Any],
    ids: list[str] | None,
    **extra: Any,
) -> list[dict[str, Any]]:
    """Run one list's page queries with the shared keyset parameters and the list's own."""
    if ids == []:
        return []
    every = {**params, "actors": filters.actors, "ids": ids, **extra}
    return keyset.rows(db, queries[filters.order], filters.order, every)


def records(
    db: Database,
    rows: list[dict[str, Any]],
    as_of_key: int | None,
    known_on: datetime | None = None,
) -> list[dict[str, Any]]:
    """Return the full records of (kind, id) rows, in the rows' order; with `known_on`, only
    the versions and evidence of the sources that had asserted them by then."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, query in (("event", "read/event_records"), ("statement", "read/statement_records")):
        ids = [row["id"] for row in rows if row["kind"] == kind]
        if ids:
            known = _known_sources(db, ids, known_on)
            for result in db.read(query, ids=ids, as_of_key=as_of_key):
                record = result["record"]
                if known is not None:
                    record = _as_known(record, known.get(record["id"], set()))
                found[(kind, record["id"])] = summarised(record)
    return [found[(row["kind"], row["id"])] for row in rows if (row["kind"], row["id"]) in found]


def _known_sources(
    db: Reader, ids: list[str], known_on: datetime | None
) -> dict[str, set[str]] | None:
    """Return, per record, the sources that had asserted it by `known_on` (None: no filter)."""
    if known_on is None:
        return None
    rows = db.read("read/changes_known_sources", ids=ids, known_on=known_on)
    return {row["id"]: set(row["sources"]) for row in rows}


def _as_known(record: dict[str, Any], sources: set[str]) -> dict[str, Any]:
    """Keep only the versions and evidence of `sources`."""
    return {
        **record,
        "versions": [v for v in record["versions"] if _source_id(v) in sources],
        "evidence": [e for e in record["evidence"] if _source_id(e) in sources],
    }


def _source_id(item: dict[str, Any]) -> str:
    """Return the id of the source a version or evidence item cites (a map or its id)."""
    source = item["source"]
    return str(source["id"] if isinstance(source, dict) else source)


def summarised(record: dict[str, Any]) -> dict[str, Any]:
    """Give a record the summary of the versions it carries (those published by `as_of`, when
    given): its top-level fields, `disagree_on` and `sources_disagree`."""
    kind = record["kind"]
    shown = [_version(kind, version) for version in record["versions"]]
    if shown:  # a record no source reports by `as_of` is left out by the caller
        props = versions.summary(shown)
        record.update(_event_fields(props) if kind == "event" else _statement_fields(props))
    record["disagree_on"] = versions.disagreements(kind, shown)
    record["sources_disagree"] = bool(record["disagree_on"])
    for version in record["versions"]:
        del version["claim"], version["published_key"]
    return record


def _version(kind: str, version: dict[str, Any]) -> versions.Version:
    if kind == "event":
        actors = frozenset(participant["id"] for participant in version["participants"])
    else:
        actors = frozenset(version["speakers"])
    return versions.Version(
        version["source"]["id"], version["published_key"], version["claim"], actors
    )


def _date(props: dict[str, Any]) -> dict[str, Any]:
    """Return the summary's date as records show it."""
    start, end = props.get("start"), props.get("end")
    return {
        "edtf": props["date"],
        "earliest": start.isoformat() if start else None,
        "latest": end.isoformat() if end else None,
        "precision": props["precision"],
        "uncertain": props["uncertain"],
        "approximate": props["approximate"],
    }


def _event_fields(props: dict[str, Any]) -> dict[str, Any]:
    every = props.get("renewal_every")
    renewal = None
    if every is not None:
        renewal = {
            "every": every,
            "automatic": props.get("renewal_automatic"),
            "unless": props.get("renewal_unless"),
        }
    return {
        "title": props["title"],
        # the title in the source's own words, only when the curator gave one
        **{name: props[name] for name in ("title_ar", "title_ru") if props.get(name)},
        "type": props["type"],
        "plover": props.get("plover"),
        "cameo": props.get("cameo"),
        "summary": props.get("summary"),
        "status": props.get("status") or "occurred",
        "renewal": renewal,
        "date": _date(props),
    }


def _statement_fields(props: dict[str, Any]) -> dict[str, Any]:
    return {
        "statement_kind": props["kind"],
        "plover": props.get("plover"),
        "quote": props["quote"],
        "language": props["language"],
        "text_en": props["text_en"],
        "date": _date(props),
    }
