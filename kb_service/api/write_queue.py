"""Writes wait for their turn in their worker, not on the graph's write lock.

Every write transaction takes the graph's one write lock, and Neo4j gives up on a lock after
`db.lock.acquisition.timeout` (5 s; the API answers 503). With threaded workers, one worker may
hold many writes at once: twenty concurrent POSTs would all queue on the lock, and the last ones
would time out. So each worker lets KB_WRITES_PER_WORKER writes through to Neo4j at a time, and
the rest wait here, bounded by KB_WRITE_QUEUE_SECONDS (then 503 with Retry-After). Dry runs take
no lock (a read transaction) and do not queue.
"""

from __future__ import annotations

import threading

from flask import Flask, Response, current_app, g, request

from kb_service.api.error_responses import problem
from kb_service.api.request_context import settings
from kb_service.config import Settings

WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
NOT_WRITES = ("/api/v1/drafts",)  # POSTs that write nothing
RETRY_AFTER_SECONDS = 2


def init_app(app: Flask) -> None:
    """Give this worker its queue of writes."""
    chosen: Settings = app.extensions["kb_settings"]  # stored by the factory before wiring
    app.extensions["kb_write_turns"] = threading.BoundedSemaphore(max(1, chosen.writes_per_worker))
    app.before_request(_wait_for_a_turn)
    app.teardown_request(_give_the_turn_back)


def is_write() -> bool:
    """Tell whether this request may write to the graph (a dry run writes nothing)."""
    if request.method not in WRITE_METHODS or not request.path.startswith("/api/v1/"):
        return False
    dry_run = request.args.get("dry_run", "").lower() in ("true", "1", "yes")
    return request.path not in NOT_WRITES and not dry_run


def _wait_for_a_turn() -> Response | None:
    if not is_write():
        return None
    turns: threading.BoundedSemaphore = current_app.extensions["kb_write_turns"]
    if not turns.acquire(timeout=settings().write_queue_seconds):
        return problem(
            503,
            "the service is busy with other writes; try again shortly",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    g.kb_write_turn = True
    return None


def _give_the_turn_back(_error: BaseException | None) -> None:
    if g.pop("kb_write_turn", False):
        current_app.extensions["kb_write_turns"].release()
