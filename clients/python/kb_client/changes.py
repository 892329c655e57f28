"""The change log (`GET /api/v1/changes`) read as a generator that remembers where it stopped."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from kb_client.frames import to_frame

if TYPE_CHECKING:
    import pandas as pd


class Change(TypedDict):
    """One entry of the change log, in commit order."""

    seq: int
    at: str  # ISO-8601, UTC: when the knowledge base committed it
    op: Literal["created", "updated", "deleted"]
    kind: str
    id: str
    source: str | None  # the source whose write or retraction made the change


# Fetch one page of the log: the token to resume from (None: from the beginning) -> its body.
FetchChanges = Callable[[str | None], dict[str, Any]]


class ChangeFeed:
    """The changes after `since`, page by page until the API says `has_more: false`.

    Iterating yields each change (and the generator returns the token to resume from);
    `cursor` holds that token, advanced once every change of a page has been yielded, so a
    loop stopped early resumes at the start of its page: a change may come twice, none is missed.
    """

    def __init__(self, fetch: FetchChanges, since: str | None) -> None:
        self._fetch = fetch
        self.cursor: str | None = since
        self.caught_up = False

    def __iter__(self) -> Generator[Change, None, str | None]:
        while True:
            body = self._fetch(self.cursor)
            changes: list[Change] = body["data"]
            yield from changes
            following: str = body["next_cursor"]
            advanced = following != self.cursor
            self.cursor = following
            if not body.get("has_more") or not advanced:
                self.caught_up = True
                return self.cursor

    def to_list(self) -> list[Change]:
        """Read every change up to now; `cursor` is then the token for the next sync."""
        return list(self)

    def to_pandas(self) -> pd.DataFrame:
        """Return every change up to now as a DataFrame (seq, at, op, kind, id, source)."""
        return to_frame(self)
