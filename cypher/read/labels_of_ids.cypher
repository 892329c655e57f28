// The label of each id that exists, for validating references to records loaded earlier.
// Parameters: $ids (list of ids). Returns: id, label for each id found.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id}) RETURN 'Actor' AS label
  UNION
  MATCH (n:Place {id: id}) RETURN 'Place' AS label
  UNION
  MATCH (n:Conflict {id: id}) RETURN 'Conflict' AS label
  UNION
  MATCH (n:Event {id: id}) RETURN 'Event' AS label
  UNION
  MATCH (n:Statement {id: id}) RETURN 'Statement' AS label
  UNION
  MATCH (n:Relation {id: id}) RETURN 'Relation' AS label
  UNION
  MATCH (n:Source {id: id}) RETURN 'Source' AS label
}
RETURN id, label
