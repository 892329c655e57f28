"""The `kb` group: every command of the `kb` command line, gathered from the modules that
declare them."""

from __future__ import annotations

import click

from kb_service.cli.curation_commands import curation_schema, draft
from kb_service.cli.graph_commands import coverage, ingest, retract, schema
from kb_service.cli.neo4j_commands import neo4j
from kb_service.cli.server_commands import run, serve


@click.group()
def main() -> None:
    """Run the conflict timeline knowledge base."""


for command in (neo4j, schema, ingest, draft, coverage, curation_schema, retract, serve, run):
    main.add_command(command)
