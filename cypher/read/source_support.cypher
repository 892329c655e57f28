// The assertions a source supports, and whether any other source supports each one too.
// Parameters: $source (source id). Returns: id, label, shared (true if another source cites it).
MATCH (:Source {id: $source})-[:HAS_PASSAGE]->(:Passage)<-[:EVIDENCED_BY]-(a)
WITH DISTINCT a
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Record'][0] AS label,
       EXISTS {
         MATCH (a)-[e:EVIDENCED_BY]->(:Passage)
         WHERE e.source <> $source
       } AS shared
