// One page of the change log in commit order, through the change_seq constraint's index.
// Parameters: $after (the seq of the last change seen, 0 for the start); $upto (read/changes_upto);
//   $limit.
// Returns: seq, at, op, kind, id, source.
MATCH (c:Change)
WHERE c.seq > $after AND c.seq <= $upto
RETURN c.seq AS seq, c.at AS at, c.op AS op, c.kind AS kind, c.id AS id, c.source AS source
ORDER BY c.seq
LIMIT $limit
