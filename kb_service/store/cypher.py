"""Load Cypher statements from `cypher/**/*.cypher`: the one place query text is made."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import LiteralString, cast


class UnknownQuery(LookupError):
    """Raised when no .cypher file has the name asked for."""


def cypher_root() -> Path:
    """Return the folder holding the .cypher files (packaged copy first, then the repository)."""
    package = Path(__file__).resolve().parent.parent  # kb_service/
    packaged = package / "cypher"
    if packaged.is_dir():
        return packaged
    return package.parent / "cypher"


@cache
def query(name: str) -> LiteralString:
    """Return the text of `cypher/<name>.cypher`, e.g. query("read/timeline")."""
    root = cypher_root()
    path = (root / f"{name}.cypher").resolve()
    if root.resolve() not in path.parents or not path.is_file():
        raise UnknownQuery(name)
    # The files are part of the code base, never user input: that is what makes them literal.
    return cast(LiteralString, path.read_text(encoding="utf-8"))  # type: ignore[redundant-cast]


def statements(name: str) -> list[LiteralString]:
    """Split a file holding several `;`-terminated statements (schema files) into statements."""
    parts = [part.strip() for part in query(name).split(";")]
    return [cast(LiteralString, part) for part in parts if _has_code(part)]  # type: ignore[redundant-cast]


def names(folder: str) -> list[str]:
    """List the query names under one folder of cypher/, sorted."""
    root = cypher_root()
    return sorted(
        path.relative_to(root).with_suffix("").as_posix()
        for path in (root / folder).rglob("*.cypher")
    )


def _has_code(text: str) -> bool:
    return any(line.strip() and not line.strip().startswith("//") for line in text.splitlines())
