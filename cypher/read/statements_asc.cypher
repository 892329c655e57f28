// Statements whose date overlaps [$from_key, $to_key], oldest first, one keyset page.
// Read band by band through the (band, seek_key, end_key, id) index in order, as read/timeline_events_asc.
// Parameters: $from_key, $to_key; $after_seek, $after_end, $after_id (sort key of the last row,
//   or [-1, -1, '']); $bands (list of {name, low, high} seek_key ranges);
//   $kinds, $speakers, $addressees, $about, $actors (any role), $ids (lists or null);
//   $conflict, $place, $as_of_key (or null);
//   $known_on (as_known_on: a datetime, or null: only records a source had asserted by then);
//   $contested (boolean); $within (true: only records
//   certainly inside the window); $limit.
// Time order is (seek_key, end_key, id): a record with an unknown start sorts by its end.
// Returns: kind, id, seek_key, end_key.
UNWIND $bands AS band
CALL (band) {
  MATCH (s:Statement)
  USING INDEX s:Statement(band, seek_key, end_key, id)
  WHERE s.band = band.name AND s.seek_key >= band.low AND s.seek_key <= band.high
    AND s.id IS NOT NULL
    AND s.start_key <= $to_key AND s.end_key >= $from_key
    AND (NOT $within OR (s.start_key >= $from_key AND s.end_key <= $to_key))
    AND CASE WHEN s.seek_key > $after_seek THEN true
             WHEN s.seek_key < $after_seek THEN false
             WHEN s.end_key > $after_end THEN true
             WHEN s.end_key < $after_end THEN false
             ELSE s.id > $after_id END
    AND ($kinds IS NULL OR s.kind IN $kinds)
    AND ($ids IS NULL OR s.id IN $ids)
    AND ($as_of_key IS NULL OR s.first_reported_key <= $as_of_key)
    AND ($known_on IS NULL OR EXISTS {
          MATCH (told:Source)-[claim:ASSERTS]->(s) WHERE claim.known_since <= $known_on })
    AND ($conflict IS NULL OR EXISTS { (s)-[:IN_CONFLICT]->(:Conflict {id: $conflict}) })
    AND ($speakers IS NULL OR EXISTS { (s)-[:SPOKEN_BY]->(a:Actor) WHERE a.id IN $speakers })
    AND ($addressees IS NULL OR EXISTS { (s)-[:ADDRESSED_TO]->(a:Actor) WHERE a.id IN $addressees })
    AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(x) WHERE x.id IN $about })
    AND ($actors IS NULL OR EXISTS {
          (s)-[:SPOKEN_BY|ADDRESSED_TO|ABOUT]->(a:Actor) WHERE a.id IN $actors })
    AND ($place IS NULL OR EXISTS {
          (s)-[:SAID_IN|ABOUT]->(p:Place) WHERE p.id = $place OR p.within = $place })
    AND (NOT $contested OR EXISTS { (s)-[:CONTRADICTS]-(:Statement) })
  RETURN s
  ORDER BY s.band, s.seek_key, s.end_key, s.id
  LIMIT $limit
}
RETURN 'statement' AS kind, s.id AS id, s.seek_key AS seek_key, s.end_key AS end_key
ORDER BY seek_key, end_key, id
LIMIT $limit
