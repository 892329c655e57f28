// Remove every relationship that one source asserted (evidence, participants, speakers, ...),
// before its assertions are written again or retracted.
// Parameters: $source (source id).
// Returns: id and label of every assertion the source supported until now.
MATCH (:Source {id: $source})-[:HAS_PASSAGE]->(:Passage)<-[:EVIDENCED_BY]-(a)
WITH DISTINCT a
CALL (a) {
  MATCH (a)-[r]-()
  WHERE r.source = $source
  DELETE r
}
RETURN a.id AS id, labels(a)[0] AS label
