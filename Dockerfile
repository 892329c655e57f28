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
# No --preload: the Neo4j driver is not fork-safe, so each worker builds its own app and driver.
# The service logs each request as a JSON line (without query strings), so gunicorn's access log
# stays off. Workers share Prometheus metrics through PROMETHEUS_MULTIPROC_DIR.
ENV PROMETHEUS_MULTIPROC_DIR=/tmp/kb-metrics
CMD ["sh", "-c", "rm -rf $PROMETHEUS_MULTIPROC_DIR && mkdir -p $PROMETHEUS_MULTIPROC_DIR && exec gunicorn --bind 0.0.0.0:8000 --workers 2 --limit-request-line 8190 'kb_service:create_app()'"]
