"""The full records of the events and statements a page keeps: each with the summary of the
versions its sources published, as of a date or as known on a time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kb_service.model import versions
from kb_service.store.db import Database, Reader


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


def held(
    db: Database, rows: list[dict[str, Any]], as_of_key: int | None, known_on: datetime | None
) -> list[dict[str, Any]]:
    """Return the full records of `rows` that some source reported by `as_of` and that the
    knowledge base held on `known_on` (each given only what it held then)."""
    found = records(db, rows, as_of_key, known_on)
    if known_on is not None:
        found = [record for record in found if record["versions"]]
    if as_of_key is not None:
        found = [record for record in found if record["evidence"]]
    return found


def known_ids(db: Reader, ids: list[str], known_on: datetime | None) -> set[str] | None:
    """Return which of `ids` the knowledge base held on `known_on` (None: no filter)."""
    known = _known_sources(db, ids, known_on)
    return None if known is None else {ident for ident, sources in known.items() if sources}


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
