// Events and statements that name these actors, places or conflicts (as a participant, a place,
// the conflict, a speaker, an addressee, what a statement is about or where it was said), read
// outwards from each entity, never by a scan: those of the wanted types or kinds first.
// Parameters: $ids (entity ids); $labels (Event and/or Statement: which to keep); $types (event
//   types); $kinds (statement kinds); $fetch (records kept per entity).
// Returns: entity, id, type (event or statement), name, name_original, term (its type or kind).
UNWIND $ids AS entity_id
MATCH (n:Record {id: entity_id})
CALL (n) {
  MATCH (r:Record)-[:PARTICIPANT|OCCURRED_IN|IN_CONFLICT|SPOKEN_BY|ADDRESSED_TO|ABOUT|SAID_IN]->(n)
  WHERE (r:Event AND 'Event' IN $labels) OR (r:Statement AND 'Statement' IN $labels)
  WITH DISTINCT r
  WITH r, coalesce((r:Event AND r.type IN $types) OR (r:Statement AND r.kind IN $kinds), false) AS typed
  ORDER BY typed DESC, r.id
  LIMIT $fetch
  RETURN r, typed
}
RETURN entity_id AS entity, r.id AS id, CASE WHEN r:Event THEN 'event' ELSE 'statement' END AS type,
       coalesce(r.title, r.text_en) AS name, r.quote AS name_original,
       CASE WHEN r:Event THEN r.type ELSE r.kind END AS term
