"""A pytest plugin that keeps only the pure tests: those that need no Neo4j, no browser and no
served API. Load it with `-p tests.pure_selection` (from the project root): `make mutation` runs
each mutant against this selection, so that one mutant costs seconds, not a database start.

Under mutmut (MUTANT_UNDER_TEST set) it also leaves out the tests that check tools rather than
code (they need the project's .venv, which mutants/ has not), and KB_MUTATION_TESTS, a list of
test file names, narrows the selection further (`make mutation TESTS=...`)."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import pytest

# A test that asks for one of these, directly or through another fixture, is not pure:
# `neo4j_uri` starts the suite's Neo4j, `instance` test_faults.py's own, `browser` a Chromium.
IMPURE_FIXTURES = frozenset({"neo4j_uri", "instance", "browser"})
# Run the type checker or docker-compose, which mutants/ does not have; no mutant changes them.
TOOL_TESTS = frozenset({"test_query_safety.py", "test_deployment.py", "test_layout.py"})


def is_pure(item: pytest.Item) -> bool:
    """Tell whether a collected test runs without Neo4j and without a browser."""
    names = getattr(item, "fixturenames", ())
    return not IMPURE_FIXTURES.intersection(names)


def is_kept(item: pytest.Item) -> bool:
    """Tell whether a pure test belongs to this run (all, or under mutmut the chosen files)."""
    if not is_pure(item):
        return False
    if "MUTANT_UNDER_TEST" not in os.environ:
        return True
    name = Path(str(item.path)).name
    chosen = os.environ.get("KB_MUTATION_TESTS", "").split()
    return name not in TOOL_TESTS and (not chosen or name in {Path(c).name for c in chosen})


@pytest.fixture(autouse=True)
def _cold_caches() -> None:
    """Under mutmut, empty kb_service's function caches before each test: a mutant runs in a
    process forked after the unmutated code filled them (dates.parse's lru_cache), and a
    cached answer would hide the mutant."""
    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    for name, module in list(sys.modules.items()):
        if name.startswith("kb_service") and module is not None:
            for value in list(vars(module).values()):
                # by the type, which never touches a proxy such as flask.request
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect every test that needs Neo4j or a browser (and, under mutmut, the others left
    out)."""
    kept = [item for item in items if is_kept(item)]
    dropped = [item for item in items if not is_kept(item)]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
    items[:] = kept
