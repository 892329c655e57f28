"""How a command reaches Neo4j: the local instance it starts and stops, and a database
session that reports the service's errors as command errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from kb_service.config import Settings
from kb_service.errors import KbError
from kb_service.store import neo4j_local
from kb_service.store.db import Database


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
