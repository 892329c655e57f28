"""The commands that serve the API: `kb serve` (gunicorn alone) and `kb run` (Neo4j, the
schema, the seeds, then gunicorn)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import click

from kb_service.cli.connections import local_instance
from kb_service.cli.graph_commands import ingest, schema_apply
from kb_service.cli.neo4j_commands import neo4j_start
from kb_service.config import Settings
from kb_service.store import neo4j_local


def gunicorn_command(host: str, port: int, workers: int) -> list[str]:
    """Return the gunicorn command line that serves the API (no --preload: see README).

    Every other setting (threaded workers, timeouts for slow clients, no access log) is in
    kb_service/gunicorn_conf.py, which the Docker image uses too; no control socket is set there
    as well, and repeated here, where tests/test_web_hardening.py looks for it.
    """
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        "python:kb_service.gunicorn_conf",
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--no-control-socket",
    ]


def metrics_environment(settings: Settings) -> dict[str, str]:
    """Return the environment for gunicorn: a fresh folder where workers share their metrics."""
    folder = settings.home / "metrics"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(folder)}


@click.command()
@click.option("--host", default=lambda: Settings.from_env().host)
@click.option("--port", type=int, default=lambda: Settings.from_env().port)
@click.option("--workers", type=int, default=lambda: Settings.from_env().workers)
def serve(host: str, port: int, workers: int) -> None:
    """Serve the API with gunicorn."""
    env = metrics_environment(Settings.from_env())
    os.execve(sys.executable, gunicorn_command(host, port, workers), env)  # noqa: S606


@click.command()
@click.pass_context
def run(ctx: click.Context) -> None:
    """Start Neo4j (unless KB_NEO4J_URI is set), apply the schema, load seeds/, serve."""
    settings = Settings.from_env()
    instance = None if settings.neo4j_uri_given else local_instance(settings)
    if instance is not None:
        ctx.invoke(neo4j_start)
    host, port = settings.host, settings.port
    server = None
    try:
        ctx.invoke(schema_apply)
        _load_seeds(ctx)
        click.echo(
            f"API docs: http://{host}:{port}/docs   OpenAPI: http://{host}:{port}/openapi.json"
        )
        if instance is not None:
            click.echo(f"Neo4j Browser: http://127.0.0.1:{instance.http_port}/browser/")
        click.echo("Press Ctrl-C to stop.")
        server = subprocess.Popen(
            gunicorn_command(host, port, settings.workers),
            env=metrics_environment(settings),
        )
        server.wait()
    except KeyboardInterrupt:
        click.echo("stopping")
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            server.wait(timeout=30)
        if instance is not None:
            neo4j_local.stop(instance)


def _load_seeds(ctx: click.Context) -> None:
    seeds = Settings.from_env().seeds
    if seeds.is_dir():
        ctx.invoke(ingest, paths=(str(seeds),), dry_run=False)
