// The service's keyset query before span bands (bench only; the service does not run it): one
// range seek on Event(start_key) from the keyset position with an OR tie-break, which the planner
// splits into a union of seeks, so a Top sorts every candidate. Kept to measure the change.
// Parameters: $from_key, $to_key (day keys); $after_start, $after_end, $after_id (the sort key of the last row
//   seen, or [-1, -1, '']); $types, $actors, $ids (lists or null); $conflict, $place,
//   $as_of_key (or null); $limit.
// Returns: kind, id, start_key, end_key.
MATCH (e:Event)
WHERE e.start_key >= $after_start AND e.start_key <= $to_key AND e.end_key >= $from_key
  AND (e.start_key > $after_start OR e.end_key > $after_end
       OR (e.end_key = $after_end AND e.id > $after_id))
  AND ($types IS NULL OR e.type IN $types)
  AND ($ids IS NULL OR e.id IN $ids)
  AND ($as_of_key IS NULL OR e.first_reported_key <= $as_of_key)
  AND ($conflict IS NULL OR EXISTS { (e)-[:IN_CONFLICT]->(:Conflict {id: $conflict}) })
  AND ($actors IS NULL OR EXISTS { (e)-[:PARTICIPANT]->(a:Actor) WHERE a.id IN $actors })
  AND ($place IS NULL OR EXISTS {
        (e)-[:OCCURRED_IN]->(p:Place) WHERE p.id = $place OR p.within = $place })
RETURN 'event' AS kind, e.id AS id, e.start_key AS start_key, e.end_key AS end_key
ORDER BY e.start_key, e.end_key, e.id
LIMIT $limit
