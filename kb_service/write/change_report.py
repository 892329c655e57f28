"""What an ingest, a retraction or a registry removal changed: records per kind, and links."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

KINDS = ("Term", "Source", "Actor", "Place", "Conflict", "Event", "Statement", "Relation")
Link = tuple[Any, ...]  # (type, from id, to id, role, position, quote, note)


@dataclass
class Report:
    """What an ingest changed (or, in a dry run, would change), per kind of record."""

    dry_run: bool = False
    files: int = 0
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    links_created: int = 0
    links_removed: int = 0
    # Per registry entry created or updated: {id, kind, change, fields: {field: what happened}}.
    registry_changes: list[dict[str, Any]] = field(default_factory=list)
    # New records that look like stored ones (write/same_record): ids, score and reasons.
    warnings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Tell whether any record or link was (or would be) created, updated or removed."""
        counted = any(+self.created) or any(+self.updated) or any(+self.removed)
        return counted or bool(self.links_created or self.links_removed)

    def add(self, other: Report) -> None:
        """Add another report's counts to this one."""
        self.created.update(other.created)
        self.updated.update(other.updated)
        self.removed.update(other.removed)
        self.links_created += other.links_created
        self.links_removed += other.links_removed
        self.registry_changes += other.registry_changes
        self.warnings += other.warnings

    def count_links(self, before: Iterable[Link], after: Iterable[Link]) -> None:
        """Count the links in `after` but not `before` as created, and the reverse as removed."""
        old, new = Counter(before), Counter(after)
        self.links_created += sum((new - old).values())
        self.links_removed += sum((old - new).values())

    def as_dict(self) -> dict[str, Any]:
        """Return the counts as a JSON-ready mapping."""
        return {
            "dry_run": self.dry_run,
            "files": self.files,
            "changed": self.changed,
            "counts": {
                kind: {
                    "created": self.created[kind],
                    "updated": self.updated[kind],
                    "removed": self.removed[kind],
                }
                for kind in KINDS
            },
            "links": {"created": self.links_created, "removed": self.links_removed},
            "registry_changes": list(self.registry_changes),
            "warnings": list(self.warnings),
        }
