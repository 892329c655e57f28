// Statements whose date overlaps [$from_key, $to_key], oldest first, one keyset page,
// among the few ids given ($ids: a full-text match or an actor's links), read by id and sorted.
// Parameters and result: as read/statements_asc, without $bands; $ids is a list.
MATCH (s:Statement)
WHERE s.id IN $ids
  AND s.start_key <= $to_key AND s.end_key >= $from_key
  AND (NOT $within OR (s.start_key >= $from_key AND s.end_key <= $to_key))
  AND CASE WHEN s.seek_key > $after_seek THEN true
           WHEN s.seek_key < $after_seek THEN false
           WHEN s.end_key > $after_end THEN true
           WHEN s.end_key < $after_end THEN false
           ELSE s.id > $after_id END
  AND ($kinds IS NULL OR s.kind IN $kinds)
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
RETURN 'statement' AS kind, s.id AS id, s.seek_key AS seek_key, s.end_key AS end_key
ORDER BY seek_key, end_key, id
LIMIT $limit
