"""A time budget for a draft: a deadline that the drafter's steps check as they go (between
passages, and between the patterns and verbs of a long one), so that a text too long to draft
in time is refused with an error rather than left to the server's hard timeout, which kills
the worker. The check is cooperative: no signal or thread interrupts the work.

The deadline is held for the caller's context (a request), so that every step reaches it
without a parameter through each layer; without one, drafting has no deadline (`kb draft`).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from kb_service.errors import KbError

# (the monotonic time by which to finish, the budget in seconds)
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("draft_deadline", default=None)


class DraftOverBudget(KbError):
    """Drafting a text took longer than its time budget (answered 503 by the API)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"the text could not be drafted within {seconds:g} seconds: "
            "draft it in parts, or with `kb draft`"
        )
        self.seconds = seconds


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Draft inside the block with a deadline `seconds` from now."""
    token = _DEADLINE.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check() -> None:
    """Raise DraftOverBudget when the deadline has passed (never, without one)."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() >= deadline[0]:
        raise DraftOverBudget(deadline[1])
