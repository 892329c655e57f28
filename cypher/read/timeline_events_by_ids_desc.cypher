// Events whose possible interval overlaps [$from_key, $to_key], newest first, one keyset page,
// among the few ids given ($ids: a full-text match or an actor's links), read by id and sorted.
// Parameters and result: as read/timeline_events_desc, without $bands; $ids is a list.
MATCH (e:Event)
WHERE e.id IN $ids
  AND e.start_key <= $to_key AND e.end_key >= $from_key
  AND (NOT $within OR (e.start_key >= $from_key AND e.end_key <= $to_key))
  AND CASE WHEN e.seek_key < $after_seek THEN true
           WHEN e.seek_key > $after_seek THEN false
           WHEN e.end_key < $after_end THEN true
           WHEN e.end_key > $after_end THEN false
           ELSE e.id < $after_id END
  AND ($types IS NULL OR e.type IN $types)
  AND ($statuses IS NULL OR coalesce(e.status, 'occurred') IN $statuses)
  AND ($as_of_key IS NULL OR e.first_reported_key <= $as_of_key)
  AND ($known_on IS NULL OR EXISTS {
        MATCH (told:Source)-[claim:ASSERTS]->(e) WHERE claim.known_since <= $known_on })
  AND ($conflict IS NULL OR EXISTS { (e)-[:IN_CONFLICT]->(:Conflict {id: $conflict}) })
  AND ($actors IS NULL OR EXISTS { (e)-[:PARTICIPANT]->(a:Actor) WHERE a.id IN $actors })
  AND ($place IS NULL OR EXISTS {
        (e)-[:OCCURRED_IN]->(p:Place) WHERE p.id = $place OR p.within = $place })
RETURN 'event' AS kind, e.id AS id, e.seek_key AS seek_key, e.end_key AS end_key
ORDER BY seek_key DESC, end_key DESC, id DESC
LIMIT $limit
