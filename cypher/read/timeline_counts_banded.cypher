// Events per time bucket (and per group) among those whose possible interval overlaps
// [$from_key, $to_key], counted in Neo4j. Each span band is read through the
// (band, seek_key, end_key, id) index over the seek keys that can overlap the window (the bands
// of kb_service/read/keyset.py), so a window never reads the events outside it; without one,
// every event is read once, through the same index.
// An event is counted in a bucket only when its earliest and its latest possible day fall in the
// same bucket; any other event (a month at day or week precision, an open or unknown end) is
// "too imprecise" for the bucket: its bucket is null. Never spread over several buckets.
// Parameters: $bands (list of {name, low, high} seek_key ranges); $unit ('day', 'week', 'month'
//   or 'year': date.truncate's unit; a week starts on Monday, as ISO weeks do); $by ('type',
//   'actor', 'place', 'conflict' or null: what groups each bucket); the timeline's filters:
//   $from_key, $to_key (day keys), $within, $types, $statuses, $actors, $ids (lists or null),
//   $conflict, $place, $as_of_key (or null).
// Returns: bucket (the first day of the bucket, or null: too imprecise), grp (a group's id, or
//   null for the bucket's total), count (events); one row per (bucket, grp). An event counts once
//   in its bucket's total and once in each group it is in (several actors: each of them).
UNWIND $bands AS band
CALL (band) {
  MATCH (e:Event)
  USING INDEX e:Event(band, seek_key, end_key, id)
  WHERE e.band = band.name AND e.seek_key >= band.low AND e.seek_key <= band.high
    AND e.id IS NOT NULL
    AND e.start_key <= $to_key AND e.end_key >= $from_key
    AND (NOT $within OR (e.start_key >= $from_key AND e.end_key <= $to_key))
    AND ($types IS NULL OR e.type IN $types)
    AND ($statuses IS NULL OR coalesce(e.status, 'occurred') IN $statuses)
    AND ($ids IS NULL OR e.id IN $ids)
    AND ($as_of_key IS NULL OR e.first_reported_key <= $as_of_key)
    AND ($conflict IS NULL OR EXISTS { (e)-[:IN_CONFLICT]->(:Conflict {id: $conflict}) })
    AND ($actors IS NULL OR EXISTS { (e)-[:PARTICIPANT]->(a:Actor) WHERE a.id IN $actors })
    AND ($place IS NULL OR EXISTS {
          (e)-[:OCCURRED_IN]->(p:Place) WHERE p.id = $place OR p.within = $place })
  RETURN e
}
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
