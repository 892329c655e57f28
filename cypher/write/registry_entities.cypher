// Upsert registry entities (Actor, Place or Conflict, by each row's label).
// Parameters: $rows (list of {label, id, props}), props including id and fingerprint.
// Returns: created, updated (rows whose stored fingerprint differed).
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Actor'
  MERGE (n:Actor {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Place'
  MERGE (n:Place {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Conflict'
  MERGE (n:Conflict {id: row.id}) RETURN n
}
WITH n, row, n.fingerprint AS before
SET n = row.props
RETURN sum(CASE WHEN before IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN before IS NOT NULL AND before <> row.props.fingerprint THEN 1 ELSE 0 END) AS updated
