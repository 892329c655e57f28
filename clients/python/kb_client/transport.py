"""Sending requests: one httpx client (with an optional HTTP cache), bounded retries that wait
as `Retry-After` says on 429 and 503, and the consistency token that makes reads see writes."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from kb_client.errors import error_for, retry_after

RETRIED_STATUSES = frozenset({429, 503})
CONSISTENCY_HEADER = "KB-Consistency-Token"


@dataclass(frozen=True)
class RetryPolicy:
    """How a 429 or 503 is retried: at most `max_retries` times, waiting what `Retry-After`
    asks (or `default_wait` seconds when it asks nothing). A wait longer than `max_wait` is not
    waited: the error is raised at once, with its `retry_after`. `sleep` does the waiting."""

    max_retries: int = 3
    max_wait: float = 60.0
    default_wait: float = 1.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    def wait_for(self, response: httpx.Response, attempt: int) -> float | None:
        """Return how long to wait before retrying this answer, or None to raise it."""
        if response.status_code not in RETRIED_STATUSES or attempt >= self.max_retries:
            return None
        asked = retry_after(response)
        wait = self.default_wait if asked is None else asked
        return wait if wait <= self.max_wait else None


def http_client(
    base_url: str, api_key: str | None, timeout: float, cache: str | Path | None
) -> httpx.Client:
    """Build the httpx client: the API's base URL, the key as a bearer token, and with `cache`
    (a file path) an on-disk cache that revalidates every answer with its ETag (hishel)."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    transport: httpx.BaseTransport | None = None
    if cache is not None:
        transport = _cache_transport(Path(cache))
    return httpx.Client(
        base_url=base_url.rstrip("/") + "/api/v1",
        headers=headers,
        timeout=timeout,
        transport=transport,
    )


def _cache_transport(path: Path) -> httpx.BaseTransport:
    try:
        from hishel import CacheOptions, SqliteStorage
        from hishel.httpx import CacheTransport
    except ImportError as missing:
        raise ImportError("an HTTP cache needs the extra: pip install 'kb-client[cache]'") from (
            missing
        )
    # RFC 9111 mode: the API answers `no-cache` with an ETag, so every use is revalidated (a
    # 304 then serves the stored body). Private: answers to a key's requests are this user's.
    return CacheTransport(
        next_transport=httpx.HTTPTransport(),
        storage=SqliteStorage(database_path=path),
        rfc=CacheOptions(shared=False),
    )


class Transport:
    """Send requests through one httpx client, retrying as the policy allows; raise the typed
    exception of any error answer."""

    def __init__(self, http: httpx.Client, policy: RetryPolicy) -> None:
        self.http = http
        self.policy = policy
        self.consistency_token: str | None = None

    def send(self, method: str, path: str, **options: Any) -> httpx.Response:
        """Send one request (retried on 429/503 as the policy allows); return a 2xx or 3xx
        answer, or raise the error it stands for."""
        if method == "GET" and self.consistency_token:
            headers = {CONSISTENCY_HEADER: self.consistency_token, **options.pop("headers", {})}
            options["headers"] = headers
        attempt = 0
        while True:
            response = self.http.request(method, path, **options)
            if response.status_code < 400:
                self._remember_token(method, response)
                return response
            wait = self.policy.wait_for(response, attempt)
            if wait is None:
                raise error_for(response)
            response.close()
            self.policy.sleep(wait)
            attempt += 1

    def _remember_token(self, method: str, response: httpx.Response) -> None:
        # A write's token, sent back with later reads, makes any worker answer them only once
        # its database holds the write.
        token = response.headers.get(CONSISTENCY_HEADER)
        if method != "GET" and token:
            self.consistency_token = token

    def close(self) -> None:
        """Close the connections (and the cache's storage)."""
        self.http.close()
