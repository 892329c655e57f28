// Record a source's own version of each assertion it makes: (:Source)-[:ASSERTS]->(assertion),
// with the assertion's curated properties, so that the record can be rebuilt from the sources
// that remain when one is changed or retracted.
// Parameters: $source (source id); $rows (list of {label, id, props}).
// Returns: claimed (count).
MATCH (s:Source {id: $source})
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Event'
  MATCH (n:Event {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Statement'
  MATCH (n:Statement {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Relation'
  MATCH (n:Relation {id: row.id}) RETURN n
}
CREATE (s)-[claim:ASSERTS]->(n)
SET claim = row.props
RETURN count(claim) AS claimed
