"""The README's Python example runs as written against the API served by gunicorn with the seed
loaded, as after `make run`: only the host is the test's own."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
from conftest import SEEDS, fresh_graph, gunicorn_server

from kb_service.config import PROJECT_ROOT, Settings
from kb_service.store.db import Database

README = PROJECT_ROOT / "README.md"
BASE = "http://127.0.0.1:8000"


def python_blocks() -> list[str]:
    """Return the README's ```python blocks that use the client."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    return [block for block in blocks if "kb_client" in block]


def test_the_readme_example_runs_as_written(settings: Settings, db: Database) -> None:
    blocks = python_blocks()
    assert len(blocks) == 1
    fresh_graph(db, SEEDS)
    names: dict[str, Any] = {}
    with gunicorn_server(settings, workers=1) as base:
        exec(compile(blocks[0].replace(BASE, base), "README.md", "exec"), names)
        caught_up_since = names["later"].to_list()
        names["kb"].close()
    war, said, changes = names["war"], names["said"], names["changes"]
    assert len(war) > 0 and pd.api.types.is_datetime64_any_dtype(war["date_earliest"])
    assert len(said) > 0  # the block itself selects the columns it names
    assert {"seq", "op", "kind", "id"} <= set(changes.columns) and len(changes) > 0
    assert names["feed"].caught_up and caught_up_since == []  # nothing changed since
