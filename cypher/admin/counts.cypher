// Node counts per label and relationship counts per type (not the write lock, not the change log).
// Parameters: none. Returns: what (label or type), count.
CALL () {
  MATCH (n) WHERE NOT n:WriteLock AND NOT n:Change RETURN [l IN labels(n) WHERE l <> 'Record'][0] AS what, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN type(r) AS what, count(*) AS count
}
RETURN what, count ORDER BY what
