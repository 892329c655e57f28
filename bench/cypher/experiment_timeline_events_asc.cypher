// Experiment (bench only; the service does not run it): cypher/read/timeline_events_asc.cypher
// with one change. The keyset tie-break is a CASE instead of an OR, so the planner cannot split
// it into a union of three index seeks (which loses the index order and needs a Top that sorts
// every candidate). It then plans one range seek on Event(start_key), which yields rows in
// start_key order, and a PartialTop that sorts only ties and stops after $limit rows.
// Parameters and result: as read/timeline_events_asc.
MATCH (e:Event)
WHERE e.start_key >= $after_start AND e.start_key <= $to_key AND e.end_key >= $from_key
  AND CASE WHEN e.start_key > $after_start THEN true
           WHEN e.end_key > $after_end THEN true
           WHEN e.end_key = $after_end THEN e.id > $after_id
           ELSE false END
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
