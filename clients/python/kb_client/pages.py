"""Lists: `{"data": [...], "next_cursor": ...}` pages, followed from cursor to cursor."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from kb_client.frames import to_frame

if TYPE_CHECKING:
    import pandas as pd

Record = dict[str, Any]
# Fetch one page: the cursor to start from (None for the first page) -> the page's body.
FetchPage = Callable[[str | None], dict[str, Any]]


class Pages:
    """Every record of a list, read page by page as it is iterated (each page asked once per
    iteration). Iterating again asks the API again, from the first page."""

    def __init__(self, fetch: FetchPage) -> None:
        self._fetch = fetch
        # The sources the records read so far cite (`evidence[].source`, `versions[].source`
        # are ids), by id: each page's top-level `sources`, gathered as pages are read.
        self.sources: dict[str, Record] = {}

    def pages(self) -> Iterator[dict[str, Any]]:
        """Yield each page's body, following `next_cursor` until it is null."""
        cursor: str | None = None
        while True:
            body = self._fetch(cursor)
            self.sources.update(body.get("sources") or {})
            yield body
            following = body.get("next_cursor")
            if not following:
                return
            if following == cursor:
                raise RuntimeError(f"the API answered the same cursor twice: {cursor!r}")
            cursor = following

    def __iter__(self) -> Iterator[Record]:
        for body in self.pages():
            yield from body["data"]

    def to_list(self) -> list[Record]:
        """Return every record of every page."""
        return list(self)

    def to_pandas(self) -> pd.DataFrame:
        """Return every record as a DataFrame row, the EDTF bounds as datetime columns
        (`date_earliest`, `date_latest`); needs the `pandas` extra."""
        return to_frame(self)
