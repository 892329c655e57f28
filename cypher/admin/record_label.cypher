// Give the shared label Record to records stored before it existed (a migration, run by
// `kb schema apply`). Two records of different kinds with one id fail here on record_id.
// Parameters: $limit. Returns: labelled (count; 0 when none was left).
MATCH (n)
WHERE (n:Actor OR n:Place OR n:Conflict OR n:Event OR n:Statement OR n:Relation OR n:Source)
  AND NOT n:Record
WITH n LIMIT $limit
SET n:Record
RETURN count(n) AS labelled
