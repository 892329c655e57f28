// Everything an actor said: each statement with its date, addressees, English rendering and the
// original words, oldest first.
// In Neo4j Browser: :param actor => 'sergey-lavrov'
// Parameters: $actor (actor id).
// Returns: date, statement (node), kind, addressed_to (names), said (English), quote (original).
MATCH (a:Actor {id: $actor})<-[:SPOKEN_BY]-(s:Statement)
OPTIONAL MATCH (s)-[:ADDRESSED_TO]->(to:Actor)
WITH s, collect(DISTINCT to.name_en) AS addressed_to
RETURN s.date AS date, s AS statement, s.kind AS kind, addressed_to,
       s.text_en AS said, s.quote AS quote
ORDER BY s.start_key, s.end_key, s.id
