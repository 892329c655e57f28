"""Causal consistency across processes and hosts: the Neo4j bookmarks a request's reads must
wait for, and those its writes committed, kept per request (a context variable) so that the web
layer can set and read them without the store knowing of requests."""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar

import neo4j

# What carries the bookmarks to the service (api/consistency.py): errors about them name it.
CARRIER = "KB-Consistency-Token"
_awaited: ContextVar[tuple[str, ...]] = ContextVar("kb_awaited_bookmarks", default=())
_committed: ContextVar[tuple[str, ...]] = ContextVar("kb_committed_bookmarks", default=())


def start(awaited: Iterable[str] = ()) -> None:
    """Begin a unit of work (a request): its reads wait for `awaited`; nothing committed yet."""
    _awaited.set(tuple(sorted(set(awaited))))
    _committed.set(())


def awaited() -> neo4j.Bookmarks | None:
    """Return the bookmarks reads must wait for, or None when there are none."""
    values = _awaited.get()
    return neo4j.Bookmarks.from_raw_values(values) if values else None


def record_commit(bookmarks: neo4j.Bookmarks) -> None:
    """Remember the bookmarks of a transaction this unit of work committed."""
    _committed.set(tuple(sorted({*_committed.get(), *bookmarks.raw_values})))


def committed() -> tuple[str, ...]:
    """Return the bookmarks of what this unit of work committed (empty: it wrote nothing)."""
    return _committed.get()
