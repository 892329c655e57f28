// What a sync client sees of each event, statement and relation, to tell which ones a write
// created, updated or deleted: compared before and after the write (kb_service/write/change_log).
// The record's fingerprint, each source's claim with what the record's evidence shows of that
// source (title, publisher, publication date), and every sourced link out of it.
// Parameters: $ids (record ids); $source (a source id whose claimed records are added, or null).
// Returns: id, label, fingerprint, claims ([source id, title, publisher, published, claim
//   fingerprint]),
//   links ([type, target id, properties]).
CALL () {
  UNWIND $ids AS id
  MATCH (n:Record {id: id}) WHERE n:Event OR n:Statement OR n:Relation
  RETURN n
  UNION
  MATCH (:Source {id: $source})-[:ASSERTS]->(n)
  RETURN n
}
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Record'][0] AS label, n.fingerprint AS fingerprint,
       COLLECT {
         MATCH (s:Source)-[c:ASSERTS]->(n)
         RETURN [s.id, s.title, s.publisher, s.published, c.fingerprint]
       } AS claims,
       COLLECT {
         MATCH (n)-[r]->(b) WHERE r.source IS NOT NULL
         RETURN [type(r), b.id, properties(r)]
       } AS links
