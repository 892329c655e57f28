// The label of each id that exists, for validating references to records loaded earlier.
// An event, statement or relation that only the sources in $replacing assert counts as absent:
// a source being replaced is validated as if its old version were gone.
// Parameters: $ids (list of ids), $replacing (list of source ids). Returns: id, label per id found.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id}) RETURN n, 'Actor' AS label
  UNION
  MATCH (n:Place {id: id}) RETURN n, 'Place' AS label
  UNION
  MATCH (n:Conflict {id: id}) RETURN n, 'Conflict' AS label
  UNION
  MATCH (n:Event {id: id}) RETURN n, 'Event' AS label
  UNION
  MATCH (n:Statement {id: id}) RETURN n, 'Statement' AS label
  UNION
  MATCH (n:Relation {id: id}) RETURN n, 'Relation' AS label
  UNION
  MATCH (n:Source {id: id}) RETURN n, 'Source' AS label
}
WITH id, label, n
WHERE NOT label IN ['Event', 'Statement', 'Relation']
   OR EXISTS { MATCH (s:Source)-[:ASSERTS]->(n) WHERE NOT s.id IN $replacing }
RETURN id, label
