// Upsert assertions (events, statements, relations), replacing their properties.
// Parameters: $rows (list of {label, id, props}), props including id and fingerprint.
// Returns: created, updated counts per label.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Event'
  MERGE (n:Event {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Statement'
  MERGE (n:Statement {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Relation'
  MERGE (n:Relation {id: row.id}) RETURN n
}
WITH n, row, n.fingerprint AS before
SET n = row.props
RETURN row.label AS label,
       sum(CASE WHEN before IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN before IS NOT NULL AND before <> row.props.fingerprint THEN 1 ELSE 0 END) AS updated
