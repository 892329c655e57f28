"""gunicorn's threaded worker with deadlines for slow clients, so that a few can't hold every thread.

gunicorn's gthread worker only hands a connection to a thread once its first byte has arrived,
but from then on it reads the request line and headers with a blocking socket and no time
limit: a client sending one byte every few seconds holds that thread for as long as it likes,
and 50 such clients hold every thread of every worker (see docs/reliability.md). Each client
socket is therefore wrapped: its line and headers must arrive within KB_HEADER_TIMEOUT, its body
within KB_BODY_TIMEOUT, and each piece of a response must be taken by the client within
KB_SEND_TIMEOUT. `kb_service/gunicorn_conf.py` selects this worker.
"""

from __future__ import annotations

import socket
import time
from typing import Any

from gunicorn.http.errors import NoMoreData
from gunicorn.workers.gthread import _DEFER as DEFER  # "wait on the main loop for more bytes"
from gunicorn.workers.gthread import ThreadWorker
from werkzeug.exceptions import RequestTimeout

from kb_service.config import Settings

HEADERS_END = b"\r\n\r\n"
# Headers longer than this are handed to gunicorn's parser as they are (it limits them itself).
PEEK_BYTES = 65536


class SlowBody(TimeoutError, RequestTimeout):
    """A request body that did not arrive in time.

    A TimeoutError, so that gunicorn's own body drain gives up quietly; a 408 for werkzeug, so
    that the application, reading the body, answers it with the one error shape.
    """

    description = "the request body did not arrive in time"


class DeadlineSocket:
    """A client socket whose reads share one deadline and whose writes each have a timeout."""

    def __init__(self, sock: socket.socket, send_timeout: float) -> None:
        self._sock = sock
        self._send_timeout = send_timeout
        self._deadline: float | None = None
        self._headers = True

    def arm(self, seconds: float, *, headers: bool) -> None:
        """Start the deadline for the next reads: a request's line and headers, or its body."""
        self._deadline = time.monotonic() + seconds
        self._headers = headers

    def recv(self, size: int) -> bytes:
        """Read at most `size` bytes before the deadline, or give up on this client."""
        if self._deadline is None:
            return self._sock.recv(size)
        remaining = self._deadline - time.monotonic()
        try:
            if remaining <= 0:
                raise TimeoutError
            self._sock.settimeout(remaining)
            return self._sock.recv(size)
        except TimeoutError:
            # gunicorn closes a connection quietly when its headers stop (NoMoreData).
            raise NoMoreData() if self._headers else SlowBody() from None
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
            conn.sock.close()
            return False
        conn.sock.arm(self.kb_settings.header_timeout, headers=True)
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
        conn.sock.arm(self.kb_settings.body_timeout, headers=False)
        return super().handle_request(req, conn)
