// One source: metadata, when the knowledge base first ingested it and last replaced it (null if
// never), its numbered passages, and how many assertions it supports.
// Parameters: $id. Returns: record (no row if the source does not exist).
MATCH (s:Source {id: $id})
RETURN s {.id, .title, .title_en, .publisher, .credited_to, .url, .language, .published,
          .passage_count, .text_sha256, .ingested_at, .replaced_at,
  passages: COLLECT {
    MATCH (s)-[:HAS_PASSAGE]->(p:Passage)
    RETURN {number: p.number, text: p.text, content: p.content,
            cited_by: COUNT { (p)<-[:EVIDENCED_BY]-() }} ORDER BY p.number },
  assertions: COUNT {
    MATCH (s)-[:HAS_PASSAGE]->(:Passage)<-[:EVIDENCED_BY]-(a) RETURN DISTINCT a }
} AS record
