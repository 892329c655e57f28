// For as_known_on: the sources that had asserted each record by a time (their claim's
// known_since, write/changes_stamp_claims, at or before it).
// Parameters: $ids (record ids); $known_on (a datetime).
// Returns: id, sources (ids).
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN id, COLLECT {
  MATCH (s:Source)-[c:ASSERTS]->(n) WHERE c.known_since <= $known_on RETURN s.id
} AS sources
