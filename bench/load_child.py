"""Load a corpus (or part of it) in a process of its own, so that its peak RSS is its own.

    python -m bench.load_child real|naive --uri bolt://... --curated DIR
        [--sources A:B] [--no-registry]

Prints one JSON line: seconds in total, in validation and in writing, peak RSS, and the
ingest report. The real path runs unchanged; only its call to validate is wrapped, to time it.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from bench.environment import rss_kib, settings_for
from kb_service.curation import Batch, collect_files
from kb_service.store.db import Database
from kb_service.write import ingest as ingest_module


def chosen_files(curated: Path, sources: str, registry: bool) -> list[Path]:
    """Return the registry (unless left out) and the slice A:B of the source files."""
    start, _, end = sources.partition(":")
    files = sorted((curated / "sources").glob("*.yaml"))
    picked = files[int(start or 0) : int(end) if end else None]
    return ([curated / "registry.yaml"] if registry else []) + picked


def timed_validation(timings: dict[str, Any]) -> Any:
    """Wrap the validate function that kb_service.write.ingest calls, to time it and its memory."""
    original = ingest_module.validate  # type: ignore[attr-defined]

    def validate(*args: Any, **kwargs: Any) -> Batch:
        started = time.perf_counter()
        batch = original(*args, **kwargs)
        timings["validate_seconds"] = time.perf_counter() - started
        timings["rss_after_validation_kib"] = rss_kib(_self())["rss_kib"]
        return batch

    ingest_module.validate = validate  # type: ignore[attr-defined]
    return original


def _self() -> int:
    return int(Path("/proc/self/stat").read_text().split()[0])


def run_real(db: Database, paths: list[Path], timings: dict[str, Any]) -> dict[str, Any]:
    """Load through kb_service.write.ingest.ingest, exactly as `kb ingest` does."""
    timed_validation(timings)
    report = ingest_module.ingest(db, collect_files(paths))
    return report.as_dict()


def run_naive(db: Database, paths: list[Path], timings: dict[str, Any]) -> dict[str, Any]:
    """Validate the same way, then write one auto-committed MERGE per node and relationship."""
    from bench.naive import NaiveLoader

    original = timed_validation(timings)
    look_up = ingest_module.look_up_labels(db)
    batch = ingest_module.validate(collect_files(paths), look_up)  # type: ignore[attr-defined]
    del original
    loader = NaiveLoader(db.driver, db.name)
    loader.load(batch)
    return {"statements": loader.statements, "files": len(batch.files)}


def main() -> None:
    """Parse the command line, load, and print the figures as JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("loader", choices=("real", "naive"))
    parser.add_argument("--uri", required=True)
    parser.add_argument("--curated", type=Path, required=True)
    parser.add_argument("--sources", default=":")
    parser.add_argument("--no-registry", action="store_true")
    args = parser.parse_args()
    paths = chosen_files(args.curated, args.sources, not args.no_registry)
    db = Database(settings_for(args.uri))
    timings: dict[str, Any] = {}
    started = time.perf_counter()
    run = run_real if args.loader == "real" else run_naive
    report = run(db, paths, timings)
    seconds = time.perf_counter() - started
    db.close()
    result = {
        "loader": args.loader,
        "files": len(paths),
        "seconds": seconds,
        **timings,
        "write_seconds": seconds - timings.get("validate_seconds", 0.0),
        "peak_rss_kib": rss_kib(_self())["peak_kib"],
        "report": report,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
