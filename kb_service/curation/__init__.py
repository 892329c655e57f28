"""The curated format: read, schema-check and cross-check curated files, all before any write."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from kb_service.curation.checks import Candidates, IdBook, Labels, LookUp, TermBook, check_source
from kb_service.curation.documents import (
    KINDS,
    Document,
    RawFile,
    collect_files,
    declared_kind,
    parse_file,
)
from kb_service.curation.problems import CurationError, Problem
from kb_service.curation.vocabulary import Vocabulary


@dataclass(frozen=True)
class Batch:
    """Valid files (vocabularies, then registries, then sources), the label of every id they
    define or cite, and the vocabulary they may use (base, stored and their own terms).

    Documents are parsed again when they are written (`documents()`), so a batch holds its ids
    and labels, not every file's data: ingestion memory grows with the number of ids only.
    """

    files: list[RawFile]
    digests: list[str]
    labels: Labels
    vocabulary: Vocabulary

    def documents(self) -> Iterator[Document]:
        """Yield each valid document again, refusing a file that changed since it was checked."""
        for file, digest in zip(self.files, self.digests, strict=True):
            raw = file.content()
            if _digest(raw) != digest:
                message = "the file changed while it was being ingested; run the ingest again"
                raise CurationError([Problem(file.name, 0, "", message)])
            yield parse_file(file, raw)


def validate(
    files: Iterable[RawFile],
    look_up: LookUp,
    *,
    only: str | None = None,
    stored_terms: Callable[[], Vocabulary] | None = None,
    candidates: Candidates | None = None,
) -> Batch:
    """Return the valid batch, or raise CurationError listing every problem in every file.

    Each file is read, parsed and checked once here, then let go. `look_up` maps ids that the
    batch refers to but does not define to their labels in the database, so that a source may
    cite entities loaded earlier. `only` names the one kind of document accepted, if any.
    `stored_terms` returns the vocabulary in the database (without it: the base vocabulary), and
    `candidates` its registry entries with their names, read only to name the ids nearest to
    an unknown one.
    """
    book = IdBook(look_up, candidates)
    terms = TermBook(stored_terms)
    unreadable: list[Problem] = []
    problems: list[Problem] = []
    kept: list[tuple[RawFile, str, str]] = []
    for file in _registries_first(list(files)):
        try:
            raw = file.content()
            document = parse_file(file, raw)
        except CurationError as exc:
            unreadable.extend(exc.problems)
            continue
        if only is not None and document.kind != only:
            path = ("kind",)
            message = f"only a {only} document is accepted here"
            unreadable.append(Problem(document.name, document.loaded.line(path), "kind", message))
            continue
        problems += terms.define(document)
        terms.cite(document)
        problems += book.define(document)
        problems += book.cite(document)
        if document.kind == "source":
            problems += check_source(document)
        kept.append((file, _digest(raw), document.kind))
    if unreadable:  # ids in a file that could not be read would be reported as unknown
        raise CurationError(unreadable)
    problems += book.unresolved()
    problems += terms.unresolved()
    if problems:
        raise CurationError(problems)
    order = list(KINDS)
    kept.sort(key=lambda entry: order.index(entry[2]))
    files_kept, digests = [f for f, _, _ in kept], [d for _, d, _ in kept]
    return Batch(files_kept, digests, book.labels(), terms.vocabulary())


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _registries_first(files: list[RawFile]) -> list[RawFile]:
    """Order vocabularies and registries (which most citations name) first, by a glance at each
    file's start, so that few citations wait for a later file. Only an ordering: any order
    validates alike."""
    order = {"vocabulary": 0, "registry": 1}
    return sorted(files, key=lambda file: order.get(declared_kind(file) or "", 2))


__all__ = ["Batch", "CurationError", "Document", "Problem", "RawFile", "collect_files", "validate"]
