// Delete one registry entry (after registry_entry_uses found nothing that needs it).
// Parameters: $id (entry id). Returns: label, deleted (1).
CALL () {
  MATCH (n:Actor {id: $id}) RETURN n
  UNION
  MATCH (n:Place {id: $id}) RETURN n
  UNION
  MATCH (n:Conflict {id: $id}) RETURN n
}
WITH n, labels(n)[0] AS label
DETACH DELETE n
RETURN label, count(*) AS deleted
