"""The cost of finding same-record candidates for a batch of drafted items, against a timeline
page in the same run (alternating, so that both see the same machine and cache).

The items are second reports of stored events: each takes a stored event's type, date and
participants under a new id, as a draft of another text would. The figure is the ratio of the
candidate query (with its scoring) to the first timeline page.
"""

from __future__ import annotations

import random
import statistics
import time
from typing import Any

from bench.cypher_files import statement
from kb_service.curation import vocabulary
from kb_service.read import candidates
from kb_service.read.filters import Filters
from kb_service.read.timeline import timeline
from kb_service.store.db import Database

BATCH = 10  # drafted items per call: the events of a long article


def drafted_items(db: Database, count: int, seed: int) -> list[dict[str, Any]]:
    """Return `count` drafted events that repeat stored ones under new ids."""
    rng = random.Random(seed)  # noqa: S311 (a reproducible sample, not a secret)
    counts = db.read("admin/counts")
    events = next((row["count"] for row in counts if row["what"] == "Event"), 0)
    skip = rng.randrange(max(1, events - count))
    with db.driver.session(database=db.name) as session:
        sampled = session.run(statement("sample_drafted_events"), skip=skip, n=count)
        rows = [record.data() for record in sampled]
    return [
        {
            "id": f"bench-draft-{n}",
            "title": f"Drafted: {row['type']}",
            "type": row["type"],
            "date": row["date"],
            "participants": [{"actor": a, "role": "named"} for a in row["actors"]],
            "evidence": [],
        }
        for n, row in enumerate(rows)
    ]


def cost(db: Database, samples: int = 60, seed: int = 11) -> dict[str, Any]:
    """Time the candidate query for a batch of drafted events and a timeline page, alternating."""
    terms = vocabulary.stored(db)
    timings: dict[str, list[float]] = {"candidates": [], "timeline_page": []}
    found = 0
    for sample in range(samples):
        items = candidates.items_of({"events": drafted_items(db, BATCH, seed + sample)})
        start = time.perf_counter()
        found += len(candidates.candidates(db, items, terms))
        timings["candidates"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        timeline(db, Filters(), "events", None, 50)
        timings["timeline_page"].append((time.perf_counter() - start) * 1000)
    figures: dict[str, Any] = {
        name: {
            "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(statistics.quantiles(values, n=20)[-1], 2),
        }
        for name, values in timings.items()
    }
    baseline = figures["timeline_page"]["p50_ms"]
    figures["ratio_p50"] = round(figures["candidates"]["p50_ms"] / baseline, 2)
    figures["items_per_call"] = BATCH
    figures["items_with_candidates"] = found
    figures["calls"] = samples
    return figures
