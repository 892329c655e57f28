"""The `kb` command (`main`), one module per group of commands: the local Neo4j
(`neo4j_commands`), the graph (`graph_commands`), the curator's tools (`curation_commands`)
and the server (`server_commands`), gathered in `kb`."""

from kb_service.cli.kb import main
from kb_service.cli.server_commands import gunicorn_command, metrics_environment

__all__ = ["gunicorn_command", "main", "metrics_environment"]
