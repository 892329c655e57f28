// After a source's writes: delete assertions that no source asserts any more; rebuild the others
// from the most recently published source that asserts them (ties: the greatest source id; an
// event's or statement's date is then replaced by the summary date of all its versions, see
// write/assertions_summary), and
// refresh their derived properties: first_reported (the earliest publication among the sources
// supporting it, for as-of queries) and evidence_text (their quotes, for full-text search).
// The claim's known_since (write/changes_stamp_claims) is not copied: it is when the knowledge
// base learnt that source's claim, not a property of the record, which several sources assert.
// An assertion deleted here that a source still cites (an id that only the replaced or retracted
// source asserted) is reported as dangling, so that the caller undoes the whole transaction
// rather than drop the citation: the writing source's own links were detached before this runs.
// Parameters: $ids (assertion ids touched by the write).
// Returns: label, removed (count of deleted assertions per label), dangling (their ids).
UNWIND $ids AS id
MATCH (n:Record {id: id}) WHERE n:Event OR n:Statement OR n:Relation
OPTIONAL MATCH (src:Source)-[claim:ASSERTS]->(n)
WITH n, src, claim ORDER BY src.published_key DESC, src.id DESC
WITH n, collect(claim)[0] AS current, min(src.published_key) AS first_key,
     min(src.published_date) AS first_date
CALL (n, current, first_key, first_date) {
  WITH n WHERE current IS NULL
  WITH n, [l IN labels(n) WHERE l <> 'Record'][0] AS label,
       CASE WHEN EXISTS { MATCH (n)<-[r]-() WHERE r.source IS NOT NULL } THEN [n.id] ELSE [] END
         AS dangling
  DETACH DELETE n
  RETURN label, 1 AS removed, dangling
  UNION
  WITH n WHERE current IS NOT NULL
  SET n = properties(current)
  REMOVE n.known_since
  SET n.first_reported_key = first_key, n.first_reported = first_date
  WITH n
  CALL (n) {
    MATCH (n)-[e:EVIDENCED_BY]->(p:Passage)<-[:HAS_PASSAGE]-(s:Source)
    WITH e, s, p ORDER BY s.id, p.number, e.quote
    WITH collect(DISTINCT e.quote) AS quotes
    SET n.evidence_text = reduce(text = head(quotes), quote IN tail(quotes) | text + ' ' + quote)
  }
  RETURN [l IN labels(n) WHERE l <> 'Record'][0] AS label, 0 AS removed, [] AS dangling
}
RETURN label, sum(removed) AS removed, reduce(all = [], ids IN collect(dangling) | all + ids) AS dangling
