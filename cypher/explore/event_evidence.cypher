// The evidence behind one event: every passage that supports it, the verbatim quote, and the
// source it comes from.
// In Neo4j Browser: :param event => 'lavrov-bayramov-call-2020-09-27'
// Parameters: $event (event id).
// Returns: event (node), source (node), passage (node), number, quote, ordered by source and passage.
MATCH (e:Event {id: $event})-[ev:EVIDENCED_BY]->(p:Passage)<-[:HAS_PASSAGE]-(s:Source)
RETURN e AS event, s AS source, p AS passage, p.number AS number, ev.quote AS quote
ORDER BY s.id, p.number
