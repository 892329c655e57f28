"""Start, stop and inspect the real local Neo4j Community that neo4j-local/Launcher.java runs."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from kb_service.config import PROJECT_ROOT

LAUNCHER_DIR = PROJECT_ROOT / "neo4j-local"
JVM_FLAGS = [
    "-Xms1g",
    "-Xmx1g",
    "-XX:+UseG1GC",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dfile.encoding=UTF-8",
]


# Launchers this process started, kept so that their exit status is collected (no zombies).
_children: dict[int, subprocess.Popen[bytes]] = {}


class LocalNeo4jError(RuntimeError):
    """The local Neo4j could not be set up, started or stopped; the message says why."""


@dataclass(frozen=True)
class LocalNeo4j:
    """Where one local Neo4j keeps its jars and data, and the ports it listens on."""

    home: Path
    data_dir: Path
    bolt_port: int = 7687
    http_port: int = 7474
    pagecache: str = "256m"

    @property
    def jar_dir(self) -> Path:
        """Return the folder of downloaded jars, shared by every instance under `home`."""
        return self.home / "neo4j-jars"

    @property
    def pid_file(self) -> Path:
        """Return the file holding the running launcher's process id."""
        return self.data_dir / "launcher.pid"

    @property
    def log_file(self) -> Path:
        """Return the file the launcher's output goes to."""
        return self.data_dir / "launcher.log"


def ensure_jars(instance: LocalNeo4j) -> Path:
    """Download Neo4j's jars with Maven once; later calls reuse them without the network."""
    pom = LAUNCHER_DIR / "pom.xml"
    stamp = hashlib.sha256(pom.read_bytes()).hexdigest()
    stamp_file = instance.jar_dir / ".pom-sha256"
    if stamp_file.is_file() and stamp_file.read_text().strip() == stamp:
        return instance.jar_dir
    if shutil.which("mvn") is None:
        raise LocalNeo4jError("Maven (mvn) is not installed: it is needed once to fetch Neo4j")
    staging = instance.jar_dir.with_name("neo4j-jars.partial")
    shutil.rmtree(staging, ignore_errors=True)
    command = [
        "mvn",
        "-B",
        "-q",
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={staging}",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise LocalNeo4jError("mvn could not fetch Neo4j:\n" + (done.stdout + done.stderr)[-4000:])
    (staging / ".pom-sha256").write_text(stamp)
    shutil.rmtree(instance.jar_dir, ignore_errors=True)
    staging.rename(instance.jar_dir)
    return instance.jar_dir


def running_pid(instance: LocalNeo4j) -> int | None:
    """Return the launcher's pid if it is alive, else None."""
    try:
        pid = int(instance.pid_file.read_text().strip())
        command_line = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return None
    # A stale pid file may name a process that reused the number: only the launcher counts.
    return pid if b"Launcher.java" in command_line and _alive(pid) else None


def port_in_use(port: int) -> bool:
    """Tell whether something already listens on 127.0.0.1:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def start(instance: LocalNeo4j, timeout: float = 180.0) -> int:
    """Start Neo4j in the background and wait until Bolt answers; return the launcher's pid."""
    existing = running_pid(instance)
    if existing is not None:
        return existing
    if shutil.which("java") is None:
        raise LocalNeo4jError("Java is not installed: the local Neo4j needs OpenJDK 17")
    for port in (instance.bolt_port, instance.http_port):
        if port_in_use(port):
            raise LocalNeo4jError(f"port {port} on 127.0.0.1 is already in use")
    jars = ensure_jars(instance)
    instance.data_dir.mkdir(parents=True, exist_ok=True)
    command = [
        "java",
        *JVM_FLAGS,
        "-cp",
        f"{jars}/*",
        str(LAUNCHER_DIR / "Launcher.java"),
        "--data-dir",
        str(instance.data_dir),
        "--bolt-port",
        str(instance.bolt_port),
        "--http-port",
        str(instance.http_port),
        "--pagecache",
        instance.pagecache,
    ]
    with instance.log_file.open("wb") as log:
        process = subprocess.Popen(
            command,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    _children[process.pid] = process
    instance.pid_file.write_text(str(process.pid))
    _await_ready(instance, process, timeout)
    return process.pid


def _await_ready(instance: LocalNeo4j, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _children.pop(process.pid, None)
            instance.pid_file.unlink(missing_ok=True)
            raise LocalNeo4jError(f"Neo4j exited while starting:\n{_tail(instance.log_file)}")
        if b"neo4j-local: ready" in instance.log_file.read_bytes()[-4096:]:
            return
        time.sleep(0.2)
    stop(instance)
    log_tail = _tail(instance.log_file)
    raise LocalNeo4jError(f"Neo4j did not answer within {timeout:.0f} s:\n{log_tail}")


def stop(instance: LocalNeo4j, timeout: float = 60.0) -> bool:
    """Stop the launcher with SIGTERM (SIGKILL after `timeout`); return whether one was running."""
    pid = running_pid(instance)
    if pid is None:
        instance.pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
    child = _children.pop(pid, None)
    if child is not None:
        child.wait()
    instance.pid_file.unlink(missing_ok=True)
    return True


def _alive(pid: int) -> bool:
    child = _children.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
