"""The client: one method per question the API answers, lists as `Pages`, the change log as a
`ChangeFeed`, writes with an API key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

import httpx

from kb_client.changes import ChangeFeed
from kb_client.documents import Document, request_body
from kb_client.pages import Pages
from kb_client.transport import RetryPolicy, Transport, http_client

DEFAULT_URL = "http://127.0.0.1:8000"
Params = list[tuple[str, str]]


def query(filters: Mapping[str, Any]) -> Params:
    """Return filters as query pairs: None left out, booleans as true/false, dates in ISO
    form, a list or tuple repeated (`actor=a&actor=b`); a trailing `_` is dropped, so that
    Python can say `from_=` for `from`."""
    pairs: Params = []
    for key, value in filters.items():
        name = key.removesuffix("_")
        values = value if isinstance(value, list | tuple) else [value]
        pairs += [(name, _text(item)) for item in values if item is not None]
    return pairs


def segment(ident: str) -> str:
    """Return an id as one path segment (percent-encoded; a `/` cannot escape it)."""
    return quote(ident, safe="")


def _data(response: httpx.Response) -> dict[str, Any]:
    found: dict[str, Any] = response.json()["data"]
    return found


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


class Client:
    """The knowledge base's API at `base_url` (e.g. `make run`'s http://127.0.0.1:8000).

    `api_key` is needed for writes only. `cache`, a file path, keeps answers on disk and
    revalidates them with their ETags (the `cache` extra). `retry` bounds the retries of a 429
    or 503. Filters are the API's query parameters, as keywords (`from_` for `from`).
    """

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        api_key: str | None = None,
        *,
        cache: str | Path | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
    ) -> None:
        http = http_client(base_url, api_key, timeout, cache)
        self.transport = Transport(http, retry or RetryPolicy())

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections (and the cache's storage)."""
        self.transport.close()

    def request(self, method: str, path: str, **options: Any) -> httpx.Response:
        """Send a request to a path under /api/v1 and return its answer (raising the typed
        exception of an error, after the retries the policy allows)."""
        return self.transport.send(method, path, **options)

    def get(self, path: str, **filters: Any) -> dict[str, Any]:
        """Return the JSON body of a GET under /api/v1, with these filters."""
        body: dict[str, Any] = self.request("GET", path, params=query(filters)).json()
        return body

    def pages(self, path: str, **filters: Any) -> Pages:
        """Return every record of the list at `path`, read page by page."""

        def fetch(cursor: str | None) -> dict[str, Any]:
            return self.get(path, **filters, cursor=cursor)

        return Pages(fetch)

    def record(self, path: str, **filters: Any) -> dict[str, Any]:
        """Return the `data` of a one-record answer; where the answer has a top-level `sources`
        map (an event, a statement), the record carries it as `sources` (id -> source), so
        that the ids its evidence and versions cite can be looked up."""
        body = self.get(path, **filters)
        found: dict[str, Any] = body["data"]
        if isinstance(body.get("sources"), dict) and "sources" not in found:
            found = {**found, "sources": body["sources"]}
        return found

    # Lists: every one is a `Pages` (iterate it, or `.to_pandas()`).

    def timeline(self, **filters: Any) -> Pages:
        """Events (and statements with include=statements|all) in time order."""
        return self.pages("/timeline", **filters)

    def statements(self, **filters: Any) -> Pages:
        """Who said what: speaker, about, addressed_to, statement_kind, from_, to, contested,
        ..."""
        return self.pages("/statements", **filters)

    def actor_statements(self, actor_id: str, **filters: Any) -> Pages:
        """What one actor said."""
        return self.pages(f"/actors/{segment(actor_id)}/statements", **filters)

    def actors(self, **filters: Any) -> Pages:
        """Actors in id order (actor_kind=...)."""
        return self.pages("/actors", **filters)

    def places(self, **filters: Any) -> Pages:
        """Places in id order (place_kind=...)."""
        return self.pages("/places", **filters)

    def conflicts(self, **filters: Any) -> Pages:
        """Conflicts in id order."""
        return self.pages("/conflicts", **filters)

    def sources(self, **filters: Any) -> Pages:
        """Sources in id order."""
        return self.pages("/sources", **filters)

    def search(self, q: str, **filters: Any) -> Pages:
        """Ranked hits across actors, places, conflicts, events and statements."""
        return self.pages("/search", q=q, **filters)

    # One record each.

    def event(self, event_id: str, **filters: Any) -> dict[str, Any]:
        """One event with its related events and the statements about it."""
        return self.record(f"/events/{segment(event_id)}", **filters)

    def statement(self, statement_id: str, **filters: Any) -> dict[str, Any]:
        """One statement."""
        return self.record(f"/statements/{segment(statement_id)}", **filters)

    def actor(self, actor_id: str, **filters: Any) -> dict[str, Any]:
        """One actor: names, kind, QID, dated relations, conflicts."""
        return self.record(f"/actors/{segment(actor_id)}", **filters)

    def place(self, place_id: str, **filters: Any) -> dict[str, Any]:
        """One place and the events there."""
        return self.record(f"/places/{segment(place_id)}", **filters)

    def conflict(self, conflict_id: str, **filters: Any) -> dict[str, Any]:
        """One conflict: parties, mediators, key dates."""
        return self.record(f"/conflicts/{segment(conflict_id)}", **filters)

    def source(self, source_id: str) -> dict[str, Any]:
        """One source: metadata and numbered passages."""
        return self.record(f"/sources/{segment(source_id)}")

    def date(self, edtf: str, lang: str = "en") -> dict[str, Any]:
        """An EDTF date as the service stores it, and in words."""
        return self.record("/dates", edtf=edtf, lang=lang)

    def timeline_counts(self, bucket: str, **filters: Any) -> dict[str, Any]:
        """Events per day, week, month or year (by=type|actor|place|conflict)."""
        return self.record("/timeline/counts", bucket=bucket, **filters)

    def graph(self, center: str, depth: int = 1) -> dict[str, Any]:
        """A record's neighbourhood as Cytoscape.js elements."""
        return self.get("/graph", center=center, depth=depth)

    def vocabulary(self) -> dict[str, Any]:
        """Every term: event types, statement kinds, actor and place kinds, relation types."""
        return self.record("/vocabulary")

    # The change log.

    def changes(self, since: str | None = None, limit: int = 500) -> ChangeFeed:
        """What was created, updated and deleted after `since` (a token a previous feed's
        `cursor` gave; None: from the beginning), in commit order."""

        def fetch(cursor: str | None) -> dict[str, Any]:
            return self.get("/changes", since=cursor, limit=limit)

        return ChangeFeed(fetch, since)

    # Writes (the API key).

    def add_source(
        self,
        document: Document,
        texts: Mapping[str, Path | bytes] | None = None,
        *,
        dry_run: bool = False,
        strict: bool = False,
    ) -> dict[str, Any]:
        """Add or replace a curated source (a path, YAML text or JSON); a path's `text_file`
        is sent beside it. Return the change report."""
        options = {"dry_run": dry_run, "strict": strict}
        return self._write("/sources", request_body(document, texts), options)

    def add_registry(self, document: Document, *, dry_run: bool = False) -> dict[str, Any]:
        """Add registry entries, or merge them onto stored ones; return the change report."""
        return self._write("/registry", request_body(document, None), {"dry_run": dry_run})

    def add_vocabulary(self, document: Document, *, dry_run: bool = False) -> dict[str, Any]:
        """Add vocabulary terms; return the change report."""
        return self._write("/vocabulary", request_body(document, None), {"dry_run": dry_run})

    def retract_source(self, source_id: str) -> dict[str, Any]:
        """Retract a source and everything only it supported; return the change report."""
        return _data(self.request("DELETE", f"/sources/{segment(source_id)}"))

    def remove_registry_entry(self, entry_id: str) -> dict[str, Any]:
        """Remove a registry entry that no source cites (Conflict otherwise)."""
        return _data(self.request("DELETE", f"/registry/{segment(entry_id)}"))

    def _write(self, path: str, body: dict[str, Any], flags: dict[str, bool]) -> dict[str, Any]:
        params = query({name: True for name, on in flags.items() if on})
        return _data(self.request("POST", path, params=params, **body))
