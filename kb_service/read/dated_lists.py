"""What the timeline and the statement list share: their filters, the keyset parameters of
a page, the page queries' runner, and the full records of the rows a page keeps."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    db: Database, rows: list[dict[str, Any]], as_of_key: int | None
) -> list[dict[str, Any]]:
    """Return the full records of (kind, id) rows, in the rows' order."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, query in (("event", "read/event_records"), ("statement", "read/statement_records")):
        ids = [row["id"] for row in rows if row["kind"] == kind]
        if ids:
            for result in db.read(query, ids=ids, as_of_key=as_of_key):
                record = summarised(result["record"])
                found[(kind, record["id"])] = record
    return [found[(row["kind"], row["id"])] for row in rows if (row["kind"], row["id"]) in found]


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
