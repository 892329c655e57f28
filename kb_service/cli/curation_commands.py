"""The curator's commands: `kb draft` (a curated file drafted from a text) and
`kb curation-schema` (the JSON Schema of the curated format)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kb_service.cli.connections import database_session
from kb_service.config import Settings
from kb_service.curation import CurationError
from kb_service.curation.vocabulary import stored as stored_vocabulary
from kb_service.model.text import printable
from kb_service.read.candidates import annotate as annotate_candidates
from kb_service.read.entities import registry_entries

if TYPE_CHECKING:
    from kb_service.curation.drafting.command import DraftRequest


# Every option but --database is named after a field of DraftRequest, which gathers them.
@click.command()
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
def draft(database: bool, **request: Any) -> None:
    """Draft a curated file for TEXT_FILE, beside it, for a curator to review."""
    from kb_service.curation.drafting.command import DraftRequest  # loads the drafter's rules

    try:
        written, summary, stored_like = _write_draft(DraftRequest(**request), database)
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


def _write_draft(request: DraftRequest, database: bool) -> tuple[Path, str, list[int]]:
    """Write the draft; return its path, its summary and, matched against the database, how
    many of its items may be records already stored (one count per document annotated)."""
    from kb_service.curation.drafting.command import write_draft

    stored_like: list[int] = []
    if not database:
        written, summary = write_draft(request, Settings.from_env())
        return written, summary, stored_like
    with database_session() as db:
        terms = stored_vocabulary(db)
        written, summary = write_draft(
            request,
            Settings.from_env(),
            registry_entries(db),
            lambda document: stored_like.append(annotate_candidates(db, document, terms)),
        )
    return written, summary, stored_like


@click.command("curation-schema")
def curation_schema() -> None:
    """Print the JSON Schema of the curated format (docs/curation-schema.json)."""
    from kb_service.curation.reference import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True))
