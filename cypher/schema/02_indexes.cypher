// Range indexes for date-overlap filters, keyset ordering, as-of filters and type filters.
// start_key/end_key are day numbers (open ends are sentinels) so overlap is two range predicates.
// Parameters: none. Returns: nothing. Safe to run again (IF NOT EXISTS).
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.start_key);
CREATE INDEX event_end IF NOT EXISTS FOR (n:Event) ON (n.end_key);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX event_reported IF NOT EXISTS FOR (n:Event) ON (n.first_reported_key);
CREATE INDEX statement_start IF NOT EXISTS FOR (n:Statement) ON (n.start_key);
CREATE INDEX statement_end IF NOT EXISTS FOR (n:Statement) ON (n.end_key);
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
CREATE INDEX statement_reported IF NOT EXISTS FOR (n:Statement) ON (n.first_reported_key);
CREATE INDEX relation_type IF NOT EXISTS FOR (n:Relation) ON (n.type);
CREATE INDEX passage_source IF NOT EXISTS FOR (n:Passage) ON (n.source_id);
CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.published_key);
CREATE INDEX place_within IF NOT EXISTS FOR (n:Place) ON (n.within);
CREATE INDEX source_credited IF NOT EXISTS FOR (n:Source) ON (n.credited_to);
// Page order band by band: (band, seek_key) is sought, and the index yields rows already in
// (seek_key, end_key, id) order, so a page stops after its last row with no sort of ties.
CREATE INDEX event_band_order IF NOT EXISTS FOR (n:Event) ON (n.band, n.seek_key, n.end_key, n.id);
CREATE INDEX statement_band_order IF NOT EXISTS FOR (n:Statement) ON (n.band, n.seek_key, n.end_key, n.id);
