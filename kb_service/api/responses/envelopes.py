"""The bodies routes declare: a page {data, next_cursor} or an envelope {data} of an item."""

from __future__ import annotations

from kb_service.api.responses.draft_schemas import DraftOutline
from kb_service.api.responses.entity_schemas import (
    Entity,
    EntityDetail,
    SearchHit,
    Source,
    SourceDetail,
)
from kb_service.api.responses.ingest_schemas import IngestReport, VocabularyListing
from kb_service.api.responses.record_schemas import (
    DateReading,
    EventDetail,
    SourceRef,
    Statement,
    TimelineItem,
)
from kb_service.api.responses.schema_base import envelope_of, page_of

TimelinePage = page_of(TimelineItem, "TimelinePage", SourceRef)


StatementPage = page_of(Statement, "StatementPage", SourceRef)


EntityPage = page_of(Entity, "EntityPage")


SourcePage = page_of(Source, "SourcePage")


SearchPage = page_of(SearchHit, "SearchPage")


EventEnvelope = envelope_of(EventDetail, "EventEnvelope", SourceRef)


StatementEnvelope = envelope_of(Statement, "StatementEnvelope", SourceRef)


EntityEnvelope = envelope_of(EntityDetail, "EntityEnvelope", SourceRef)


SourceEnvelope = envelope_of(SourceDetail, "SourceEnvelope")


ReportEnvelope = envelope_of(IngestReport, "ReportEnvelope")


VocabularyEnvelope = envelope_of(VocabularyListing, "VocabularyEnvelope")


DateReadingEnvelope = envelope_of(DateReading, "DateReadingEnvelope")


DraftEnvelope = envelope_of(DraftOutline, "DraftEnvelope")
