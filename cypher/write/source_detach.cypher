// Remove every relationship that one source asserted: its claims (ASSERTS, which carry its
// version of each assertion's properties), evidence, participants, speakers and the rest,
// before its assertions are written again or retracted.
// Parameters: $source (source id).
// Returns: id and label of every assertion the source supported until now.
MATCH (:Source {id: $source})-[claim:ASSERTS]->(a)
DELETE claim
WITH DISTINCT a
CALL (a) {
  MATCH (a)-[r]-()
  WHERE r.source = $source
  DELETE r
}
RETURN a.id AS id, labels(a)[0] AS label
