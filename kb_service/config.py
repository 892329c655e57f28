"""Settings read from KB_* environment variables, each with a documented default."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Every setting, its default and what it does: the README's table is checked against this.
SETTINGS: dict[str, tuple[str, str]] = {
    "KB_NEO4J_URI": (
        "bolt://127.0.0.1:$KB_NEO4J_BOLT_PORT",
        "Bolt URI of Neo4j (bolt://, neo4j://, neo4j+s://); unset: the local Neo4j's Bolt port",
    ),
    "KB_NEO4J_USER": ("neo4j", "Neo4j user name"),
    "KB_NEO4J_PASSWORD": ("", "Neo4j password; empty means no authentication"),
    "KB_NEO4J_DATABASE": ("neo4j", "Neo4j database name"),
    "KB_NEO4J_TIMEOUT": ("5", "Seconds to wait for a Neo4j connection before answering 503"),
    "KB_NEO4J_POOL_SIZE": ("50", "Maximum Bolt connections per process"),
    "KB_NEO4J_QUERY_TIMEOUT": (
        "30",
        "Seconds a read, or a write statement outside an ingest (schema, removals), may run in "
        "Neo4j before it is stopped (503)",
    ),
    "KB_NEO4J_WRITE_TIMEOUT": ("20", "Seconds an API write may run (or wait for locks) (503)"),
    "KB_API_KEYS": ("", "Comma-separated API keys that may write; empty means writes are refused"),
    "KB_TOKEN_SECRET": (
        "",
        "Secret that signs consistency tokens (HMAC-SHA256), the same on every worker and host; "
        "empty: derived from KB_API_KEYS",
    ),
    "KB_CORS_ORIGINS": ("", "Comma-separated origins allowed by CORS and allowed to frame pages"),
    "KB_MAX_BODY_BYTES": ("2097152", "Largest request body accepted, in bytes (413 above)"),
    "KB_DRAFT_BUDGET_SECONDS": (
        "10",
        "Seconds `POST /drafts` may spend drafting a text before it answers 503 (with Retry-After)",
    ),
    "KB_WRITES_PER_WORKER": (
        "1",
        "Writes one worker sends to Neo4j at once; the others wait in the worker, not on the "
        "graph's write lock",
    ),
    "KB_WRITE_QUEUE_SECONDS": (
        "60",
        "Seconds a write may wait in its worker for its turn before it answers 503",
    ),
    "KB_HOST": ("127.0.0.1", "Address gunicorn binds to in `make run`"),
    "KB_PORT": ("8000", "Port gunicorn binds to in `make run`"),
    "KB_WORKERS": ("2", "gunicorn worker processes in `make run`"),
    "KB_THREADS": ("16", "Threads per gunicorn worker: requests one worker serves at once"),
    "KB_KEEPALIVE": ("5", "Seconds an idle connection (kept alive, or new and silent) stays open"),
    "KB_HEADER_TIMEOUT": (
        "10",
        "Seconds a client may take to send a request's line and headers, from their first byte",
    ),
    "KB_BODY_TIMEOUT": ("60", "Seconds a client may take to send a request's body"),
    "KB_SEND_TIMEOUT": (
        "60",
        "Seconds a response may wait for a client that stopped reading before it is dropped",
    ),
    "KB_ANON_RATE": (
        "60/minute",
        "Expensive requests (drafts, CSV/NDJSON exports, text filters, search) an anonymous "
        "client may make, per worker (429 above)",
    ),
    "KB_ANON_HEAVY_CONCURRENCY": (
        "2",
        "Expensive requests one anonymous client may have running at once, per worker (429 above)",
    ),
    "KB_ANON_HEAVY_TOTAL": (
        "4",
        "Expensive requests all anonymous clients together may have running at once, per worker",
    ),
    "KB_KEY_RATE": ("600/minute", "Expensive requests per API key, per worker (429 above)"),
    "KB_KEY_HEAVY_CONCURRENCY": (
        "8",
        "Expensive requests one API key may have running at once, per worker (429 above)",
    ),
    "KB_HOME": (".kb", "Folder for the local Neo4j's jars, data and logs"),
    "KB_NEO4J_BOLT_PORT": ("7687", "Bolt port of the local Neo4j started by `kb neo4j start`"),
    "KB_NEO4J_HTTP_PORT": ("7474", "HTTP port (Neo4j Browser) of the local Neo4j"),
    "KB_NEO4J_PAGECACHE": ("256m", "Page cache of the local Neo4j (e.g. 4g; size it to the store)"),
    "KB_NEO4J_LOCAL_PASSWORD": ("", "If set, the local Neo4j turns auth on with this password"),
    "KB_SEEDS": ("seeds", "Folder of curated files that `make run` loads"),
    "KB_PUBLIC_BASE_URL": (
        "",
        "Public URL of the API (https://kb.example.org) for absolute links; empty: relative links",
    ),
    "KB_METRICS_TOKEN": (
        "",
        "Bearer token /metrics asks for; empty: /metrics answers loopback clients only",
    ),
}


def _get(env: Mapping[str, str], name: str) -> str:
    return env.get(name, SETTINGS[name][0])


def _neo4j_uri(env: Mapping[str, str]) -> str:
    """Return KB_NEO4J_URI, or the local Neo4j's Bolt address on KB_NEO4J_BOLT_PORT, so that
    moving the local database to another port moves every client of it too."""
    if "KB_NEO4J_URI" in env:
        return env["KB_NEO4J_URI"]
    return f"bolt://127.0.0.1:{_get(env, 'KB_NEO4J_BOLT_PORT')}"


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    """Typed settings for the service and its tools."""

    neo4j_uri: str
    neo4j_user: str
    neo4j_password: str = field(repr=False)
    neo4j_database: str
    neo4j_timeout: float
    neo4j_pool_size: int
    neo4j_query_timeout: float
    neo4j_write_timeout: float
    api_keys: tuple[str, ...] = field(repr=False)
    token_secret: str = field(repr=False)
    cors_origins: tuple[str, ...]
    max_body_bytes: int
    draft_budget_seconds: float
    writes_per_worker: int
    write_queue_seconds: float
    home: Path
    public_base_url: str
    metrics_token: str = field(repr=False)
    host: str
    port: int
    workers: int
    threads: int
    keepalive: int
    header_timeout: float
    body_timeout: float
    send_timeout: float
    anon_rate: str
    anon_heavy_concurrency: int
    anon_heavy_total: int
    key_rate: str
    key_heavy_concurrency: int
    bolt_port: int
    http_port: int
    pagecache: str
    seeds: Path
    neo4j_uri_given: bool  # KB_NEO4J_URI was set: `kb run` then starts no local Neo4j

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from the environment (or the mapping given)."""
        source = os.environ if env is None else env
        return cls(
            neo4j_uri=_neo4j_uri(source),
            neo4j_user=_get(source, "KB_NEO4J_USER"),
            neo4j_password=_get(source, "KB_NEO4J_PASSWORD"),
            neo4j_database=_get(source, "KB_NEO4J_DATABASE"),
            neo4j_timeout=float(_get(source, "KB_NEO4J_TIMEOUT")),
            neo4j_pool_size=int(_get(source, "KB_NEO4J_POOL_SIZE")),
            neo4j_query_timeout=float(_get(source, "KB_NEO4J_QUERY_TIMEOUT")),
            neo4j_write_timeout=float(_get(source, "KB_NEO4J_WRITE_TIMEOUT")),
            api_keys=_split(_get(source, "KB_API_KEYS")),
            token_secret=_get(source, "KB_TOKEN_SECRET"),
            cors_origins=_split(_get(source, "KB_CORS_ORIGINS")),
            max_body_bytes=int(_get(source, "KB_MAX_BODY_BYTES")),
            draft_budget_seconds=float(_get(source, "KB_DRAFT_BUDGET_SECONDS")),
            writes_per_worker=int(_get(source, "KB_WRITES_PER_WORKER")),
            write_queue_seconds=float(_get(source, "KB_WRITE_QUEUE_SECONDS")),
            home=PROJECT_ROOT / _get(source, "KB_HOME"),
            public_base_url=_get(source, "KB_PUBLIC_BASE_URL").rstrip("/"),
            metrics_token=_get(source, "KB_METRICS_TOKEN"),
            **_serving(source),
            bolt_port=int(_get(source, "KB_NEO4J_BOLT_PORT")),
            http_port=int(_get(source, "KB_NEO4J_HTTP_PORT")),
            pagecache=_get(source, "KB_NEO4J_PAGECACHE"),
            seeds=Path(_get(source, "KB_SEEDS")),
            neo4j_uri_given="KB_NEO4J_URI" in source,
        )


def _serving(source: Mapping[str, str]) -> dict[str, Any]:
    # gunicorn's settings and the per-client budgets
    return {
        "host": _get(source, "KB_HOST"),
        "port": int(_get(source, "KB_PORT")),
        "workers": int(_get(source, "KB_WORKERS")),
        "threads": int(_get(source, "KB_THREADS")),
        "keepalive": int(_get(source, "KB_KEEPALIVE")),
        "header_timeout": float(_get(source, "KB_HEADER_TIMEOUT")),
        "body_timeout": float(_get(source, "KB_BODY_TIMEOUT")),
        "send_timeout": float(_get(source, "KB_SEND_TIMEOUT")),
        "anon_rate": _get(source, "KB_ANON_RATE"),
        "anon_heavy_concurrency": int(_get(source, "KB_ANON_HEAVY_CONCURRENCY")),
        "anon_heavy_total": int(_get(source, "KB_ANON_HEAVY_TOTAL")),
        "key_rate": _get(source, "KB_KEY_RATE"),
        "key_heavy_concurrency": int(_get(source, "KB_KEY_HEAVY_CONCURRENCY")),
    }
