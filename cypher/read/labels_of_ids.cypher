// The label of each id that exists, for validating references to records loaded earlier.
// An event, statement or relation that only the sources in $replacing assert counts as absent:
// a source being replaced is validated as if its old version were gone.
// Parameters: $ids (list of ids), $replacing (list of source ids). Returns: id, label per id found.
UNWIND $ids AS id
MATCH (n:Record {id: id})
WITH id, n, [l IN labels(n) WHERE l <> 'Record'][0] AS label
WHERE NOT label IN ['Event', 'Statement', 'Relation']
   OR EXISTS { MATCH (s:Source)-[:ASSERTS]->(n) WHERE NOT s.id IN $replacing }
RETURN id, label
