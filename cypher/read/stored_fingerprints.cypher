// The stored fingerprint of each record asked for, to preview what an ingest would change.
// Parameters: $rows (list of {label, id}). Returns: label, id, fingerprint for records found.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Actor' MATCH (n:Actor {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Place' MATCH (n:Place {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Conflict' MATCH (n:Conflict {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Event' MATCH (n:Event {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Statement' MATCH (n:Statement {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Relation' MATCH (n:Relation {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Source' MATCH (n:Source {id: row.id}) RETURN n
}
RETURN row.label AS label, row.id AS id, n.fingerprint AS fingerprint
