"""Response schemas: the renderer dumps every JSON body through the one its route declares, so
the OpenAPI document describes what is sent, in the order sent. One module per kind of body;
the routes name the bodies they declare from here."""

from __future__ import annotations

from kb_service.api.responses.envelopes import (
    DateReadingEnvelope,
    DraftEnvelope,
    EntityEnvelope,
    EntityPage,
    EventEnvelope,
    ReportEnvelope,
    SearchPage,
    SourceEnvelope,
    SourcePage,
    StatementEnvelope,
    StatementPage,
    TimelinePage,
    VocabularyEnvelope,
)
from kb_service.api.responses.export_documents import (
    ANNOTATION_EXPORTS,
    EXPORTS,
    PLACE_EXPORTS,
    TIMELINE_EXPORTS,
    annotation_documents,
)
from kb_service.api.responses.problem_schema import PROBLEM_JSON, Problem

__all__ = [
    "ANNOTATION_EXPORTS",
    "EXPORTS",
    "PLACE_EXPORTS",
    "PROBLEM_JSON",
    "TIMELINE_EXPORTS",
    "DateReadingEnvelope",
    "DraftEnvelope",
    "EntityEnvelope",
    "EntityPage",
    "EventEnvelope",
    "Problem",
    "ReportEnvelope",
    "SearchPage",
    "SourceEnvelope",
    "SourcePage",
    "StatementEnvelope",
    "StatementPage",
    "TimelinePage",
    "VocabularyEnvelope",
    "annotation_documents",
]
