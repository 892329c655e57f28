"""A batch of curated files validated together: every file read, parsed and checked once,
before any write, and the valid batch handed to the writer."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kb_service.curation.checks import Candidates, IdBook, Labels, LookUp, TermBook, check_source
from kb_service.curation.documents import KINDS, Document, RawFile, declared_kind, parse_file
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


@dataclass
class _Checking:
    """What validation has gathered so far: the ids and terms of the files read, the problems
    found, and each valid file with its digest and kind."""

    book: IdBook
    terms: TermBook
    only: str | None
    unreadable: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    kept: list[tuple[RawFile, str, str]] = field(default_factory=list)

    def check(self, file: RawFile) -> None:
        """Read, parse and check one file, then let it go (only its ids and terms are kept)."""
        try:
            raw = file.content()
            document = parse_file(file, raw)
        except CurationError as exc:
            self.unreadable.extend(exc.problems)
            return
        if self.only is not None and document.kind != self.only:
            path = ("kind",)
            message = f"only a {self.only} document is accepted here"
            line = document.loaded.line(path)
            self.unreadable.append(Problem(document.name, line, "kind", message))
            return
        self.problems += self.terms.define(document)
        self.terms.cite(document)
        self.problems += self.book.define(document)
        self.problems += self.book.cite(document)
        if document.kind == "source":
            self.problems += check_source(document)
        self.kept.append((file, _digest(raw), document.kind))


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
    checking = _Checking(IdBook(look_up, candidates), TermBook(stored_terms), only)
    for file in _registries_first(list(files)):
        checking.check(file)
    if checking.unreadable:  # ids in a file that could not be read would be reported as unknown
        raise CurationError(checking.unreadable)
    problems = checking.problems + checking.book.unresolved() + checking.terms.unresolved()
    if problems:
        raise CurationError(problems)
    order = list(KINDS)
    kept = sorted(checking.kept, key=lambda entry: order.index(entry[2]))
    files_kept, digests = [f for f, _, _ in kept], [d for _, d, _ in kept]
    return Batch(files_kept, digests, checking.book.labels(), checking.terms.vocabulary())


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _registries_first(files: list[RawFile]) -> list[RawFile]:
    """Order vocabularies and registries (which most citations name) first, by a glance at each
    file's start, so that few citations wait for a later file. Only an ordering: any order
    validates alike."""
    order = {"vocabulary": 0, "registry": 1}
    return sorted(files, key=lambda file: order.get(declared_kind(file) or "", 2))
