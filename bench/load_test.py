"""Bounded load test: wrk against gunicorn on the seeded graph; zero 5xx and flat worker memory.

    .venv/bin/python bench/load_test.py                 # 60 s, 64 connections (`make soak`)
    .venv/bin/python bench/load_test.py --duration 10   # a quick look

It starts a throwaway Neo4j on free ports (or uses KB_NEO4J_URI, which it then wipes: give it a
throwaway database), applies the schema, loads seeds/, starts gunicorn exactly as `kb serve` does
(KB_WORKERS workers, default 2) on a free port, warms up, then runs Debian's `wrk` over a fixed mix
of read requests. It samples each worker's resident memory (VmRSS) every few seconds, prints a
JSON summary (RPS, latency percentiles, status counts, RSS at start and end) and exits 1 if any
response was 5xx, any socket error occurred, or a worker grew by more than --rss-growth-mib.
It is not part of `make test`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from kb_service.cli import gunicorn_command
from kb_service.config import PROJECT_ROOT, Settings
from kb_service.curation import collect_files
from kb_service.store import neo4j_local
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema
from kb_service.write.ingest import ingest

# The request mix: what the README's API tour asks, plus exports, search and the graph view.
PATHS = [
    "/api/v1/timeline?conflict=nagorno-karabakh-conflict&from=1990&to=1995",
    "/api/v1/timeline?include=all&limit=100",
    "/api/v1/timeline?include=all&from=2020-09-27&format=csv",
    "/api/v1/timeline?as_of=2020-09-26",
    "/api/v1/timeline?actor=sergey-lavrov&actor=russia&place=nagorno-karabakh&order=desc",
    "/api/v1/statements?speaker=sergey-lavrov&from=2020-09-27&to=2020-09-27",
    "/api/v1/statements?contested=true&from=2020-09-27&to=2020-09-27",
    "/api/v1/conflicts/nagorno-karabakh-conflict",
    "/api/v1/events/lavrov-bayramov-call-2020-09-27",
    "/api/v1/actors/russia",
    "/api/v1/actors?limit=20",
    "/api/v1/places/nagorno-karabakh",
    "/api/v1/sources/rt-arabic-2020-09-27-lavrov-karabakh",
    "/api/v1/search?q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81",  # لافروف
    "/api/v1/search?q=Lavrov&type=statement",
    "/api/v1/graph?center=osce-minsk-group&depth=2",
    "/api/v1/timeline?include=all&format=timelinejs",
    "/healthz",
]

# wrk's Lua: cycle through PATHS, count every status per thread, print the totals as JSON.
LUA = """
local paths = {%(paths)s}
local threads = {}
counter = 0
statuses = {}
function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end
function init(args)
  counter = offset
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[tostring(status)] = (total[tostring(status)] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(total) do
    table.insert(parts, string.format('"%%s": %%d', status, count))
  end
  io.write("STATUSES {" .. table.concat(parts, ", ") .. "}\\n")
  io.write(string.format(
    'SUMMARY {"requests": %%d, "seconds": %%.3f, "connect_errors": %%d, "read_errors": %%d, '
    .. '"write_errors": %%d, "timeouts": %%d, "status_errors": %%d, '
    .. '"p50_ms": %%.1f, "p90_ms": %%.1f, "p99_ms": %%.1f, "max_ms": %%.1f, "mean_ms": %%.1f}\\n',
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
end
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return round(int(found.group(1)) / 1024, 1) if found else 0.0


def workers_of(pid: int) -> list[int]:
    return sorted(int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split())


def wait_for(url: str, tries: int = 150) -> None:
    for _ in range(tries):
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (a local http URL)
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


def seed(uri: str) -> None:
    db = Database(Settings.from_env({**os.environ, "KB_NEO4J_URI": uri}))
    try:
        apply_schema(db)
        db.run_batched("admin/wipe")
        ingest(db, collect_files([PROJECT_ROOT / "seeds"]))
    finally:
        db.close()


def run(args: argparse.Namespace) -> dict[str, Any]:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    scratch = Path(tempfile.mkdtemp(prefix="kb-load-"))
    instance = None
    uri = os.environ.get("KB_NEO4J_URI")
    if uri is None:
        instance = neo4j_local.LocalNeo4j(
            home=PROJECT_ROOT / ".kb",
            data_dir=scratch / "neo4j",
            bolt_port=free_port(),
            http_port=free_port(),
        )
        neo4j_local.start(instance)
        uri = f"bolt://127.0.0.1:{instance.bolt_port}"
    server = None
    try:
        seed(uri)
        port = free_port()
        command = gunicorn_command("127.0.0.1", port, args.workers)  # as `kb serve` runs it
        env = {**os.environ, "KB_NEO4J_URI": uri}
        with (scratch / "gunicorn.log").open("wb") as log:
            server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/readyz")
        for path in PATHS * 3:  # warm-up: every query planned and cached, pools filled
            with urllib.request.urlopen(base + path, timeout=30) as answer:  # noqa: S310
                answer.read()
        workers = workers_of(server.pid)
        samples: list[dict[str, Any]] = []
        stop = threading.Event()

        def sample() -> None:
            began = time.monotonic()
            while not stop.is_set():
                samples.append(
                    {
                        "t": round(time.monotonic() - began, 1),
                        "rss_mib": {str(w): rss_mib(w) for w in workers},
                        "load1": os.getloadavg()[0],
                    }
                )
                stop.wait(args.sample_every)

        sampler = threading.Thread(target=sample)
        sampler.start()
        script = scratch / "mix.lua"
        script.write_text(LUA % {"paths": ", ".join(json.dumps(p) for p in PATHS)})
        wrk = [
            "wrk",
            f"--threads={args.threads}",
            f"--connections={args.connections}",
            f"--duration={args.duration}s",
            f"--timeout={args.timeout}s",
            f"--script={script}",
            base,
        ]
        done = subprocess.run(wrk, capture_output=True, text=True, check=False)
        stop.set()
        sampler.join()
        if done.returncode != 0:
            raise RuntimeError(f"wrk failed:\n{done.stdout}\n{done.stderr}")
        survived = workers_of(server.pid) == workers
        summary = json.loads(_reported("SUMMARY", done.stdout))
        statuses = json.loads(_reported("STATUSES", done.stdout))
        start_rss, end_rss = samples[0]["rss_mib"], samples[-1]["rss_mib"]
        return {
            "duration_s": args.duration,
            "connections": args.connections,
            "wrk_threads": args.threads,
            "gunicorn_workers": args.workers,
            "paths": len(PATHS),
            "requests": summary["requests"],
            "rps": round(summary["requests"] / summary["seconds"], 1),
            "latency_ms": {k[:-3]: summary[k] for k in summary if k.endswith("_ms")},
            "statuses": dict(sorted(statuses.items())),
            "socket_errors": {
                k: summary[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts")
            },
            "worker_rss_mib_start": start_rss,
            "worker_rss_mib_end": end_rss,
            "worker_rss_mib_peak": {w: max(s["rss_mib"][w] for s in samples) for w in start_rss},
            "workers_survived": survived,
            "load1_max": max(s["load1"] for s in samples),
            "cpus": os.cpu_count(),
        }
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if instance is not None:
            neo4j_local.stop(instance)
        shutil.rmtree(scratch, ignore_errors=True)


def verdict(result: dict[str, Any], rss_growth_mib: float) -> list[str]:
    problems = []
    five_xx = {s: n for s, n in result["statuses"].items() if s.startswith("5")}
    if five_xx:
        problems.append(f"5xx responses: {five_xx}")
    if any(result["socket_errors"].values()):
        problems.append(f"socket errors: {result['socket_errors']}")
    for worker, start in result["worker_rss_mib_start"].items():
        grown = result["worker_rss_mib_end"][worker] - start
        if grown > rss_growth_mib:
            problems.append(f"worker {worker} grew by {grown:.1f} MiB")
    if not result["workers_survived"]:
        problems.append("a gunicorn worker was replaced during the run")
    return problems


def _reported(label: str, output: str) -> str:
    """Return what the wrk script printed after `label` on a line of its own."""
    found = re.search(rf"^{label} (.*)$", output, re.M)
    if found is None:
        raise RuntimeError(f"wrk printed no {label} line:\n{output}")
    return found.group(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds (default 60)")
    parser.add_argument("--connections", type=int, default=64, help="default 64")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("KB_WORKERS", "2")))
    parser.add_argument("--timeout", type=int, default=30, help="wrk's per-request timeout, s")
    parser.add_argument("--sample-every", type=float, default=5.0, help="RSS sampling, s")
    parser.add_argument("--rss-growth-mib", type=float, default=20.0, help="allowed growth")
    parser.add_argument("--json", type=Path, help="also write the summary here")
    args = parser.parse_args()
    result = run(args)
    problems = verdict(result, args.rss_growth_mib)
    result["problems"] = problems
    text = json.dumps(result, indent=1, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
