// Stored records that may be the same event, statement or relation as new ones (drafted or
// curated, not stored under their id), with what read/candidates.py scores them by. Two ways in,
// each an index seek: the item's least linked actor (Record id, then its degree, which Neo4j
// keeps: no expansion), expanded along the item kind's own links (participants, speakers and
// addressees, or both ends) to the records that meet its date window; or the records of its
// type (or kind) that start within weeks of it (a range seek on start_key, the narrower side on
// a busy graph, then the type; relations by relation_type, they have no date index). Records
// an item lists under not_same_as, or that a stored record rejects either way (NOT_SAME_AS),
// are left out. A record that shares only a busier actor is found the second way, if at all.
// Parameters: $items: list of {key, id, label (Event, Statement or Relation), type,
//   low, high (day keys: the widened window a candidate's span must meet),
//   event_seek, statement_seek ([first, last] day keys: the few weeks a candidate of the same
//   type must start in; an empty range, [1, 0], for an item of the other kind),
//   actors (the actor ids it links to), places (its place ids), excluded (its not_same_as)};
//   $per_way (records taken per item and way in).
// Returns per (item, candidate): key, id, label, type, plover, date, start_key, end_key,
//   precision, status (an event's, `occurred` when it has none, as for a statement or relation),
//   actors, places, regions (their enclosing places, two levels up), text (title,
//   summary, quote, English text and a part of the evidence), and item_regions (the places
//   enclosing the item's own).
UNWIND $items AS item
CALL (item) {
  WITH item WHERE item.label = 'Event'
  UNWIND item.actors AS actor_id
  MATCH (actor:Record {id: actor_id})
  WITH item, actor ORDER BY COUNT { (actor)<-[:PARTICIPANT]-() } LIMIT 1
  MATCH (actor)<-[:PARTICIPANT]-(c:Event)
  WHERE c.start_key <= item.high AND c.end_key >= item.low
  WITH DISTINCT c LIMIT $per_way
  RETURN c
  UNION
  WITH item WHERE item.label = 'Statement'
  UNWIND item.actors AS actor_id
  MATCH (actor:Record {id: actor_id})
  WITH item, actor ORDER BY COUNT { (actor)<-[:SPOKEN_BY|ADDRESSED_TO]-() } LIMIT 1
  MATCH (actor)<-[:SPOKEN_BY|ADDRESSED_TO]-(c:Statement)
  WHERE c.start_key <= item.high AND c.end_key >= item.low
  WITH DISTINCT c LIMIT $per_way
  RETURN c
  UNION
  WITH item WHERE item.label = 'Relation'
  UNWIND item.actors AS actor_id
  MATCH (actor:Record {id: actor_id})
  WITH item, actor ORDER BY COUNT { (actor)<-[:SUBJECT|OBJECT]-() } LIMIT 1
  MATCH (actor)<-[:SUBJECT|OBJECT]-(c:Relation)
  WHERE c.start_key <= item.high AND c.end_key >= item.low
  WITH DISTINCT c LIMIT $per_way
  RETURN c
  UNION
  MATCH (c:Event) USING INDEX c:Event(start_key)
  WHERE c.start_key >= item.event_seek[0] AND c.start_key <= item.event_seek[1]
    AND c.type = item.type
  WITH c LIMIT $per_way
  RETURN c
  UNION
  MATCH (c:Statement) USING INDEX c:Statement(start_key)
  WHERE c.start_key >= item.statement_seek[0] AND c.start_key <= item.statement_seek[1]
    AND c.kind = item.type
  WITH c LIMIT $per_way
  RETURN c
  UNION
  WITH item WHERE item.label = 'Relation'
  MATCH (c:Relation)
  WHERE c.type = item.type
    AND c.start_key <= item.high AND c.end_key >= item.low
  WITH c LIMIT $per_way
  RETURN c
}
WITH item, c
WHERE c.id <> item.id AND NOT c.id IN item.excluded
  AND NOT EXISTS { MATCH (c)-[:NOT_SAME_AS]-(other:Record) WHERE other.id = item.id }
CALL (c) {
  OPTIONAL MATCH (c)-[r:PARTICIPANT|SPOKEN_BY|ADDRESSED_TO|SUBJECT|OBJECT]->(actor)
  RETURN collect(DISTINCT actor.id) AS actors
}
CALL (c) {
  OPTIONAL MATCH (c)-[:OCCURRED_IN|SAID_IN]->(place:Place)
  OPTIONAL MATCH (up:Place {id: place.within})
  OPTIONAL MATCH (top:Place {id: up.within})
  RETURN collect(DISTINCT place.id) AS places, collect(DISTINCT up.id) + collect(DISTINCT top.id) AS regions
}
CALL (item) {
  UNWIND item.places AS place_id
  OPTIONAL MATCH (place:Place {id: place_id})
  OPTIONAL MATCH (up:Place {id: place.within})
  OPTIONAL MATCH (top:Place {id: up.within})
  RETURN collect(DISTINCT up.id) + collect(DISTINCT top.id) AS item_regions
}
RETURN item.key AS key, c.id AS id, [l IN labels(c) WHERE l <> 'Record'][0] AS label,
       coalesce(c.type, c.kind) AS type, c.plover AS plover, c.date AS date,
       c.start_key AS start_key, c.end_key AS end_key, c.precision AS precision,
       coalesce(c.status, 'occurred') AS status,
       actors, places, regions, item_regions,
       [t IN [c.title, c.summary, c.quote, c.text_en, left(c.evidence_text, 600)] WHERE t IS NOT NULL] AS text
