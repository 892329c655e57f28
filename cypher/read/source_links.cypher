// The relationships one source asserts, to preview what a new version would change.
// Parameters: $source (source id).
// Returns: link ([type, from id, to id, role, position, quote, note]) per relationship.
MATCH (:Source {id: $source})-[:ASSERTS]->(a)-[r]->(b)
WHERE r.source = $source
RETURN [type(r), a.id, b.id, r.role, r.position, r.quote, r.note] AS link
