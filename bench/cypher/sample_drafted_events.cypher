// Stored events to draft again under new ids (the candidate benchmark's second reports).
// Parameters: $skip (where the sample starts, in id order), $n (how many).
// Returns: id, type, date, actors (participant ids) per event.
MATCH (e:Event) WHERE e.id IS NOT NULL
WITH e ORDER BY e.id SKIP $skip LIMIT $n
OPTIONAL MATCH (e)-[:PARTICIPANT]->(a:Actor)
RETURN e.id AS id, e.type AS type, e.date AS date, collect(a.id) AS actors
