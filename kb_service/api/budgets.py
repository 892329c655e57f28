"""Budgets for expensive requests, per client: how many per minute, and how many at once.

Expensive: `POST /drafts`, `/search`, a list exported whole (CSV, NDJSON, TimelineJS: every page
is read) and a list filtered by text (`q`, `text`). A client is its API key when it sends a valid
one, else its address. Anonymous clients share the KB_ANON_* budgets, each key has the larger
KB_KEY_* ones. Counts live in each worker process's memory (flask-limiter's memory storage): a
client's budget is per worker, so the service allows up to KB_WORKERS times each. Over budget:
429 problem+json with Retry-After.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import threading
import time
from collections import Counter

from flask import Flask, Response, current_app, g, request
from flask_limiter import Limiter, RateLimitExceeded
from limits import parse

from kb_service.api import render
from kb_service.api.error_responses import problem
from kb_service.api.request_context import settings

# Counts with no window read every event once.
EXPENSIVE_PATHS = ("/api/v1/drafts", "/api/v1/search", "/api/v1/timeline/counts")
WHOLE_LIST_FORMATS = ("csv", "ndjson", "timelinejs", "hypothesis")
TEXT_PARAMETERS = ("q", "text")
ANONYMOUS = "anon"  # the key that counts every anonymous client's requests together
BUSY_RETRY_AFTER_SECONDS = 2


def is_expensive() -> bool:
    """Tell whether this request is one of the expensive ones that budgets count."""
    if not request.path.startswith("/api/v1/") or request.method == "OPTIONS":
        return False
    if request.path in EXPENSIVE_PATHS or any(request.args.get(p) for p in TEXT_PARAMETERS):
        return True
    return request.method == "GET" and render.negotiate(request.args.get("format")) in (
        WHOLE_LIST_FORMATS
    )


def client_key() -> str:
    """Return who is asking: a digest of its valid API key, or its address."""
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and given:
        for key in settings().api_keys:
            if hmac.compare_digest(given.encode(), key.encode()):
                return "key:" + hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"{ANONYMOUS}:{request.remote_addr or 'unknown'}"


def _rate() -> str:
    chosen = settings()
    return chosen.key_rate if client_key().startswith("key:") else chosen.anon_rate


class Running:
    """The expensive requests each client has running in this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()

    def take(self, keys: list[str], caps: list[int]) -> bool:
        """Count one more request under each key, unless one of them is at its cap."""
        with self._lock:
            if any(self._counts[key] >= cap for key, cap in zip(keys, caps, strict=True)):
                return False
            self._counts.update(keys)
            return True

    def give_back(self, keys: list[str]) -> None:
        """Count a finished request out."""
        with self._lock:
            self._counts.subtract(keys)


def init_app(app: Flask) -> None:
    """Count expensive requests: their rate (flask-limiter), then how many run at once."""
    chosen = app.extensions["kb_settings"]
    for rate in (chosen.anon_rate, chosen.key_rate):
        parse(rate)  # a bad KB_ANON_RATE or KB_KEY_RATE stops the start, not a request
    limiter = Limiter(
        client_key,
        application_limits=[_rate],
        application_limits_exempt_when=lambda: not is_expensive(),
        storage_uri="memory://",
        strategy="moving-window",
    )
    limiter.init_app(app)
    app.extensions["kb_limiter"] = limiter
    app.register_error_handler(RateLimitExceeded, _over_rate)
    app.extensions["kb_running"] = Running()
    app.before_request(_take_a_place)
    app.after_request(_give_back_unless_streamed)
    app.teardown_request(_give_the_place_back)


def _over_rate(error: RateLimitExceeded) -> Response:
    # flask-limiter's own headers would add Retry-After to every answer, 200s included.
    limiter: Limiter = current_app.extensions["kb_limiter"]
    breached = limiter.current_limit
    wait = max(1, math.ceil(breached.reset_at - time.time())) if breached else 60
    return problem(
        429,
        f"too many expensive requests from this client (at most {error.limit.limit}); "
        f"try again in {wait} s",
        headers={"Retry-After": str(wait)},
    )


def _take_a_place() -> Response | None:
    if not is_expensive():
        return None
    chosen = settings()
    who = client_key()
    if who.startswith("key:"):
        keys, caps = [who], [chosen.key_heavy_concurrency]
    else:
        keys, caps = [who, ANONYMOUS], [chosen.anon_heavy_concurrency, chosen.anon_heavy_total]
    if not _running().take(keys, caps):
        return problem(
            429,
            "too many expensive requests running at once; try again when one has finished",
            headers={"Retry-After": str(BUSY_RETRY_AFTER_SECONDS)},
        )
    g.kb_running_keys = keys
    return None


def _give_back_unless_streamed(response: Response) -> Response:
    # A whole answer is done: the place is free before the client reads it (so that a client's
    # next request never meets its previous one). A streamed export keeps it to its last row.
    if not response.is_streamed:
        _give_the_place_back(None)
    return response


def _give_the_place_back(_error: BaseException | None) -> None:
    # Teardown runs once the response has been sent: for a streamed export, after its last row.
    keys = g.pop("kb_running_keys", None)
    if keys:
        _running().give_back(keys)


def _running() -> Running:
    found: Running = current_app.extensions["kb_running"]
    return found
