// Remove the claim time that write/assertions_settle copies onto a record with the rest of its
// claim's properties (SET n = properties(claim)): known_since belongs to each source's claim
// (write/changes_stamp_claims), not to the record, which several sources may assert.
// Parameters: $ids (record ids the write settled). Returns: cleared (count).
UNWIND $ids AS id
MATCH (n:Record {id: id}) WHERE n.known_since IS NOT NULL
REMOVE n.known_since
RETURN count(n) AS cleared
