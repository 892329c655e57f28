// Every node's labels and properties and every relationship's type, endpoints and properties,
// in a stable order, so that tests can prove a graph unchanged. The write lock's node
// (write/lock_writes.cypher) holds no data and is left out; so is the change log (Change nodes)
// and the times writes stamp (a source's ingested_at and replaced_at, a claim's known_since):
// the same documents written twice make the same graph, at whatever time.
// Parameters: none. Returns: kind, item (one row per node and per relationship).
CALL () {
  MATCH (n) WHERE NOT n:WriteLock AND NOT n:Change
  RETURN 'node' AS kind, [labels(n), COLLECT {
    UNWIND keys(n) AS key
    WITH key WHERE NOT key IN ['ingested_at', 'replaced_at']
    RETURN [key, n[key]] ORDER BY key }] AS item
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'rel' AS kind, [type(r), a.id, b.id, COLLECT {
    UNWIND keys(r) AS key
    WITH key WHERE key <> 'known_since'
    RETURN [key, r[key]] ORDER BY key }] AS item
}
RETURN kind, item
