// The stored fingerprint of each record asked for, to preview what an ingest would change.
// Parameters: $rows (list of {label, id}). Returns: label, id, fingerprint for records found.
UNWIND $rows AS row
MATCH (n:Record {id: row.id}) WHERE row.label IN labels(n)
RETURN row.label AS label, row.id AS id, n.fingerprint AS fingerprint
