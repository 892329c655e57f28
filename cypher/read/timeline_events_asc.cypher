// Events whose possible interval overlaps [$from_key, $to_key], oldest first, one keyset page.
// Each span band is read through the (band, seek_key, end_key, id) index (named by a hint: on
// small graphs the planner would pick another), which yields rows already in page order, from the
// keyset position over the seek keys that can overlap, and stops after $limit rows; the final sort
// sees at most $limit rows per band. The tie-break is a CASE, not an OR, so that it stays a filter.
// Parameters: $from_key, $to_key (day keys); $after_seek, $after_end, $after_id (the sort key of
//   the last row seen, or [-1, -1, '']); $bands (list of {name, low, high} seek_key ranges);
//   $types, $statuses, $actors, $ids (lists or null); $conflict, $place, $as_of_key (or null);
//   $known_on (as_known_on: a datetime, or null: only records a source had asserted by then);
//   $within (true: only records
//   certainly inside the window); $limit.
// Time order is (seek_key, end_key, id): a record with an unknown start sorts by its end.
// Returns: kind, id, seek_key, end_key.
UNWIND $bands AS band
CALL (band) {
  MATCH (e:Event)
  USING INDEX e:Event(band, seek_key, end_key, id)
  WHERE e.band = band.name AND e.seek_key >= band.low AND e.seek_key <= band.high
    AND e.id IS NOT NULL
    AND e.start_key <= $to_key AND e.end_key >= $from_key
    AND (NOT $within OR (e.start_key >= $from_key AND e.end_key <= $to_key))
    AND CASE WHEN e.seek_key > $after_seek THEN true
             WHEN e.seek_key < $after_seek THEN false
             WHEN e.end_key > $after_end THEN true
             WHEN e.end_key < $after_end THEN false
             ELSE e.id > $after_id END
    AND ($types IS NULL OR e.type IN $types)
    AND ($statuses IS NULL OR coalesce(e.status, 'occurred') IN $statuses)
    AND ($ids IS NULL OR e.id IN $ids)
    AND ($as_of_key IS NULL OR e.first_reported_key <= $as_of_key)
    AND ($known_on IS NULL OR EXISTS {
          MATCH (told:Source)-[claim:ASSERTS]->(e) WHERE claim.known_since <= $known_on })
    AND ($conflict IS NULL OR EXISTS { (e)-[:IN_CONFLICT]->(:Conflict {id: $conflict}) })
    AND ($actors IS NULL OR EXISTS { (e)-[:PARTICIPANT]->(a:Actor) WHERE a.id IN $actors })
    AND ($place IS NULL OR EXISTS {
          (e)-[:OCCURRED_IN]->(p:Place) WHERE p.id = $place OR p.within = $place })
  RETURN e
  ORDER BY e.band, e.seek_key, e.end_key, e.id
  LIMIT $limit
}
RETURN 'event' AS kind, e.id AS id, e.seek_key AS seek_key, e.end_key AS end_key
ORDER BY seek_key, end_key, id
LIMIT $limit
