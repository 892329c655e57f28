"""Where a request's Python time goes: pyinstrument around in-process requests to the app."""

from __future__ import annotations

import time
from typing import Any

from pyinstrument import Profiler

from bench.environment import settings_for
from kb_service import create_app


def profile_requests(uri: str, path: str, count: int = 200) -> dict[str, Any]:
    """Serve `path` `count` times through the Flask app (as a gunicorn worker would) under
    pyinstrument, and return the text report and the share of time spent in the driver
    (`Database._read_once`: the session, the query and its records turned into dicts)."""
    app = create_app(settings_for(uri))
    client = app.test_client()
    for _ in range(10):
        client.get(path)
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    profiler.start()
    for _ in range(count):
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
    profiler.stop()
    wall = time.perf_counter() - started
    app.extensions["kb_db"].close()
    session = profiler.last_session
    root = session.root_frame() if session else None
    in_driver = _seconds_in(root, "_read_once")
    total = root.time if root else wall
    return {
        "path": path,
        "requests": count,
        "wall_ms_per_request": round(wall / count * 1000, 2),
        "share_in_driver": round(in_driver / total, 3) if total else None,
        "text": profiler.output_text(unicode=True, color=False, show_all=False),
    }


def _seconds_in(frame: Any, function: str) -> float:
    if frame is None:
        return 0.0
    if frame.function == function:
        return float(frame.time)
    return sum(_seconds_in(child, function) for child in frame.children)
