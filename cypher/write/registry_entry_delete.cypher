// Delete one registry entry (after registry_entry_uses found nothing that needs it).
// Parameters: $id (entry id). Returns: label, deleted (1).
MATCH (n:Record {id: $id}) WHERE n:Actor OR n:Place OR n:Conflict
WITH n, [l IN labels(n) WHERE l <> 'Record'][0] AS label
DETACH DELETE n
RETURN label, count(*) AS deleted
