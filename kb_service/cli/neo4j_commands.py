"""`kb neo4j start | stop | status`: the local Neo4j Community."""

from __future__ import annotations

import sys

import click

from kb_service.cli.connections import local_instance
from kb_service.config import Settings
from kb_service.store import neo4j_local


@click.group()
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
