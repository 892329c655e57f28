// Dated assertions and source claims stored before span bands existed (no band property yet).
// A migration: run by `kb schema apply` until it returns nothing; scans, so never on a request.
// Parameters: $limit.
// Returns: ref (element id), start_key, end_key.
CALL () {
  MATCH (n) WHERE (n:Event OR n:Statement OR n:Relation)
    AND n.band IS NULL AND n.start_key IS NOT NULL
  RETURN elementId(n) AS ref, n.start_key AS start_key, n.end_key AS end_key
  UNION ALL
  MATCH (:Source)-[c:ASSERTS]->() WHERE c.band IS NULL AND c.start_key IS NOT NULL
  RETURN elementId(c) AS ref, c.start_key AS start_key, c.end_key AS end_key
}
RETURN ref, start_key, end_key
LIMIT $limit
