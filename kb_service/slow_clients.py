"""gunicorn's threaded worker with deadlines for slow clients: a few can't hold every thread.

gunicorn's gthread worker hands a connection to a thread once its first byte has arrived, and
from then on reads the request line and headers with a blocking socket and no time limit: a
client sending one byte every few seconds holds that thread for as long as it likes, and 50 such
clients hold every thread of every worker (docs/reliability.md). This worker peeks first, and
parses a request only once its headers have all arrived; until then the connection waits on the
worker's main loop, without a thread, and is closed if its headers take longer than
KB_HEADER_TIMEOUT. Each client socket is also wrapped: a body must arrive within KB_BODY_TIMEOUT,
and each piece of a response must be taken within KB_SEND_TIMEOUT.
`kb_service/gunicorn_conf.py` selects this worker.
"""

from __future__ import annotations

import contextlib
import socket
import time
from typing import Any

from gunicorn.http.errors import NoMoreData
from gunicorn.workers import gthread
from gunicorn.workers.gthread import ThreadWorker
from werkzeug.exceptions import RequestTimeout

from kb_service.config import Settings

HEADERS_END = b"\r\n\r\n"
# Headers longer than this are handed to gunicorn's parser as they are (it limits them itself).
PEEK_BYTES = 65536
# What a gthread worker's thread returns for "wait on the main loop for more bytes, no thread".
DEFER = getattr(gthread, "_DEFER")  # noqa: B009  # private in gunicorn: fails loudly if renamed


class SlowBody(RequestTimeout):
    """A request body that did not arrive in time, while the application read it: a 408 with
    the one error shape (not an OSError, which werkzeug would take for a client gone: 400)."""

    description = "the request body did not arrive in time"


# What a read past its deadline raises, by what was being read. gunicorn closes a connection
# quietly when headers stop (NoMoreData), and when its drain of an unread body times out.
HEADERS, BODY, DRAIN = "headers", "body", "drain"
LATE: dict[str, type[Exception]] = {HEADERS: NoMoreData, BODY: SlowBody, DRAIN: TimeoutError}


class DeadlineSocket:
    """A client socket whose reads share one deadline and whose writes each have a timeout."""

    def __init__(self, sock: socket.socket, send_timeout: float) -> None:
        self._sock = sock
        self._send_timeout = send_timeout
        self._deadline: float | None = None
        self.reading = HEADERS
        self._expired = False

    def arm(self, seconds: float, reading: str) -> None:
        """Start the deadline for the next reads: a request's headers, or its body."""
        self._deadline = time.monotonic() + seconds
        self.reading = reading

    def recv(self, size: int) -> bytes:
        """Read at most `size` bytes before the deadline, or give up on this client."""
        if self._expired:
            # Nothing more is read from this client, and gunicorn closes it at once (its
            # graceful close, on the worker's main loop, would otherwise wait for the client).
            raise TimeoutError
        if self._deadline is None:
            return self._sock.recv(size)
        remaining = self._deadline - time.monotonic()
        try:
            if remaining <= 0:
                raise TimeoutError
            self._sock.settimeout(remaining)
            return self._sock.recv(size)
        except TimeoutError:
            self._expired = True
            raise LATE[self.reading]() from None
        finally:
            self._sock.settimeout(None)

    def peek(self, size: int) -> bytes:
        """Return the bytes waiting on the socket, leaving them there; BlockingIOError if none."""
        return self._sock.recv(size, socket.MSG_PEEK | socket.MSG_DONTWAIT)

    def sendall(self, data: bytes) -> None:
        """Send `data`, dropping a client that takes none of it within the send timeout."""
        self._sock.settimeout(self._send_timeout)
        try:
            self._sock.sendall(data)
        finally:
            self._sock.settimeout(None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class DeadlineThreadWorker(ThreadWorker):  # type: ignore[misc]  # gunicorn ships no types
    """gthread, where a request's headers are read only once they have all arrived, and with
    the deadlines of DeadlineSocket on every client connection."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kb_settings = Settings.from_env()

    def handle(self, conn: Any) -> Any:
        """Serve a connection's next request once its headers are in; until then, hand the
        connection back to the main loop, which waits for more bytes without a thread."""
        if not isinstance(conn.sock, DeadlineSocket):
            # Before the first request: gunicorn's parser keeps the socket it is given.
            conn.sock = DeadlineSocket(conn.sock, self.kb_settings.send_timeout)
        state = self._headers_state(conn)
        if state == "wait":
            conn.data_ready = False
            return DEFER
        if state == "gone":
            with contextlib.suppress(OSError):
                # Not close(): gunicorn closes it, and counts it, once this returns.
                conn.sock.shutdown(socket.SHUT_RDWR)
            return False
        conn.sock.arm(self.kb_settings.header_timeout, HEADERS)
        return super().handle(conn)

    def _headers_state(self, conn: Any) -> str:
        """Say whether a request's headers are all in ("ready"), still coming ("wait"), or
        whether the client closed or took longer than KB_HEADER_TIMEOUT ("gone")."""
        if conn.parser is not None and conn.parser.unreader.buf.getvalue():
            return "ready"  # gunicorn read ahead into this request already
        try:
            seen = conn.sock.peek(PEEK_BYTES)
        except BlockingIOError:
            return "wait"
        except OSError:
            return "gone"
        if not seen:
            return "gone"
        if HEADERS_END in seen or len(seen) >= PEEK_BYTES:
            conn.kb_first_byte = None
            return "ready"
        now = time.monotonic()
        first = getattr(conn, "kb_first_byte", None) or now
        conn.kb_first_byte = first
        return "gone" if now - first > self.kb_settings.header_timeout else "wait"

    def handle_request(self, req: Any, conn: Any) -> Any:
        """Run the application, the request's body due within KB_BODY_TIMEOUT."""
        conn.sock.arm(self.kb_settings.body_timeout, BODY)
        try:
            return super().handle_request(req, conn)
        finally:
            conn.sock.reading = DRAIN  # what the application left unread, gunicorn drains
