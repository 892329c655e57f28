// Upsert registry entities (Actor, Place or Conflict, by each row's label).
// A new entity is created with its label and the shared label Record; an id that a record of
// another kind holds is not reused but created again, so the record_id constraint refuses the
// whole transaction.
// Each row's props are the whole entry as it is to be stored: an update was already merged onto
// the stored entry in this transaction (write/registry_update), so SET replaces them whole.
// Parameters: $rows (list of {label, id, props}), props including id and fingerprint.
// Returns: created, updated (rows whose stored fingerprint differed), changes (list of
//   {op: created or updated, id}, for the change log).
UNWIND $rows AS row
OPTIONAL MATCH (old:Record {id: row.id})
CALL (row, old) {
  WITH row, old WHERE row.label IN ['Actor', 'Place', 'Conflict']
    AND (old IS NULL OR NOT row.label IN labels(old))
  CREATE (n:$(row.label):Record {id: row.id}) RETURN n
  UNION
  WITH row, old WHERE row.label IN labels(old) RETURN old AS n
}
WITH n, row, n.fingerprint AS before
SET n = row.props
RETURN sum(CASE WHEN before IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN before IS NOT NULL AND before <> row.props.fingerprint THEN 1 ELSE 0 END) AS updated,
       collect(CASE WHEN before IS NULL THEN {op: 'created', id: row.id}
                    WHEN before <> row.props.fingerprint THEN {op: 'updated', id: row.id} END) AS changes
