// One source's stored text: its passages in order, which kb_service/read/source_texts.py joins
// with "\n" (kb_service/model/anchors.py: the text evidence positions count in).
// Parameters: $id (source id).
// Returns: id, text_sha256, passages (texts by number); no row if the source does not exist.
MATCH (s:Source {id: $id})
RETURN s.id AS id, s.text_sha256 AS text_sha256,
       COLLECT { MATCH (s)-[:HAS_PASSAGE]->(p:Passage) RETURN p.text ORDER BY p.number } AS passages
