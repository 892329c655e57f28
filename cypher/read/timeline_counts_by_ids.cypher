// Events per time bucket (and per group), as read/timeline_counts_banded counts them, among the
// few ids given ($ids: a full-text match or an actors' links), read by id.
// Parameters and result: as read/timeline_counts_banded, without $bands; $ids is a list.
MATCH (e:Event)
WHERE e.id IN $ids
  AND e.start_key <= $to_key AND e.end_key >= $from_key
  AND (NOT $within OR (e.start_key >= $from_key AND e.end_key <= $to_key))
  AND ($types IS NULL OR e.type IN $types)
  AND ($statuses IS NULL OR coalesce(e.status, 'occurred') IN $statuses)
  AND ($as_of_key IS NULL OR e.first_reported_key <= $as_of_key)
  AND ($conflict IS NULL OR EXISTS { (e)-[:IN_CONFLICT]->(:Conflict {id: $conflict}) })
  AND ($actors IS NULL OR EXISTS { (e)-[:PARTICIPANT]->(a:Actor) WHERE a.id IN $actors })
  AND ($place IS NULL OR EXISTS {
        (e)-[:OCCURRED_IN]->(p:Place) WHERE p.id = $place OR p.within = $place })
WITH e, CASE WHEN e.start IS NOT NULL AND e.end IS NOT NULL
               AND date.truncate($unit, e.start) = date.truncate($unit, e.end)
             THEN date.truncate($unit, e.start) END AS bucket
WITH bucket, CASE $by
  WHEN 'type' THEN [e.type]
  WHEN 'actor' THEN COLLECT {
    MATCH (e)-[l:PARTICIPANT]->(a:Actor)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: l.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT a.id }
  WHEN 'place' THEN COLLECT {
    MATCH (e)-[l:OCCURRED_IN]->(p:Place)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: l.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT p.id }
  WHEN 'conflict' THEN COLLECT {
    MATCH (e)-[l:IN_CONFLICT]->(c:Conflict)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: l.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT c.id }
  ELSE [] END AS groups
UNWIND [null] + groups AS grp
RETURN bucket, grp, count(*) AS count
