"""Query text is checked, not only asserted: the type checker `make lint` runs refuses a query
built at run time wherever the driver or the store takes query text (`LiteralString`), and the
store offers no method that runs text it was handed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kb_service.config import PROJECT_ROOT
from kb_service.store.db import Database

BASEDPYRIGHT = PROJECT_ROOT / ".venv" / "bin" / "basedpyright"
BUILT = """
from kb_service.store.db import Database


def count(db: Database, label: str) -> object:
    return db.driver.execute_query(f"MATCH (n:{label}) RETURN count(n)")
"""
LITERAL = """
from kb_service.store.db import Database


def count(db: Database) -> object:
    return db.driver.execute_query("MATCH (n:Actor) RETURN count(n)")
"""


def check(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    assert BASEDPYRIGHT.exists(), "make install installs basedpyright (a dev dependency)"
    return subprocess.run(
        [str(BASEDPYRIGHT), str(probe)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.parametrize("ignored", ["", "  # type: ignore"])
def test_a_query_built_at_run_time_fails_the_type_check(tmp_path: Path, ignored: str) -> None:
    """Even behind a mypy `# type: ignore`: only `# pyright: ignore` would silence it, and
    review sees that."""
    found = check(tmp_path, BUILT.replace('RETURN count(n)")', f'RETURN count(n)"){ignored}'))
    assert found.returncode == 1, found.stdout
    assert '"str" is not assignable to "LiteralString"' in found.stdout


def test_a_literal_query_passes_the_type_check(tmp_path: Path) -> None:
    found = check(tmp_path, LITERAL)
    assert found.returncode == 0, found.stdout


def test_the_store_runs_query_files_only() -> None:
    public = {name for name in vars(Database) if not name.startswith("_")}
    takes_text = {"run_text", "run", "execute", "query"}
    assert public & takes_text == set()
