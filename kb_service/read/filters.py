"""The filters of the dated lists: what the timeline, the statement list and the counts take."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from kb_service.model.dates import OPEN_END_KEY, OPEN_START_KEY

Order = Literal["asc", "desc"]


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
