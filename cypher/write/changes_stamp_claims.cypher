// Stamp each claim of a source (its ASSERTS relationships) with the time the source first
// asserted the record: kept from before a replacement ($since, which write/source_detach
// returned), else this write's time. Reads as_known_on select records by these stamps.
// Parameters: $source (source id); $at (this write's time); $since (map: record id -> the time
//   the source's previous version first asserted it).
// Returns: stamped (count).
MATCH (:Source {id: $source})-[claim:ASSERTS]->(n)
SET claim.known_since = coalesce($since[n.id], $at)
RETURN count(claim) AS stamped
