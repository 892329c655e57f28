"""The vocabulary terms of a batch: which each file defines, and which it uses."""

from __future__ import annotations

from collections.abc import Callable

from kb_service.curation.checks.citations import term_references
from kb_service.curation.documents import Document
from kb_service.curation.problems import Path_, Problem, field_path
from kb_service.curation.vocabulary import VOCABULARIES, Vocabulary, base, terms_of


class TermBook:
    """The vocabulary a batch may use: the base terms, those stored in the graph (read once, when
    first needed), and those the batch's vocabulary documents define. A term a file uses that
    is not known yet waits in `pending` until every file has been read."""

    def __init__(self, stored: Callable[[], Vocabulary] | None = None) -> None:
        self.read_stored = stored
        self.known: Vocabulary | None = None
        self.defined: dict[tuple[str, str], str] = {}  # (vocabulary, term) -> file
        self.pending: list[tuple[str, int, str, str, str]] = []

    def vocabulary(self) -> Vocabulary:
        """Return every term known so far: base, stored, then the batch's own."""
        if self.known is None:
            self.known = self.read_stored() if self.read_stored is not None else base().copy()
        return self.known

    def define(self, document: Document) -> list[Problem]:
        """Record the terms a vocabulary document defines; a base term, or a term another file
        of the batch defines, is a problem."""
        if document.kind != "vocabulary":
            return []
        problems, new = [], []
        for index, term in terms_of(document.data):
            path: Path_ = (term.vocabulary, index, "term")
            noun = VOCABULARIES[term.vocabulary]
            first = self.defined.get((term.vocabulary, term.term))
            if first is not None:
                message = f"{noun} '{term.term}' is already defined in {first}"
                problems.append(document.problem(path, message))
            elif base().get(term.vocabulary, term.term) is not None:
                message = f"{noun} '{term.term}' is in the base vocabulary; give a new term"
                problems.append(document.problem(path, message))
            else:
                self.defined[(term.vocabulary, term.term)] = document.name
                new.append(term)
        self.vocabulary().add(new)
        return problems

    def cite(self, document: Document) -> None:
        """Note the terms a document uses that are not known yet."""
        known = self.vocabulary()
        for path, vocabulary, term in term_references(document):
            if known.get(vocabulary, term) is None:
                line = document.loaded.line(path)
                self.pending.append((document.name, line, field_path(path), vocabulary, term))

    def unresolved(self) -> list[Problem]:
        """Report the terms used that no vocabulary has, with the nearest known ones."""
        known = self.vocabulary()
        problems = [
            Problem(name, line, field, known.unknown(vocabulary, term))
            for name, line, field, vocabulary, term in self.pending
            if known.get(vocabulary, term) is None
        ]
        self.pending.clear()
        return problems
