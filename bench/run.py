"""Run the benchmark suite at one scale and write bench/results/<scale>.json.

    python -m bench.run --scale 10k                   # every phase, a fresh throwaway Neo4j
    python -m bench.run --scale 100k --phases queries,load --data-dir /tmp/kb-bench-100k

Phases: naive (the real path against the naive loader on a subset of files), ingest (the whole
corpus through the real path), queries (API against bare driver), plans (PROFILE), experiment
(the keyset query's lever), load (wrk), profile (pyinstrument), search (today's search against
the one it replaced, on the corpus's names; its quality is `python -m bench.search_quality`),
candidates (same-record candidates for a batch of drafted items, against a timeline page),
counts (the timeline's counts per bucket and group, against a timeline page), changes (pages
of the change log and an as_known_on timeline page, against a timeline page).
A data dir that is given is kept, so that a later run can skip ingest. Results of phases not
run this time are kept from the previous results file.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

from bench import (
    candidate_cost,
    cases,
    changes_cost,
    corpus,
    counts_cost,
    experiment,
    ingestion,
    latency,
    load,
    plans,
    profile_request,
    search_quality,
)
from bench.environment import (
    Neo4jHandle,
    code_version,
    gunicorn,
    machine,
    settings_for,
    throwaway_neo4j,
)
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema

BENCH = Path(__file__).resolve().parent
SCALES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}
ALL_PHASES = (
    "naive", "ingest", "queries", "plans", "experiment", "load", "profile", "search", "candidates",
    "counts", "changes",
)  # fmt: skip
QUERY_PHASES = set(ALL_PHASES) - {"naive", "ingest"}  # the phases that read a loaded graph
DEEP_PAGE = 1000


def corpus_for(scale: str) -> tuple[Path, dict[str, Any]]:
    """Return the corpus folder of a scale (generated if missing) and its manifest."""
    folder = BENCH / "corpus" / scale
    manifest_file = folder / "manifest.json"
    if not manifest_file.is_file():
        corpus.generate(SCALES[scale], folder)
    return folder / "curated", json.loads(manifest_file.read_text())


def _note(results: dict[str, Any], phase: str, figures: Any) -> None:
    """Keep a phase's figures with the machine's load average, and save the results so far."""
    results[phase] = {
        "load_average_after": os.getloadavg(),
        "code": code_version(),
        "at": time.ctime(),
        "figures": figures,
    }
    out = BENCH / "results" / f"{results['scale']}.json"
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"[bench] {phase} done", flush=True)


def ingest_phases(
    args: argparse.Namespace, db: Database, neo: Neo4jHandle, results: dict[str, Any]
) -> None:
    """Run the naive comparison and the full real ingestion, as asked."""
    curated, _ = corpus_for(args.scale)
    if "naive" in args.phases:
        figures = ingestion.compare_on_subset(db, neo.uri, curated, args.naive_sources)
        _note(results, "naive", figures)
    if "ingest" in args.phases:
        figures = ingestion.full(db, neo.uri, curated, args.slice_files)
        _note(results, "ingest", figures)


def query_phases(
    args: argparse.Namespace, db: Database, neo: Neo4jHandle, results: dict[str, Any]
) -> None:
    """Run the latency, plan, load and profile phases against the loaded graph."""
    _, manifest = corpus_for(args.scale)
    bare = latency.BareDriver(db.driver, db.name)
    cursor, page = bare.cursor_to(DEEP_PAGE)
    page_cases = [*cases.standard_cases(manifest)]
    if cursor is not None:
        page_cases.append(cases.deep_case(cursor, page))
    if "plans" in args.phases:
        figures = [plans.profile_case(db.driver, db.name, case) for case in page_cases]
        _note(results, "plans", figures)
    if "experiment" in args.phases:
        _note(results, "experiment", experiment.compare(db.driver, db.name, page_cases))
    first_page = page_cases[0].path
    with gunicorn(neo.uri, workers=args.workers) as server:
        if "queries" in args.phases:
            figures = [
                latency.measure(server.base, bare, case, args.samples, args.budget)
                for case in page_cases
            ]
            _note(results, "queries", figures)
        if "load" in args.phases:
            _note(results, "load", load.run_wrk(server, first_page, neo.pid, args.wrk_seconds))
    if "profile" in args.phases:
        profiled = [
            profile_request.profile_requests(neo.uri, case.path, 200)
            for case in page_cases
            if case.name in ("timeline_page1", "statements_speaker")
        ]
        for profile in profiled:
            name = "profile_" + profile["path"].split("?")[0].rsplit("/", 1)[-1]
            (BENCH / "results" / f"{args.scale}-{name}.txt").write_text(profile.pop("text"))
        _note(results, "profile", profiled)
    if "search" in args.phases:
        curated, _ = corpus_for(args.scale)
        _note(results, "search", search_quality.cost(db, curated / "registry.yaml"))
    if "candidates" in args.phases:  # same-record candidates of drafted items vs a timeline page
        _note(results, "candidates", candidate_cost.cost(db))
    if "counts" in args.phases:  # counts per bucket and group vs a timeline page
        _note(results, "counts", counts_cost.cost(db, manifest))
    if "changes" in args.phases:  # the change log's pages and as_known_on vs a timeline page
        _note(results, "changes", changes_cost.cost(db))


def parse_arguments() -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description="Run the benchmarks at one scale.")
    parser.add_argument("--scale", choices=sorted(SCALES), default="10k")
    parser.add_argument("--phases", default=",".join(ALL_PHASES))
    parser.add_argument("--data-dir", type=Path, help="keep Neo4j's data here (reused if loaded)")
    parser.add_argument("--naive-sources", default="0:1", help="source files A:B for naive")
    parser.add_argument("--slice-files", type=int, help="ingest N source files per process")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--budget", type=float, default=40.0, help="seconds per query case")
    parser.add_argument("--wrk-seconds", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pagecache", default="4g", help="Neo4j page cache (same at every scale)")
    args = parser.parse_args()
    args.phases = [phase.strip() for phase in args.phases.split(",") if phase.strip()]
    return args


def main() -> None:
    """Run the phases asked for and merge their figures into bench/results/<scale>.json."""
    args = parse_arguments()
    out = BENCH / "results" / f"{args.scale}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = json.loads(out.read_text()) if out.is_file() else {}
    _, manifest = corpus_for(args.scale)
    results.update(
        {
            "scale": args.scale,
            "manifest": manifest,
            "machine": machine(),
            "code": code_version(),
            "at": time.ctime(),
        }
    )
    results["neo4j_pagecache"] = args.pagecache
    with throwaway_neo4j(args.data_dir, args.pagecache) as neo:
        db = Database(settings_for(neo.uri))
        try:
            apply_schema(db)
            ingest_phases(args, db, neo, results)
            if set(args.phases) & QUERY_PHASES:
                results["graph"] = ingestion.graph_size(db)
                query_phases(args, db, neo, results)
        finally:
            db.close()
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"[bench] wrote {out}")


if __name__ == "__main__":
    main()
