"""The layout shows the architecture, and stays so: each layer imports only the layers below
it, the model does no I/O, Flask stays in the web layer, and no two modules share a name."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from kb_service.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "kb_service"
# What each layer may import of kb_service, besides itself (docs/architecture in README).
ALLOWED = {
    "model": set(),
    "store": {"model", "config", "errors", "observability"},
    "curation": {"model", "store", "config", "errors"},
    "read": {"model", "store", "curation", "errors"},
    "write": {"model", "store", "curation", "read", "errors"},
    "api": {"model", "store", "curation", "read", "write", "config", "errors", "observability"},
}
IO_LIBRARIES = {"neo4j", "flask", "flask_smorest", "werkzeug", "urllib", "socket", "subprocess"}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def imported(path: Path) -> set[str]:
    """Return every module `path` imports, as dotted names."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def layer_of(dotted: str) -> str | None:
    parts = dotted.split(".")
    return parts[1] if parts[0] == "kb_service" and len(parts) > 1 else None


def test_no_two_modules_share_a_name() -> None:
    names = Counter(p.stem for p in modules() if p.stem != "__init__")
    assert [name for name, count in names.items() if count > 1] == []
    assert len(names) > 40  # the walk found the package


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_below_it(layer: str) -> None:
    wrong = []
    files = list((PACKAGE / layer).rglob("*.py"))
    assert files, layer
    for path in files:
        for name in imported(path):
            other = layer_of(name)
            if other is not None and other != layer and other not in ALLOWED[layer]:
                wrong.append(f"{path.relative_to(PROJECT_ROOT)} imports {name}")
    assert wrong == []


def test_the_model_does_no_io() -> None:
    wrong = [
        f"{path.name} imports {name}"
        for path in (PACKAGE / "model").rglob("*.py")
        for name in imported(path)
        if name.split(".")[0] in IO_LIBRARIES
    ]
    assert wrong == []


def test_flask_stays_in_the_web_layer() -> None:
    outside = [
        str(path.relative_to(PROJECT_ROOT))
        for path in modules()
        if "api" not in path.relative_to(PACKAGE).parts[:1]
        and path != PACKAGE / "__init__.py"  # the app factory wires the web layer
        and any(name.split(".")[0] in ("flask", "flask_smorest") for name in imported(path))
    ]
    assert outside == []
