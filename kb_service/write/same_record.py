"""Warn, at ingest, of a new event, statement or relation that looks like one already stored.

A second report of a known event should reuse the stored record's id (the record then holds
both sources' versions); a new id makes a duplicate. So a new record (an id not stored yet)
whose best candidate scores at least resemblance.THRESHOLD, and that does not list it under
`not_same_as`, is a warning in the change report; with `strict`, an error, and nothing is
written.
"""

from __future__ import annotations

from typing import Any

from kb_service.curation import Batch, CurationError, Document, Problem
from kb_service.curation.problems import field_path
from kb_service.model.resemblance import THRESHOLD, Resemblance
from kb_service.read.candidates import Item, candidates, items_of
from kb_service.store.db import Reader

HINT = (
    "reuse the candidate's id to add this source's version to it, or list it under "
    "not_same_as if it is another record"
)


def warnings(reader: Reader, document: Document, batch: Batch) -> list[dict[str, Any]]:
    """Return a warning for each new record of `document` that a stored one resembles."""
    if document.kind != "source":
        return []
    items = items_of(document.data)
    stored = reader.read(
        "read/stored_fingerprints", rows=[{"label": i.label, "id": i.data["id"]} for i in items]
    )
    known = {row["id"] for row in stored}
    new = [item for item in items if item.data["id"] not in known]
    found = candidates(reader, new, batch.vocabulary)
    return [
        _warning(document, item, found[item.key][0])
        for item in new
        if item.key in found and found[item.key][0].score >= THRESHOLD
    ]


def of_batch(reader: Reader, batch: Batch) -> list[dict[str, Any]]:
    """Return the warnings of every document of `batch`."""
    return [w for document in batch.documents() for w in warnings(reader, document, batch)]


def refuse(found: list[dict[str, Any]]) -> None:
    """Raise CurationError naming each warning's file, line, field and candidate (strict)."""
    if found:
        raise CurationError([_problem(w) for w in found])


def _warning(document: Document, item: Item, best: Resemblance) -> dict[str, Any]:
    path = (item.section, item.index, "id")
    ident = item.data["id"]
    return {
        "file": document.name,
        "line": document.loaded.line(path),
        "field": field_path(path),
        "id": ident,
        "candidate": best.id,
        "score": best.score,
        "reasons": list(best.reasons),
        "message": f"new '{ident}' may be the stored '{best.id}' (score {best.score}: "
        + "; ".join(best.reasons)
        + ")",
    }


def _problem(warning: dict[str, Any]) -> Problem:
    details = {"candidate": warning["candidate"], "score": warning["score"]}
    return Problem(
        warning["file"], warning["line"], warning["field"], warning["message"], HINT, details
    )
