// Remove every relationship that one source asserted: its claims (ASSERTS, which carry its
// version of each assertion's properties), evidence, participants, speakers and the rest,
// before its assertions are written again or retracted.
// Parameters: $source (source id).
// Returns: id and label of every assertion the source supported until now, known_since (when
//   the source first asserted it, write/changes_stamp_claims; null before stamps existed), and
//   links: each relationship removed from it as [type, from id, to id, role, position, quote, note].
MATCH (:Source {id: $source})-[claim:ASSERTS]->(a)
WITH a, claim, claim.known_since AS since
DELETE claim
WITH a, min(since) AS known_since
CALL (a) {
  OPTIONAL MATCH (a)-[r]->(b)
  WHERE r.source = $source
  WITH r, [type(r), a.id, b.id, r.role, r.position, r.quote, r.note] AS link
  DELETE r
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE link END) AS links
}
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Record'][0] AS label, known_since, links
