"""What operators watch: the liveness and readiness probes, Prometheus metrics, and one JSON log
line and one metrics sample per request, with a request id in a header."""

from __future__ import annotations

import logging
import re
import time
import uuid
from typing import Any

from flask import Flask, Response, g, request

from kb_service.api.error_responses import RETRY_AFTER_SECONDS, problem
from kb_service.api.request_context import Blueprint, database, require_metrics_access
from kb_service.observability import REQUEST_SECONDS, REQUESTS, metrics_text
from kb_service.read import readiness

log = logging.getLogger("kb_service.requests")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
health_blp = Blueprint("health", __name__, description="Process and database health")
metrics_blp = Blueprint("metrics", __name__, description="Prometheus metrics")


@health_blp.route("/healthz")
@health_blp.response(200)
def healthz() -> dict[str, Any]:
    """Tell that the process is up (it does not touch the database)."""
    return {"status": "up"}


@health_blp.route("/readyz")
@health_blp.response(200)
def readyz() -> Any:
    """Tell whether Neo4j answers and the schema is applied (503 otherwise)."""
    missing = readiness.not_online(database())
    if missing:
        detail = f"{len(missing)} schema item(s) are not online"
        return problem(503, detail, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
    return {"status": "ready"}


@metrics_blp.route("/metrics")
# No credentials from this machine, or the metrics token (KB_METRICS_TOKEN) when one is set.
@metrics_blp.doc(security=[{}, {"bearer": []}])
@metrics_blp.response(200, content_type="text/plain")
def metrics() -> Response:
    """Expose request counts, latency histograms per route and Neo4j query timings, to the
    holder of KB_METRICS_TOKEN, or (with no token set) to clients on this machine only."""
    require_metrics_access()
    body, content_type = metrics_text()
    return Response(body, content_type=content_type)


def _start() -> None:
    g.started = time.perf_counter()
    given = request.headers.get("X-Request-Id", "")
    g.request_id = given if _SAFE_ID.match(given) else uuid.uuid4().hex


def _finish(response: Response) -> Response:
    elapsed = time.perf_counter() - g.get("started", time.perf_counter())
    route = request.url_rule.rule if request.url_rule else "unmatched"
    request_id = g.get("request_id", "")
    response.headers["X-Request-Id"] = request_id
    REQUESTS.labels(request.method, route, str(response.status_code)).inc()
    REQUEST_SECONDS.labels(request.method, route).observe(elapsed)
    # The path only: query strings and headers can carry search words or keys, never logged.
    log.info(
        "request",
        extra={
            "fields": {
                "request_id": request_id,
                "method": request.method,
                "path": request.path,
                "route": route,
                "status": response.status_code,
                "duration_ms": round(elapsed * 1000, 2),
            }
        },
    )
    return response


def init_app(app: Flask) -> None:
    """Time, count and log every request."""
    app.before_request(_start)
    app.after_request(_finish)
