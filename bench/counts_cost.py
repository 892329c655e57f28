"""The cost of the timeline's counts (GET /api/v1/timeline/counts) against a timeline page in the
same run, alternating, so that both see the same machine and cache.

Each case calls the data-access function the route calls (kb_service.read.timeline_counts), as
bench/candidate_cost.py does for candidates; the baseline is the first timeline page. Cases
with a window read only the bands that can overlap it; those without one count every event once.
"""

from __future__ import annotations

import statistics
import time
from typing import Any, NamedTuple

from kb_service.model import dates
from kb_service.read import timeline_counts
from kb_service.read.filters import Filters
from kb_service.read.timeline import timeline
from kb_service.store.db import Database


class CountCase(NamedTuple):
    """One counts request: its name, filters, bucket and grouping."""

    name: str
    filters: Filters
    bucket: str
    by: str | None


def _window(low: str, high: str, **more: Any) -> Filters:
    return Filters(from_key=dates.parse(low).start_key, to_key=dates.parse(high).end_key, **more)


def count_cases(manifest: dict[str, Any]) -> list[CountCase]:
    """Return the counts cases: whole timeline, half a year, one month, one actor."""
    return [
        CountCase("month_everything", Filters(), "month", None),
        CountCase("year_by_conflict_everything", Filters(), "year", "conflict"),
        CountCase("week_by_type_half_year", _window("2025-01", "2025-06"), "week", "type"),
        CountCase("day_by_actor_one_month", _window("2025-01", "2025-01"), "day", "actor"),
        CountCase("month_head_actor", Filters(actors=[manifest["head_actor"]]), "month", "type"),
    ]


def _figures(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(values), 2),
        "p95_ms": round(statistics.quantiles(values, n=20)[-1], 2),
    }


def cost(db: Database, manifest: dict[str, Any], samples: int = 30) -> dict[str, Any]:
    """Time each counts case and a timeline page, alternating; return p50/p95 and the ratios."""
    cases = count_cases(manifest)
    timings: dict[str, list[float]] = {case.name: [] for case in cases}
    timings["timeline_page"] = []
    sizes: dict[str, int] = {}
    for _ in range(samples):
        for case in cases:
            start = time.perf_counter()
            found = timeline_counts.counts(db, case.filters, case.bucket, case.by)
            timings[case.name].append((time.perf_counter() - start) * 1000)
            sizes[case.name] = len(found["buckets"])
            start = time.perf_counter()
            timeline(db, Filters(), "events", None, 50)
            timings["timeline_page"].append((time.perf_counter() - start) * 1000)
    baseline = _figures(timings["timeline_page"])
    figures: dict[str, Any] = {"timeline_page": baseline, "samples": samples}
    for case in cases:
        measured = _figures(timings[case.name])
        figures[case.name] = {
            **measured,
            "ratio_p50": round(measured["p50_ms"] / baseline["p50_ms"], 2),
            "ratio_p95": round(measured["p95_ms"] / baseline["p95_ms"], 2),
            "buckets": sizes[case.name],
        }
    return figures
