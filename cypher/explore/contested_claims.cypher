// Contested claims side by side: every pair of statements linked as contradicting each other,
// with who said each and in what words.
// In Neo4j Browser: no parameters.
// Parameters: none.
// Returns: one row per pair: speaker_a, claim_a, quote_a, speaker_b, claim_b, quote_b.
MATCH (a:Statement)-[:CONTRADICTS]-(b:Statement)
WHERE a.id < b.id
MATCH (a)-[:SPOKEN_BY]->(sa:Actor), (b)-[:SPOKEN_BY]->(sb:Actor)
RETURN sa.name_en AS speaker_a, a.text_en AS claim_a, a.quote AS quote_a,
       sb.name_en AS speaker_b, b.text_en AS claim_b, b.quote AS quote_b
ORDER BY a.id, b.id
