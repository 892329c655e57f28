"""Problems found in curated files, each with the file, line and field path it concerns."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kb_service.curation.problem_codes import code_of

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a curated file, and what would fix it: a `hint` in words, and
    `details` for programs (the closest span of a quote, the nearest ids ...)."""

    file: str
    line: int
    field: str
    message: str
    hint: str = dataclasses.field(default="", compare=False)
    details: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    @property
    def coded(self) -> dict[str, Any]:
        """Return the problem's stable code and its parameters (problem_codes.py), for clients
        that say it in their own language: {"code": ..., "params": {...}}."""
        code, params = code_of(self.message)
        return {"code": code, "params": params}

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class CurationError(Exception):
    """A batch of curated files has problems; nothing from it may be written."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(problem) for problem in self.problems))


def field_path(path: Path_) -> str:
    """Render a path such as ('events', 0, 'date') as `events[0].date`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
