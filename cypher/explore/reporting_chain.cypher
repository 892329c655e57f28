// The reporting chain of a statement: who spoke, then who relayed it, outward to the outlet.
// In Neo4j Browser: :param statement => 'lavrov-concern-shelling-2020-09-27'
// Parameters: $statement (statement id).
// Returns: speaker (name), chain (names from nearest relay to the outlet), statement (node).
MATCH (s:Statement {id: $statement})-[:SPOKEN_BY]->(speaker:Actor)
OPTIONAL MATCH (s)-[r:REPORTED_VIA]->(via:Actor)
WITH s, speaker, r, via ORDER BY r.position
RETURN speaker.name_en AS speaker, collect(DISTINCT via.name_en) AS chain, s AS statement
