"""Ingestion figures: the real path against the naive loader, each in a process of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from kb_service.store.db import Database


def graph_size(db: Database) -> dict[str, Any]:
    """Count nodes and relationships: the records an ingestion wrote."""
    counts = {row["what"]: row["count"] for row in db.read("admin/counts")}
    nodes = sum(n for what, n in counts.items() if not what.isupper())
    return {"nodes": nodes, "relationships": sum(counts.values()) - nodes, "by_kind": counts}


def load(uri: str, curated: Path, loader: str, options: list[str]) -> dict[str, Any]:
    """Run bench.load_child and return the JSON line it prints."""
    command = [sys.executable, "-m", "bench.load_child", loader, "--uri", uri]
    command += ["--curated", str(curated), *options]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{loader} load failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _with_rate(result: dict[str, Any], size: dict[str, Any]) -> dict[str, Any]:
    records = size["nodes"] + size["relationships"]
    return {
        **result,
        "records": records,
        "records_per_second": round(records / result["seconds"], 1),
        "write_records_per_second": round(records / result["write_seconds"], 1),
        "events": size["by_kind"].get("Event", 0),
        "events_per_second": round(size["by_kind"].get("Event", 0) / result["seconds"], 1),
    }


def compare_on_subset(db: Database, uri: str, curated: Path, sources: str) -> dict[str, Any]:
    """Load the same files with the naive loader and with the real path, each into an empty
    graph, and return the rates and their ratios. The real path runs twice: first with Neo4j's
    plan cache cold for its queries (as the first `kb ingest` after a start), then warm."""
    runs: dict[str, Any] = {}
    for name, loader in (("naive", "naive"), ("real", "real"), ("real_warm", "real")):
        db.run_batched("admin/wipe")
        result = load(uri, curated, loader, ["--sources", sources])
        runs[name] = _with_rate(result, graph_size(db))
    naive = runs["naive"]
    ratios = {
        name: {
            "end_to_end": round(run["records_per_second"] / naive["records_per_second"], 2),
            "write_phase": round(
                run["write_records_per_second"] / naive["write_records_per_second"], 2
            ),
        }
        for name, run in runs.items()
        if name != "naive"
    }
    same_graph = runs["naive"]["records"] == runs["real"]["records"]
    return {"sources": sources, "runs": runs, "ratios": ratios, "same_graph_size": same_graph}


def full(db: Database, uri: str, curated: Path, slice_files: int | None) -> dict[str, Any]:
    """Load the whole corpus through the real path (in slices of files when asked)."""
    db.run_batched("admin/wipe")
    total = len(list((curated / "sources").glob("*.yaml")))
    step = slice_files or total
    slices = []
    for start in range(0, total, step):
        options = ["--sources", f"{start}:{start + step}"]
        options += ["--no-registry"] if start else []
        slices.append(load(uri, curated, "real", options))
    seconds = sum(part["seconds"] for part in slices)
    merged = {
        "seconds": seconds,
        "validate_seconds": sum(part.get("validate_seconds", 0.0) for part in slices),
        "write_seconds": sum(part["write_seconds"] for part in slices),
        "peak_rss_kib": max(part["peak_rss_kib"] for part in slices),
        "slices": slices,
    }
    return _with_rate(merged, graph_size(db))
