"""The query cases: each is one API URL and the same Cypher, with the same parameters, that
kb_service.read.timeline runs for it (its page queries, then the records of the ids they find)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from kb_service.model import dates
from kb_service.read import pages, statements, timeline
from kb_service.read.filters import Filters
from kb_service.store.db import Reader

PAGE = 50
RECORD_QUERIES = {"event": "read/event_records", "statement": "read/statement_records"}


@dataclass(frozen=True)
class Case:
    """One page request: the API path and query, and what kb_service.read.timeline makes of it."""

    name: str
    kind: str  # "event" or "statement"
    query: dict[str, Any]
    filters: Filters = field(default_factory=Filters)
    cursor: str | None = None
    page: int = 1

    @property
    def path(self) -> str:
        """Return the API path with its query string."""
        resource = "timeline" if self.kind == "event" else "statements"
        pairs = [*self.query.items(), *([("cursor", self.cursor)] if self.cursor else [])]
        return f"/api/v1/{resource}?{urlencode(pairs, doseq=True)}"

    @property
    def records_query(self) -> str:
        """Return the name of the records query for this case."""
        return RECORD_QUERIES[self.kind]

    def rows(self, reader: Reader) -> list[dict[str, Any]]:
        """Return the page's (kind, id, keys) rows (PAGE + 1 at most), reading through `reader`
        exactly the query files, in the order and with the parameters, that the service runs."""
        pick = timeline.event_rows if self.kind == "event" else statements.statement_rows
        return pick(reader, self.filters, self.cursor, PAGE)

    def previous_params(self) -> dict[str, Any]:
        """Return the parameters of the previous keyset query (bench/cypher/previous_*)."""
        base = pages.keyset_params(self.filters, self.cursor, PAGE)
        extra = {"types": self.filters.types, "actors": self.filters.actors, "ids": None}
        return {**base, "after_start": base["after_seek"], **extra}


def _range(low: str, high: str) -> Filters:
    return Filters(from_key=dates.parse(low).start_key, to_key=dates.parse(high).end_key)


def standard_cases(manifest: dict[str, Any]) -> list[Case]:
    """Return the page-1 cases: filtered, date ranges, actor filters and who-said-what."""
    head, tail = manifest["head_actor"], manifest["tail_actor"]
    conflict = manifest["head_conflict"]
    return [
        Case("timeline_page1", "event", {"limit": PAGE}),
        Case(
            "timeline_filtered",
            "event",
            {"conflict": conflict, "type": "shelling", "limit": PAGE},
            Filters(conflict=conflict, types=["shelling"]),
        ),
        Case(
            "timeline_range_early",
            "event",
            {"from": "1990", "to": "1991", "limit": PAGE},
            _range("1990", "1991"),
        ),
        Case(
            "timeline_range_late",
            "event",
            {"from": "2025-01", "to": "2025-06", "limit": PAGE},
            _range("2025-01", "2025-06"),
        ),
        Case(
            "timeline_actor_head", "event", {"actor": head, "limit": PAGE}, Filters(actors=[head])
        ),
        Case(
            "timeline_actor_tail", "event", {"actor": tail, "limit": PAGE}, Filters(actors=[tail])
        ),
        Case(
            "statements_speaker",
            "statement",
            {"speaker": head, "limit": PAGE},
            Filters(statement_filters={"speakers": [head]}),
        ),
        Case(
            "statements_contested",
            "statement",
            {"contested": "true", "limit": PAGE},
            Filters(statement_filters={"contested": True}),
        ),
        Case(
            "statements_range",
            "statement",
            {"from": "2020-09", "to": "2020-10", "limit": PAGE},
            _range("2020-09", "2020-10"),
        ),
    ]


def deep_case(cursor: str, page: int) -> Case:
    """Return the unfiltered timeline page `page`, reached through `cursor`."""
    return Case(f"timeline_page{page}", "event", {"limit": PAGE}, cursor=cursor, page=page)
