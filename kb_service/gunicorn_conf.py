"""gunicorn's settings, the same for `kb run`, `kb serve` and the Docker image:
`gunicorn -c python:kb_service.gunicorn_conf`. Values come from the KB_* settings (config.py);
options given on gunicorn's command line win over these.

Threads (gthread) rather than sync workers: a sync worker serves one connection at a time, so a
slow client (a slow reader of an export, a slow sender of headers) holds the whole process, and
the worker timeout kills a long export mid-stream. A gthread worker's main loop keeps the
master informed while its threads stream, and DeadlineThreadWorker bounds slow senders.
"""

from __future__ import annotations

from kb_service.config import Settings

_settings = Settings.from_env()

wsgi_app = "kb_service:create_app()"
bind = [f"{_settings.host}:{_settings.port}"]
workers = _settings.workers
worker_class = "kb_service.slow_clients.DeadlineThreadWorker"
threads = _settings.threads
keepalive = _settings.keepalive
# The request line may be 8190 bytes (gunicorn's largest), so that the documented maxima (5
# repeated ids of 120 characters) fit.
limit_request_line = 8190
# No access log: gunicorn's would write query strings; the service logs each request as a JSON
# line without them. No control socket: gunicorn's default one is a single path in the user's
# home, shared by every instance on the machine, and the service has no use for it.
accesslog = None
control_socket_disable = True
