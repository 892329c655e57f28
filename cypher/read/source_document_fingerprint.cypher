// The fingerprint of everything a stored source wrote (node, passages, assertions, links), to
// tell a document sent again unchanged from one that changes the graph.
// Parameters: $source (source id). Returns: fingerprint (null for a source written before it).
MATCH (s:Source {id: $source})
RETURN s.document_fingerprint AS fingerprint
