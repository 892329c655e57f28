"""The terms known: the base vocabulary with the curated terms stored in the graph, as
GET /api/v1/vocabulary lists them and as a draft (POST /api/v1/drafts) is checked against.

How the terms are read and kept (`Term`, `Vocabulary`, `stored`) is the curated format's, in
kb_service/curation/vocabulary.py: a batch's checks and the ingest read them the same way."""

from __future__ import annotations

from typing import Any

from kb_service.curation.vocabulary import Vocabulary, stored
from kb_service.store.db import Reader


def known(reader: Reader) -> Vocabulary:
    """Return the base vocabulary with the curated terms stored in the graph."""
    return stored(reader)


def listing(reader: Reader) -> dict[str, list[dict[str, Any]]]:
    """Return every vocabulary's terms, base and curated, in term order, as the API lists them."""
    return known(reader).listing()
