"""A throwaway Neo4j and a real gunicorn for the benchmarks, on free loopback ports."""

from __future__ import annotations

import os
import platform
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from kb_service.cli import gunicorn_command
from kb_service.config import PROJECT_ROOT, Settings
from kb_service.store import neo4j_local

RESERVED_PORTS = {7687, 7474, 8000}  # the developer's own Neo4j and API


def free_port() -> int:
    """Return a free loopback port that is not one the dev instance uses."""
    while True:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if port not in RESERVED_PORTS:
            return port


@dataclass(frozen=True)
class Neo4jHandle:
    """A running throwaway Neo4j: its Bolt URI and the launcher's process id."""

    uri: str
    pid: int
    data_dir: Path


@contextmanager
def throwaway_neo4j(data_dir: Path | None = None, pagecache: str = "256m") -> Iterator[Neo4jHandle]:
    """Start Neo4j with the project's launcher on free ports; remove a temporary data dir after.

    A `data_dir` given is kept (so a loaded graph can be reused by a later run).
    """
    keep = data_dir is not None
    folder = data_dir or Path(tempfile.mkdtemp(prefix="kb-bench-neo4j-"))
    folder.mkdir(parents=True, exist_ok=True)
    instance = neo4j_local.LocalNeo4j(
        home=PROJECT_ROOT / ".kb",
        data_dir=folder,
        bolt_port=free_port(),
        http_port=free_port(),
        pagecache=pagecache,
    )
    pid = neo4j_local.start(instance)
    try:
        yield Neo4jHandle(f"bolt://127.0.0.1:{instance.bolt_port}", pid, folder)
    finally:
        neo4j_local.stop(instance)
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def settings_for(uri: str) -> Settings:
    """Return the service's settings pointed at the benchmark database."""
    # Timeouts may be raised from the environment: a loaded 2-core host can need longer.
    timeouts = {
        name: value
        for name, value in os.environ.items()
        if name.startswith("KB_NEO4J_") and name.endswith("TIMEOUT")
    }
    return Settings.from_env({**timeouts, "KB_NEO4J_URI": uri})


@dataclass(frozen=True)
class Server:
    """A running gunicorn: its base URL and the master's process id."""

    base: str
    pid: int

    def workers(self) -> list[int]:
        """Return the worker processes' ids (the master's children)."""
        children = Path(f"/proc/{self.pid}/task/{self.pid}/children").read_text().split()
        return [int(child) for child in children]


@contextmanager
def gunicorn(uri: str, workers: int = 2) -> Iterator[Server]:
    """Serve the API as `kb serve` does (same command line, workers sharing metrics through
    PROMETHEUS_MULTIPROC_DIR, here a temporary folder) on a free loopback port."""
    port = free_port()
    metrics = Path(tempfile.mkdtemp(prefix="kb-bench-metrics-"))
    env = {**os.environ, "KB_NEO4J_URI": uri, "PROMETHEUS_MULTIPROC_DIR": str(metrics)}
    process = subprocess.Popen(
        gunicorn_command("127.0.0.1", port, workers),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _await_http(base + "/healthz", process)
        yield Server(base, process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(metrics, ignore_errors=True)


def _await_http(url: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited while starting")
        try:
            with urllib.request.urlopen(url, timeout=1):  # noqa: S310 - a loopback URL we built
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer")


def rss_kib(pid: int) -> dict[str, int]:
    """Return a process's resident set now (VmRSS) and at its peak (VmHWM), in KiB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0])
    return {"rss_kib": fields["VmRSS"], "peak_kib": fields["VmHWM"]}


def machine() -> dict[str, Any]:
    """Describe the machine and the versions the figures were measured with."""
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    memory_kib = int(Path("/proc/meminfo").read_text().split()[1])
    java = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory_kib / 1024**2, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "java": java.stderr.splitlines()[0] if java.stderr else "",
        "neo4j": _neo4j_version(),
        "packages": {
            name: metadata.version(name)
            for name in ("neo4j", "flask", "flask-smorest", "gunicorn", "pyyaml", "edtf")
        },
        "wrk": _wrk_version(),
    }


def code_version() -> dict[str, Any]:
    """Return the commit measured and whether kb_service/ or cypher/ had local changes."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    return {
        "commit": git("rev-parse", "HEAD"),
        "service_changed_locally": bool(git("status", "--porcelain", "kb_service", "cypher")),
    }


def _neo4j_version() -> str:
    jars = sorted((PROJECT_ROOT / ".kb" / "neo4j-jars").glob("neo4j-kernel-*.jar"))
    return jars[0].stem.removeprefix("neo4j-kernel-") if jars else "unknown"


def _wrk_version() -> str:
    if shutil.which("wrk") is None:
        return "missing"
    done = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)
    return (done.stdout or done.stderr).splitlines()[0] if (done.stdout or done.stderr) else ""
