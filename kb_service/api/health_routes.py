"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

from flask import Response

from kb_service.api.blueprint import Blueprint
from kb_service.api.context import database
from kb_service.api.error_responses import RETRY_AFTER_SECONDS, problem
from kb_service.store.schema import readiness

blp = Blueprint("health", __name__, description="Process and database health")


@blp.route("/healthz")
@blp.response(200)
def healthz() -> dict[str, Any]:
    """Tell that the process is up (it does not touch the database)."""
    return {"status": "up"}


@blp.route("/readyz")
@blp.response(200)
def readyz() -> Any:
    """Tell whether Neo4j answers and the schema is applied (503 otherwise)."""
    state = readiness(database())
    if state["missing_schema"]:
        return _not_ready(f"{len(state['missing_schema'])} schema item(s) are not online")
    return {"status": "ready"}


def _not_ready(detail: str) -> Response:
    return problem(503, detail, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
