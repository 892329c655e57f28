"""Structured JSON logs and Prometheus metrics, shared by the web layer and data access."""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUESTS = Counter(
    "kb_http_requests_total", "HTTP requests answered", ["method", "route", "status"]
)
REQUEST_SECONDS = Histogram(
    "kb_http_request_duration_seconds", "Time to answer a request", ["method", "route"]
)
QUERY_SECONDS = Histogram(
    "kb_neo4j_query_duration_seconds", "Time Neo4j took per query file", ["query"]
)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and any `fields` given."""

    def format(self, record: logging.LogRecord) -> str:
        """Render the record as a JSON line."""
        body: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        body.update(getattr(record, "fields", {}))
        return json.dumps(body, ensure_ascii=False, default=str)


class DriverFormatter(JsonFormatter):
    """The driver's own warnings as JSON lines, with their arguments withheld but numbers and
    error codes: the errors' texts carry lock and query internals."""

    def format(self, record: logging.LogRecord) -> str:
        """Render the record with its arguments scrubbed."""
        args = record.args if isinstance(record.args, tuple) else ()
        scrubbed = logging.makeLogRecord(record.__dict__)
        scrubbed.args = tuple(_scrub(arg) for arg in args)
        try:
            scrubbed.getMessage()
        except (TypeError, ValueError):
            scrubbed.msg, scrubbed.args = "the driver logged a message (withheld)", ()
        return super().format(scrubbed)


def _scrub(arg: object) -> object:
    if isinstance(arg, int | float) and not isinstance(arg, bool):
        return arg
    if isinstance(arg, BaseException):
        code = getattr(arg, "code", None)
        return f"{type(arg).__name__} {code}" if isinstance(code, str) else type(arg).__name__
    return "(withheld)"


def configure_logging(level: str = "INFO") -> None:
    """Send the service's logs, and the driver's warnings, to stderr as JSON lines (once per
    process)."""
    for name, formatter, at in (
        ("kb_service", JsonFormatter(), level),
        ("neo4j", DriverFormatter(), "WARNING"),
    ):
        logger = logging.getLogger(name)
        if any(isinstance(h.formatter, JsonFormatter) for h in logger.handlers):
            continue
        handler = logging.StreamHandler()
        handler.setFormatter(formatter)
        logger.addHandler(handler)
        logger.setLevel(at)
        logger.propagate = False


@contextmanager
def timed_query(name: str) -> Iterator[None]:
    """Observe how long one query file took."""
    start = time.perf_counter()
    try:
        yield
    finally:
        QUERY_SECONDS.labels(name).observe(time.perf_counter() - start)


def metrics_text() -> tuple[bytes, str]:
    """Return the Prometheus exposition of every worker's metrics, and its content type."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
