// Every node's labels and properties and every relationship's type, endpoints and properties,
// in a stable order, so that tests can prove a graph unchanged. The write lock's node
// (write/lock_writes.cypher) holds no data and is left out.
// Parameters: none. Returns: kind, item (one row per node and per relationship).
CALL () {
  MATCH (n) WHERE NOT n:WriteLock
  RETURN 'node' AS kind, [labels(n), properties(n)] AS item
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'rel' AS kind, [type(r), a.id, b.id, properties(r)] AS item
}
RETURN kind, item
