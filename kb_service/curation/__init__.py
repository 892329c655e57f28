"""The curated format: read, schema-check and cross-check curated files, all before any write."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kb_service.curation.checks import (
    LookUp,
    check_against_database,
    check_references,
    check_source,
    defined_ids,
)
from kb_service.curation.documents import Document, RawFile, collect_files, parse_files
from kb_service.curation.problems import CurationError, Path_, Problem


@dataclass(frozen=True)
class Batch:
    """Valid documents (registries first) and the label of every id they define or cite."""

    documents: list[Document]
    labels: dict[str, str]


def validate(files: Iterable[RawFile], look_up: LookUp, *, sources_only: bool = False) -> Batch:
    """Return the valid batch, or raise CurationError listing every problem in every file.

    `look_up` maps ids that the batch refers to but does not define to their labels in the
    database, so that a source may cite entities loaded earlier.
    """
    documents = parse_files(files)
    if sources_only:
        refused = [
            Problem(
                d.name, d.loaded.line(("kind",)), "kind", "only a source document is accepted here"
            )
            for d in documents
            if d.kind != "source"
        ]
        if refused:
            raise CurationError(refused)
    first_use: dict[str, tuple[Document, Path_]] = {}
    labels, problems = defined_ids(documents, first_use)
    problems += check_against_database(labels, first_use, look_up)
    known, reference_problems = check_references(documents, labels, look_up)
    problems += reference_problems
    for document in documents:
        if document.kind == "source":
            problems += check_source(document)
    if problems:
        raise CurationError(problems)
    return Batch(sorted(documents, key=lambda doc: doc.kind != "registry"), known)


__all__ = ["Batch", "CurationError", "Document", "Problem", "RawFile", "collect_files", "validate"]
