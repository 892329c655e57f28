"""Checks across documents: the ids and terms a batch defines and cites (`id_book`,
`term_book`, `citations`), and each source against its own text (`source_checks`)."""

from kb_service.curation.checks.citations import (
    ANY_ENTITY,
    ASSERTION_LABELS,
    REGISTRY_LABELS,
    references,
    term_references,
)
from kb_service.curation.checks.id_book import Candidates, IdBook, Labels, LookUp
from kb_service.curation.checks.source_checks import check_source
from kb_service.curation.checks.term_book import TermBook

__all__ = [
    "ANY_ENTITY",
    "ASSERTION_LABELS",
    "REGISTRY_LABELS",
    "Candidates",
    "IdBook",
    "Labels",
    "LookUp",
    "TermBook",
    "check_source",
    "references",
    "term_references",
]
