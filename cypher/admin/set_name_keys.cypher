// Store the name keys computed for each entity listed by admin/unkeyed_entities.
// Parameters: $rows (list of {ref, name_keys}). Returns: updated (count).
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.ref
SET n.name_keys = row.name_keys
RETURN count(n) AS updated
