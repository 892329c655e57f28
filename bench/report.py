"""Print the results in bench/results/*.json as the Markdown tables of docs/performance.md.

python -m bench.report > /tmp/tables.md
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
ORDER = ("1k", "10k", "100k", "1m")
TARGET_P50, TARGET_P95 = 1.5, 2.0


def loaded() -> dict[str, dict[str, Any]]:
    """Return the results of every scale that has a file, smallest first."""
    found = {path.stem: json.loads(path.read_text()) for path in RESULTS.glob("*.json")}
    return {scale: found[scale] for scale in ORDER if scale in found}


def figures(result: dict[str, Any], phase: str) -> Any:
    """Return a phase's figures, or None when that phase was not run."""
    return result.get(phase, {}).get("figures")


def table(header: list[str], rows: list[list[Any]]) -> str:
    """Render a Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _mib(kib: float) -> str:
    return f"{kib / 1024:,.0f}"


def ingestion_table(results: dict[str, dict[str, Any]]) -> str:
    """Naive loader against the real path on a subset, and the full real ingestion."""
    rows = []
    for scale, result in results.items():
        naive = figures(result, "naive")
        if naive:
            for name, run in naive["runs"].items():
                ratio = naive["ratios"].get(name, {"end_to_end": 1.0, "write_phase": 1.0})
                rows.append(_ingest_row(f"{scale} files {naive['sources']}", name, run, ratio))
        full = figures(result, "ingest")
        if full:
            slices = len(full["slices"])
            label = f"{scale} all files" + (f" ({slices} slices)" if slices > 1 else "")
            rows.append(_ingest_row(label, "real", full, None))
    header = ["corpus", "loader", "records", "total s", "validate s", "write s", "records/s",
              "write records/s", "ratio (end-to-end / write)", "peak RSS MiB"]  # fmt: skip
    return table(header, rows)


def _ingest_row(label: str, name: str, run: dict[str, Any], ratio: Any) -> list[Any]:
    ratio_text = f"{ratio['end_to_end']}x / {ratio['write_phase']}x" if ratio else "-"
    return [
        label, name, f"{run['records']:,}", f"{run['seconds']:.1f}",
        f"{run.get('validate_seconds', 0):.1f}", f"{run['write_seconds']:.1f}",
        f"{run['records_per_second']:,.0f}", f"{run['write_records_per_second']:,.0f}",
        ratio_text, _mib(run["peak_rss_kib"]),
    ]  # fmt: skip


def latency_table(scale: str, result: dict[str, Any]) -> str:
    """API against bare driver for every case at one scale."""
    rows = []
    for case in figures(result, "queries") or []:
        api, bare = case["api"], case["bare_driver"]
        met = case["ratio_p50"] <= TARGET_P50 and case["ratio_p95"] <= TARGET_P95
        rows.append([
            case["case"], case["rows"], api["p50_ms"], bare["p50_ms"], f"{case['ratio_p50']}x",
            api["p95_ms"], bare["p95_ms"], f"{case['ratio_p95']}x", "yes" if met else "no",
            api["n"],
        ])  # fmt: skip
    header = ["case", "rows", "API p50 ms", "driver p50 ms", "p50 ratio", "API p95 ms",
              "driver p95 ms", "p95 ratio", "within target", "n"]  # fmt: skip
    return f"**{scale}** ({result['manifest']['counts']['events']:,} events)\n\n" + table(
        header, rows
    )


def scaling_table(results: dict[str, dict[str, Any]]) -> str:
    """API p50 of each case at each scale, and the largest scale against the smallest."""
    scales = [s for s, r in results.items() if figures(r, "queries") and s != "1k"]
    if not scales:
        return ""
    by_case: dict[str, dict[str, float]] = {}
    for scale in scales:
        for case in figures(results[scale], "queries"):
            name = "timeline_deep_page" if case["case"].startswith("timeline_page") and case[
                "page"] > 1 else case["case"]  # fmt: skip
            by_case.setdefault(name, {})[scale] = case["api"]["p50_ms"]
            by_case[name][f"{scale}_driver"] = case["bare_driver"]["p50_ms"]
            if name == "timeline_deep_page":
                by_case[name][f"{scale}_page"] = case["page"]
    rows = []
    first_scale, last_scale = scales[0], scales[-1]
    for name, values in by_case.items():
        cells = [
            f"{values[s]} (page {values[s + '_page']:.0f})" if f"{s}_page" in values else values[s]
            for s in scales
            if s in values
        ]
        ratios = [
            _ratio(values.get(last_scale + suffix), values.get(first_scale + suffix))
            for suffix in ("", "_driver")
        ]
        rows.append([name, *cells, *ratios])
    span = f"{last_scale} / {first_scale}"
    header = ["case", *[f"API p50 ms at {s}" for s in scales], f"API {span}", f"driver {span}"]
    return table(header, rows)


def _ratio(last: float | None, first: float | None) -> str:
    return f"{last / first:.2f}x" if first and last else "-"


def deep_page_table(results: dict[str, dict[str, Any]]) -> str:
    """Deep page reached by cursor against page 1, API and bare driver."""
    rows = []
    for scale, result in results.items():
        cases = {c["case"]: c for c in figures(result, "queries") or []}
        first = cases.get("timeline_page1")
        deep = [
            c for c in cases.values() if c["case"].startswith("timeline_page") and c["page"] > 1
        ]
        if first and deep:
            d = deep[0]
            rows.append([
                scale, d["page"], first["api"]["p50_ms"], d["api"]["p50_ms"],
                f"{d['api']['p50_ms'] / first['api']['p50_ms']:.2f}x",
                first["bare_driver"]["p50_ms"], d["bare_driver"]["p50_ms"],
            ])  # fmt: skip
    header = ["scale", "deep page", "page 1 API p50", "deep API p50", "deep / page 1",
              "page 1 driver p50", "deep driver p50"]  # fmt: skip
    return table(header, rows)


def load_table(results: dict[str, dict[str, Any]]) -> str:
    """wrk throughput, latency, errors and memory per scale."""
    rows = []
    for scale, result in results.items():
        run = figures(result, "load")
        if run:
            workers = run["worker_vmhwm_kib"]
            rows.append([
                scale, run["command"], run["path"], run["requests"], run["requests_per_second"],
                run.get("p50_ms"), run.get("p99_ms"), run["errors"],
                " / ".join(_mib(v) for v in workers.values()),
                _mib(run["rss_sampled_peak_kib"]["neo4j"]),
            ])  # fmt: skip
    header = ["scale", "load", "page", "requests", "requests/s", "p50 ms", "p99 ms", "errors",
              "worker peak RSS MiB", "Neo4j RSS MiB"]  # fmt: skip
    return table(header, rows)


def plans_table(scale: str, result: dict[str, Any]) -> str:
    """PROFILE summary of the queries each case's page runs, and of its records query."""
    rows = []
    for plan in figures(result, "plans") or []:
        keyset = plan["keyset"]
        operators = [step["operator"] for step in keyset["operators"]]
        seeks = [s for s in keyset["operators"] if "Index" in s["operator"]]
        queries = ", ".join(q.split("/")[-1] for q in keyset.get("queries", []))
        if "Limit" in operators:
            order = "index order, a Limit per band; a Top of at most a page per band"
        elif "PartialTop" in operators:
            order = "index order per band, then a Top of a few pages"
        elif "by_ids" in queries:
            order = "the few candidate ids, sorted"
        elif "Top" in operators:
            order = "Top (sorts every candidate)"
        else:
            order = "index order"
        rows.append([
            plan["case"], queries or "-", f"{keyset['db_hits']:,}",
            sum(int(s["rows"]) for s in seeks), order,
            "yes" if keyset["uses_index"] else "no", f"{plan['records']['db_hits']:,}",
        ])  # fmt: skip
    header = ["case", "page queries", "page db hits", "rows from index seeks", "order",
              "index used", "records db hits"]  # fmt: skip
    return f"**{scale}**\n\n" + table(header, rows)


def experiment_table(results: dict[str, dict[str, Any]]) -> str:
    """The previous keyset query (one seek, OR tie-break) against the service's banded one."""
    rows = []
    for scale, result in results.items():
        for case in figures(result, "experiment") or []:
            if "previous" not in case:
                continue  # an older results file: the CASE experiment, since applied
            before, after = case["previous"], case["service_query"]
            rows.append([
                scale, case["case"], "yes" if case["same_rows"] else "NO",
                f"{before['db_hits']:,}", before["sort"], before["p50_ms"],
                f"{after['db_hits']:,}", after["sort"], after["p50_ms"],
                f"{before['p50_ms'] / after['p50_ms']:.1f}x",
            ])  # fmt: skip
    header = ["scale", "case", "same rows", "previous db hits", "sort", "previous p50 ms",
              "banded db hits", "sort", "banded p50 ms", "speed-up"]  # fmt: skip
    return table(header, rows)


def profile_table(results: dict[str, dict[str, Any]]) -> str:
    """pyinstrument: time per in-process request and the share spent inside the driver."""
    rows = []
    for scale, result in results.items():
        for run in figures(result, "profile") or []:
            share = run.get("share_in_driver", run.get("share_in_driver_execute_query"))
            rows.append([
                scale, run["path"], run["wall_ms_per_request"], f"{share:.0%}",
                f"{run['wall_ms_per_request'] * (1 - share):.1f}",
            ])  # fmt: skip
    header = ["scale", "request", "ms per request (profiled)",
              "in the driver (with records to dicts)", "ms outside the driver"]  # fmt: skip
    return table(header, rows)


def main() -> None:
    """Print every table, under the headings docs/performance.md uses."""
    results = loaded()
    with_queries = {s: r for s, r in results.items() if figures(r, "queries")}
    sections = [
        ("Ingestion", ingestion_table(results)),
        (
            "Latency: API against the bare driver",
            "\n\n".join(latency_table(s, r) for s, r in with_queries.items()),
        ),
        ("Scaling", scaling_table(results)),
        ("Deep page by cursor", deep_page_table(results)),
        ("Load", load_table(results)),
        (
            "Plans",
            "\n\n".join(plans_table(s, r) for s, r in results.items() if figures(r, "plans")),
        ),
        ("The page queries against the previous keyset query", experiment_table(results)),
        ("Profile", profile_table(results)),
    ]
    for heading, body in sections:
        print(f"### {heading}\n\n{body}\n")


if __name__ == "__main__":
    main()
