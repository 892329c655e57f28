"""The ids of a batch: which each file defines, which it cites, and the label of each."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from kb_service.curation.checks.citations import ASSERTION_LABELS, defined_ids, references
from kb_service.curation.diagnostics import nearest_ids
from kb_service.curation.documents import Document
from kb_service.curation.problems import Path_, Problem, field_path
from kb_service.model import names

# (ids, sources the batch replaces) -> {id: label} of the ids that exist and are not asserted by
# those sources alone: a replaced source's old version counts as gone.
LookUp = Callable[[set[str], frozenset[str]], dict[str, str]]
# () -> [(id, label, names)] of the registry entries in the database, for the nearest ids.
Candidates = Callable[[], list[tuple[str, str, list[str]]]]
Definition = tuple[str, str, str]  # (label, file, section): one tuple per section of a file
MAX_CANDIDATES = 100_000  # ids of the batch an unknown id is compared with (bounded time)


class Labels(Mapping[str, str]):
    """The label of every id a batch defines or cites, read through its IdBook (not a copy):
    first `extra` (a file's own passages, when writing it), then the batch, then the database."""

    def __init__(
        self,
        defined: dict[str, Definition],
        stored: dict[str, str],
        extra: dict[str, str] | None = None,
    ) -> None:
        self.defined = defined
        self.stored = stored
        self.extra = extra or {}

    def over(self, extra: dict[str, str]) -> Labels:
        """Return these labels with `extra` looked up first."""
        return Labels(self.defined, self.stored, extra)

    def label(self, ident: str) -> str | None:
        """Return the label of `ident`, or None when neither the batch nor the database has it."""
        if ident in self.extra:
            return self.extra[ident]
        entry = self.defined.get(ident)
        return entry[0] if entry is not None else self.stored.get(ident)

    def __getitem__(self, ident: str) -> str:
        found = self.label(ident)
        if found is None:
            raise KeyError(ident)
        return found

    def __iter__(self) -> Iterator[str]:
        yield from self.extra
        yield from (i for i in self.defined if i not in self.extra)
        yield from (i for i in self.stored if i not in self.extra and i not in self.defined)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class IdBook:
    """The ids of a batch, kept small while its files are checked one at a time.

    For each file: the ids it defines (an id defined twice, or held by the database as another
    kind, is a problem), and the ids it cites, resolved against the ids defined so far and then
    the database. Citations of ids defined in a later file wait in `pending` until the end.
    Only ids, labels and pending citations are kept, never a file's data: each id maps to one
    (label, file, section) tuple shared by every id of that section of that file.
    """

    def __init__(self, look_up: LookUp, candidates: Candidates | None = None) -> None:
        self.look_up = look_up
        self.candidates = candidates
        self.defined: dict[str, Definition] = {}
        self.stored: dict[str, str] = {}  # cited ids found in the database -> label
        self.pending: list[tuple[str, int, str, str, tuple[str, ...]]] = []
        self.view = Labels(self.defined, self.stored)
        self.sources: set[str] = set()  # the sources the batch defines: their old versions go
        self.names: dict[str, list[str]] = {}  # registry entries' names, for the nearest ids

    def labels(self) -> Labels:
        """Return the label of every id the batch defines or cites (the batch wins)."""
        return self.view

    def define(self, document: Document) -> list[Problem]:
        """Record the ids a document defines; report ids defined twice or clashing with the
        database. The same event, statement or relation may be asserted by several sources."""
        problems: list[Problem] = []
        new: dict[str, tuple[str, Path_]] = {}
        shared_by: dict[str, Definition] = {}  # one tuple per section of this file
        for section, label, index, item in defined_ids(document):
            ident = item["id"]
            path: Path_ = ("id",) if section == "source" else (section, index, "id")
            known = self.defined.get(ident)
            if known is not None:
                if not _shared(known, label, document.name):
                    message = f"id '{ident}' is already defined in {known[1]}:{known[2]}"
                    problems.append(document.problem(path, message))
                continue
            self.defined[ident] = shared_by.setdefault(section, (label, document.name, section))
            new[ident] = (label, path)
            if document.kind == "registry":
                self.names[ident] = [name for name, _ in names.of_entity(item)]
            if label == "Source":
                self.sources.add(ident)
        return problems + self._clashes(document, new)

    def _clashes(self, document: Document, new: dict[str, tuple[str, Path_]]) -> list[Problem]:
        """Report the new ids that the database holds as another kind of record."""
        stored = self.look_up(set(new), frozenset(self.sources)) if new else {}
        problems = []
        for ident, label in sorted(stored.items()):
            if new[ident][0] != label:
                message = (
                    f"id '{ident}' is already used by {_article(label.lower())} in the database"
                )
                problems.append(document.problem(new[ident][1], message))
        return problems

    def cite(self, document: Document) -> list[Problem]:
        """Check the ids a document cites that are already known; keep the others pending."""
        cited = list(references(document))
        missing = {ident for _, ident, _ in cited if self._label(ident) is None}
        if missing:
            self.stored.update(self.look_up(missing, frozenset(self.sources)))
        problems = []
        for path, ident, allowed in cited:
            label = self._label(ident)
            if label is None:
                line = document.loaded.line(path)
                self.pending.append((document.name, line, field_path(path), ident, allowed))
            elif label not in allowed:
                problems.append(document.problem(path, _wrong_kind(ident, label, allowed)))
        return problems

    def unresolved(self) -> list[Problem]:
        """Report the pending citations that no file of the batch defined, or defined as
        another kind."""
        problems = []
        stored: list[tuple[str, str, list[str]]] | None = None
        for name, line, field, ident, allowed in self.pending:
            label = self._label(ident)
            if label is None:
                if stored is None:
                    stored = self.candidates() if self.candidates is not None else []
                nearest = self._nearest(ident, allowed, stored)
                hint = f"the nearest known: {', '.join(nearest)}" if nearest else ""
                details = {"nearest_ids": nearest} if nearest else {}
                problems.append(Problem(name, line, field, f"unknown id '{ident}'", hint, details))
            elif label not in allowed:
                problems.append(Problem(name, line, field, _wrong_kind(ident, label, allowed)))
        self.pending.clear()
        return problems

    def _label(self, ident: str) -> str | None:
        return self.view.label(ident)

    def _nearest(
        self, ident: str, allowed: tuple[str, ...], stored: list[tuple[str, str, list[str]]]
    ) -> list[str]:
        """Return the known ids of an allowed label nearest to `ident`: the batch's by id, the
        database's registry entries by id, name and alias."""
        candidates: dict[str, list[str]] = {}
        for other, entry in self.defined.items():
            if entry[0] in allowed and len(candidates) < MAX_CANDIDATES:
                candidates[other] = list(self.names.get(other, []))
        for other, label, known in stored:
            if label in allowed:
                candidates.setdefault(other, []).extend(known)
        return nearest_ids(ident, candidates)


def _shared(known: Definition, label: str, file: str) -> bool:
    """Tell whether a second definition of an id is the same assertion from another source,
    which is allowed (an id defined twice in one file, or as another kind, is not)."""
    return known[0] == label and label in ASSERTION_LABELS.values() and known[1] != file


def _wrong_kind(ident: str, label: str, allowed: tuple[str, ...]) -> str:
    kinds = " or ".join(_article(a.lower()) for a in allowed)
    return f"'{ident}' is {_article(label.lower())}, not {kinds}"


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"
