# The API under gunicorn, for `docker compose up` (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md LICENSE ./
COPY kb_service ./kb_service
COPY cypher ./cypher
COPY seeds ./seeds
RUN pip install --no-cache-dir . && useradd --system kb
USER kb
EXPOSE 8000
# gunicorn's settings are kb_service/gunicorn_conf.py, the ones `make run` uses: threaded workers,
# deadlines for slow clients, no --preload (the Neo4j driver is not fork-safe, so each worker
# builds its own app and driver), no access log (the service logs each request as a JSON line,
# without query strings). Workers share Prometheus metrics through PROMETHEUS_MULTIPROC_DIR.
ENV PROMETHEUS_MULTIPROC_DIR=/tmp/kb-metrics KB_HOST=0.0.0.0 KB_PORT=8000
CMD ["sh", "-c", "rm -rf $PROMETHEUS_MULTIPROC_DIR && mkdir -p $PROMETHEUS_MULTIPROC_DIR && exec gunicorn --config python:kb_service.gunicorn_conf"]
