"""The commands that change or inspect the graph: `kb schema apply`, `kb ingest`, `kb retract`
and `kb coverage`."""

from __future__ import annotations

import sys
from typing import Any

import click

from kb_service.cli.connections import database_session
from kb_service.config import Settings
from kb_service.curation import CurationError, collect_files
from kb_service.errors import KbError
from kb_service.model.text import printable
from kb_service.read.coverage import coverage as source_coverage
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema
from kb_service.write.ingest import ingest as run_ingest
from kb_service.write.retraction import retract as retract_source


@click.group()
def schema() -> None:
    """Manage constraints and indexes."""


@schema.command("apply")
def schema_apply() -> None:
    """Create the constraints and indexes in cypher/schema (safe to run again)."""
    with database_session() as db:
        count = apply_schema(db)
    click.echo(f"schema applied: {count} statements")


@click.command()
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


@click.command()
@click.argument("source")
def retract(source: str) -> None:
    """Retract SOURCE (a source id) and everything that only it supported."""
    with database_session() as db:
        report = retract_source(db, source)
    _print_report(report.as_dict())


@click.command()
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
