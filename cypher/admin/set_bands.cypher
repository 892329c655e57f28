// Store the span band and seek key computed for each node or claim listed by admin/unbanded.
// Parameters: $rows (list of {ref, band, seek_key}).
// Returns: updated (count).
UNWIND $rows AS row
CALL (row) {
  MATCH (n) WHERE elementId(n) = row.ref
  SET n.band = row.band, n.seek_key = row.seek_key
  RETURN n
  UNION ALL
  MATCH ()-[n]->() WHERE elementId(n) = row.ref
  SET n.band = row.band, n.seek_key = row.seek_key
  RETURN n
}
RETURN count(*) AS updated
