"""Bounded load on one timeline page from a second process (wrk) on loopback, with worker RSS."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import time
from typing import Any

from bench.environment import Server, rss_kib

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    if match is None:
        raise ValueError(f"not a wrk duration: {text}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str) -> dict[str, Any]:
    """Read requests/s, latency percentiles and every kind of error from wrk's report."""
    figures: dict[str, Any] = {"requests_per_second": None, "errors": 0}
    for line in output.splitlines():
        words = line.split()
        if line.startswith("Requests/sec:"):
            figures["requests_per_second"] = float(words[1])
        elif re.match(r"\s*\d+ requests in", line):
            figures["requests"] = int(words[0])
        elif words[:1] in (["50%"], ["90%"], ["99%"]):
            figures[f"p{words[0].rstrip('%')}_ms"] = _ms(words[1])
        elif line.strip().startswith("Non-2xx or 3xx responses:"):
            figures["non_2xx"] = int(words[-1])
            figures["errors"] += int(words[-1])
        elif line.strip().startswith("Socket errors:"):
            counts = [int(n) for n in re.findall(r"\d+", line)]
            figures["socket_errors"] = counts
            figures["errors"] += sum(counts)
    return figures


class RssSampler(threading.Thread):
    """Sample the gunicorn workers' and Neo4j's resident memory while the load runs."""

    def __init__(self, pids: dict[str, int]) -> None:
        super().__init__(daemon=True)
        self.pids = pids
        self.peak: dict[str, int] = dict.fromkeys(pids, 0)
        self.stopped = threading.Event()

    def run(self) -> None:
        """Sample every 0.2 s until stopped."""
        while not self.stopped.is_set():
            for name, pid in self.pids.items():
                try:
                    self.peak[name] = max(self.peak[name], rss_kib(pid)["rss_kib"])
                except OSError:
                    continue
            time.sleep(0.2)


def run_wrk(server: Server, path: str, neo4j_pid: int, seconds: int = 20) -> dict[str, Any]:
    """Run wrk (2 threads, 8 connections) for `seconds` against one page and sample memory."""
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is not installed (Debian: apt-get install wrk)")
    workers = server.workers()
    pids = {f"worker_{i}": pid for i, pid in enumerate(workers)} | {"neo4j": neo4j_pid}
    sampler = RssSampler(pids)
    sampler.start()
    command = ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", server.base + path]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    sampler.stopped.set()
    sampler.join()
    figures = parse_wrk(done.stdout)
    peaks = {name: rss_kib(pid)["peak_kib"] for name, pid in pids.items() if name != "neo4j"}
    return {
        "command": " ".join(command[:-1]) + " URL",
        "path": path,
        "seconds": seconds,
        "workers": len(workers),
        **figures,
        "rss_sampled_peak_kib": sampler.peak,
        "worker_vmhwm_kib": peaks,
        "wrk_output": done.stdout,
    }
