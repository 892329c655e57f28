// Passages of a source with content that no assertion cites.
// Parameters: $source (source id). Returns: number, text, in passage order.
MATCH (:Source {id: $source})-[:HAS_PASSAGE]->(p:Passage)
WHERE p.content AND NOT EXISTS { (p)<-[:EVIDENCED_BY]-() }
RETURN p.number AS number, p.text AS text
ORDER BY number
