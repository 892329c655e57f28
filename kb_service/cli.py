"""The `kb` command: the local Neo4j, the schema, ingestion and the server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kb_service.config import Settings
from kb_service.curation import CurationError, collect_files
from kb_service.curation.vocabulary import stored as stored_vocabulary
from kb_service.errors import KbError
from kb_service.model.text import printable
from kb_service.read.candidates import annotate as annotate_candidates
from kb_service.read.coverage import coverage as source_coverage
from kb_service.read.entities import registry_entries
from kb_service.store import neo4j_local
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema
from kb_service.write.ingest import ingest as run_ingest
from kb_service.write.ingest import retract as retract_source


def local_instance(settings: Settings) -> neo4j_local.LocalNeo4j:
    """Describe the local Neo4j from KB_HOME and the KB_NEO4J_*_PORT settings."""
    return neo4j_local.LocalNeo4j(
        home=settings.home,
        data_dir=settings.home / "neo4j",
        bolt_port=settings.bolt_port,
        http_port=settings.http_port,
        pagecache=settings.pagecache,
    )


@contextmanager
def database_session() -> Iterator[Database]:
    """Open the database for one command; report the service's errors as command errors."""
    db = Database(Settings.from_env())
    try:
        yield db
    except KbError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.close()


@click.group()
def main() -> None:
    """Run the conflict timeline knowledge base."""


@main.group()
def neo4j() -> None:
    """Start, stop or inspect the local Neo4j Community."""


@neo4j.command("start")
def neo4j_start() -> None:
    """Start the local Neo4j (downloading its jars once) and wait until Bolt answers."""
    instance = local_instance(Settings.from_env())
    try:
        pid = neo4j_local.start(instance)
    except neo4j_local.LocalNeo4jError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"Neo4j is running (pid {pid}): bolt://127.0.0.1:{instance.bolt_port}, "
        f"Browser http://127.0.0.1:{instance.http_port}/browser/"
    )


@neo4j.command("stop")
def neo4j_stop() -> None:
    """Stop the local Neo4j cleanly."""
    stopped = neo4j_local.stop(local_instance(Settings.from_env()))
    click.echo("Neo4j stopped" if stopped else "Neo4j was not running")


@neo4j.command("status")
def neo4j_status() -> None:
    """Tell whether the local Neo4j runs (exit 1 if not)."""
    instance = local_instance(Settings.from_env())
    pid = neo4j_local.running_pid(instance)
    if pid is None:
        click.echo("Neo4j is not running")
        sys.exit(1)
    click.echo(f"Neo4j is running (pid {pid}) on bolt port {instance.bolt_port}")


@main.group()
def schema() -> None:
    """Manage constraints and indexes."""


@schema.command("apply")
def schema_apply() -> None:
    """Create the constraints and indexes in cypher/schema (safe to run again)."""
    with database_session() as db:
        count = apply_schema(db)
    click.echo(f"schema applied: {count} statements")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--dry-run", is_flag=True, help="Validate and show what would change; write nothing.")
@click.option("--strict", is_flag=True, help="Refuse a new record that looks like a stored one.")
def ingest(paths: tuple[str, ...], dry_run: bool, strict: bool = False) -> None:
    """Validate curated files (or folders of them), then load each in one transaction."""
    db = Database(Settings.from_env())
    try:
        files = collect_files(paths)
        with click.progressbar(length=len(files), label="ingesting", file=sys.stderr) as bar:
            report = run_ingest(
                db, files, dry_run=dry_run, progress=lambda _: bar.update(1), strict=strict
            )
    except CurationError as exc:
        click.echo(f"{len(exc.problems)} problem(s); nothing was written:", err=True)
        for problem in exc.problems:
            click.echo(f"  {printable(str(problem))}", err=True)
            if problem.hint:
                click.echo(f"      fix: {printable(problem.hint)}", err=True)
        sys.exit(1)
    except KbError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.close()
    _print_report(report.as_dict())


def _print_report(report: dict[str, Any]) -> None:
    verb = "would change" if report["dry_run"] else "changed"
    click.echo(f"{report['files']} file(s) valid; {verb}:")
    click.echo(f"  {'kind':<10} {'created':>8} {'updated':>8} {'removed':>8}")
    for kind, counts in report["counts"].items():
        row = f"  {kind:<10} {counts['created']:>8} {counts['updated']:>8} {counts['removed']:>8}"
        click.echo(row)
    links = report["links"]
    click.echo(f"  {'Link':<10} {links['created']:>8} {0:>8} {links['removed']:>8}")
    for change in report.get("registry_changes", []):
        fields = ", ".join(f"{name} {status}" for name, status in change["fields"].items())
        line = f"  {change['kind']} {change['id']} {change['change']}"
        click.echo(printable(f"{line}: {fields}" if fields else line))
    for warning in report.get("warnings", []):
        where = f"{warning['file']}:{warning['line']}: {warning['field']}"
        click.echo(printable(f"  warning: {where}: {warning['message']}"))
    if report.get("warnings"):
        click.echo("      fix: reuse the stored id, or list it under not_same_as")


@main.command()
@click.argument("text_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--publisher", required=True, help="Who published the text (e.g. 'RT Arabic').")
@click.option("--published", help="Publication date (EDTF); else the text's first full date.")
@click.option("--language", help="Language tag (ar, en, ru ...); else read from the script.")
@click.option("--id", "source_id", help="The source's id; else made from the file name.")
@click.option(
    "--registry",
    "registries",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Registry files or folders to match names from (default: the seeds folder).",
)
@click.option(
    "--database",
    is_flag=True,
    help="Also match the registry stored in Neo4j, and list the stored records each item may be.",
)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Where to write.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
def draft(
    text_file: Path,
    publisher: str,
    published: str | None,
    language: str | None,
    source_id: str | None,
    registries: tuple[Path, ...],
    database: bool,
    output: Path | None,
    force: bool,
) -> None:
    """Draft a curated file for TEXT_FILE, beside it, for a curator to review."""
    from kb_service.curation.drafting.command import DraftRequest, write_draft

    request = DraftRequest(
        text_file, publisher, published, language, source_id, registries, output, force
    )
    stored_like: list[int] = []  # how many drafted items may be records already stored
    try:
        if database:
            with database_session() as db:
                terms = stored_vocabulary(db)
                written, summary = write_draft(
                    request,
                    Settings.from_env(),
                    registry_entries(db),
                    lambda document: stored_like.append(annotate_candidates(db, document, terms)),
                )
        else:
            written, summary = write_draft(request, Settings.from_env())
    except CurationError as exc:
        for problem in exc.problems:
            click.echo(f"  {printable(str(problem))}", err=True)
        sys.exit(1)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {written}: {summary}")
    if any(stored_like):
        click.echo(f"{sum(stored_like)} item(s) may be stored records: see same_as_candidates")
    click.echo("review each item, delete its `review: draft`, then: kb ingest --dry-run FILE")


@main.command()
@click.argument("source")
def coverage(source: str) -> None:
    """List the passages of SOURCE (a source id) with content that no assertion cites."""
    with database_session() as db:
        uncited = source_coverage(db, source)
    if not uncited:
        click.echo(f"every passage with content in {source} is cited")
        return
    for passage in uncited:
        click.echo(f"{passage['number']:>4}  {passage['text']}")
    sys.exit(1)


@main.command("curation-schema")
def curation_schema() -> None:
    """Print the JSON Schema of the curated format (docs/curation-schema.json)."""
    from kb_service.curation.reference import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True))


@main.command()
@click.argument("source")
def retract(source: str) -> None:
    """Retract SOURCE (a source id) and everything that only it supported."""
    with database_session() as db:
        report = retract_source(db, source)
    _print_report(report.as_dict())


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


@main.command()
@click.option("--host", default=lambda: Settings.from_env().host)
@click.option("--port", type=int, default=lambda: Settings.from_env().port)
@click.option("--workers", type=int, default=lambda: Settings.from_env().workers)
def serve(host: str, port: int, workers: int) -> None:
    """Serve the API with gunicorn."""
    env = metrics_environment(Settings.from_env())
    os.execve(sys.executable, gunicorn_command(host, port, workers), env)  # noqa: S606


@main.command()
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


if __name__ == "__main__":
    main()
