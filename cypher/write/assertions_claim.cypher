// Record a source's own version of each assertion it makes: (:Source)-[:ASSERTS]->(assertion),
// with the assertion's curated properties, so that the record can be rebuilt from the sources
// that remain when one is changed or retracted.
// Parameters: $source (source id); $rows (list of {label, id, props}).
// Returns: claimed (count).
MATCH (s:Source {id: $source})
UNWIND $rows AS row
MATCH (n:Record {id: row.id}) WHERE row.label IN labels(n)
CREATE (s)-[claim:ASSERTS]->(n)
SET claim = row.props
RETURN count(claim) AS claimed
