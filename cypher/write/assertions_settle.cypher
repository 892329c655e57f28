// After a source's writes: delete assertions that no source supports any more, and refresh the
// derived properties of the others (first_reported: the earliest publication among the sources
// supporting it, for as-of queries; evidence_text: their quotes, for full-text search).
// Parameters: $ids (assertion ids touched by the write).
// Returns: label, removed (count of deleted assertions per label).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Event {id: id}) RETURN n
  UNION
  MATCH (n:Statement {id: id}) RETURN n
  UNION
  MATCH (n:Relation {id: id}) RETURN n
}
OPTIONAL MATCH (n)-[e:EVIDENCED_BY]->(p:Passage)<-[:HAS_PASSAGE]-(s:Source)
WITH n, e, s ORDER BY s.id, p.number, e.quote
WITH n, min(s.published_key) AS first_key, min(s.published_date) AS first_date,
     collect(DISTINCT e.quote) AS quotes, count(e) AS support
CALL (n, support, first_key, first_date, quotes) {
  WITH n WHERE support = 0
  WITH n, labels(n)[0] AS label
  DETACH DELETE n
  RETURN label, 1 AS removed
  UNION
  WITH n WHERE support > 0
  SET n.first_reported_key = first_key, n.first_reported = first_date,
      n.evidence_text = reduce(text = head(quotes), quote IN tail(quotes) | text + ' ' + quote)
  RETURN labels(n)[0] AS label, 0 AS removed
}
RETURN label, sum(removed) AS removed
