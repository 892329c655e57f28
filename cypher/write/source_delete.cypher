// Delete a source and its passages (after source_detach removed what it asserted).
// Parameters: $source (source id). Returns: deleted (1 if the source existed).
MATCH (s:Source {id: $source})
OPTIONAL MATCH (s)-[:HAS_PASSAGE]->(p:Passage)
DETACH DELETE p
WITH DISTINCT s
DETACH DELETE s
RETURN count(*) AS deleted
