"""The cost of the change log (GET /api/v1/changes) and of `as_known_on`, against a timeline page
in the same run, alternating, so that all see the same machine and cache.

Each case calls the data-access function its route calls (kb_service.read.changes and
kb_service.read.timeline), as bench/counts_cost.py does: a page of 100 changes from the start
of the log, from its middle and at its end (a client caught up), and a timeline page as known
at the middle of the log. The log was written by the ingest phase: one change per record.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from kb_service.read import changes
from kb_service.read.filters import Filters
from kb_service.read.timeline import timeline
from kb_service.store.db import Database

KEY = b"bench-changes"
PAGE = 100


def _figures(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(values), 2),
        "p95_ms": round(statistics.quantiles(values, n=20)[-1], 2),
    }


def _cursor_at(db: Database, seq: int) -> str | None:
    """Return a cursor that resumes after change `seq` (None: the start)."""
    found = db.read("read/changes_at", seq=seq)
    if seq <= 0 or not found:
        return None
    return changes.issue((seq, changes.iso(found[0]["at"])), KEY)


def cases(db: Database) -> dict[str, Callable[[], Any]]:
    """Return the cases by name: what each reads."""
    upto = db.read("read/changes_upto")[0]["upto"]
    middle, end = _cursor_at(db, upto // 2), _cursor_at(db, upto)
    found = db.read("read/changes_at", seq=max(upto // 2, 1))
    known_on = changes.known_on(changes.iso(found[0]["at"])) if found else None
    return {
        "changes_first_page": lambda: changes.changes(db, None, PAGE, KEY),
        "changes_middle_page": lambda: changes.changes(db, middle, PAGE, KEY),
        "changes_caught_up": lambda: changes.changes(db, end, PAGE, KEY),
        "timeline_as_known_on_middle": lambda: timeline(
            db, Filters(known_on=known_on), "events", None, 50
        ),
    }


def cost(db: Database, samples: int = 30) -> dict[str, Any]:
    """Time each case and a timeline page, alternating; return p50/p95 and the ratios."""
    named = cases(db)
    timings: dict[str, list[float]] = {name: [] for name in (*named, "timeline_page")}
    for _ in range(samples):
        for name, case in named.items():
            start = time.perf_counter()
            case()
            timings[name].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        timeline(db, Filters(), "events", None, 50)
        timings["timeline_page"].append((time.perf_counter() - start) * 1000)
    baseline = _figures(timings["timeline_page"])
    changes_logged = db.read("read/changes_upto")[0]["upto"]
    figures: dict[str, Any] = {
        "timeline_page": baseline,
        "samples": samples,
        "changes_logged": changes_logged,
    }
    for name in named:
        measured = _figures(timings[name])
        figures[name] = {
            **measured,
            "ratio_p50": round(measured["p50_ms"] / baseline["p50_ms"], 2),
            "ratio_p95": round(measured["p95_ms"] / baseline["p95_ms"], 2),
        }
    return figures
