// The conflict's timeline: its events in time order, and the graph of them, drawn by Neo4j
// Browser as the conflict with its events around it and the curated `precedes` links between
// them (the events are not linked in time order in the graph: only where a source says so).
// In Neo4j Browser: :param conflict => 'nagorno-karabakh-conflict'
// Parameters: $conflict (conflict id).
// Returns: timeline (one line per event: date and title, in time order, an unknown start by
//   its end), paths (the conflict's events as paths, and the PRECEDES links among them).
MATCH spoke = (c:Conflict {id: $conflict})<-[:IN_CONFLICT]-(e:Event)
WITH spoke, e ORDER BY e.seek_key, e.end_key, e.id
WITH collect(e) AS events, collect(spoke) AS spokes
CALL (events) {
  UNWIND events AS a
  MATCH link = (a)-[:PRECEDES]->(b:Event)
  WHERE b IN events
  RETURN collect(link) AS links
}
RETURN [e IN events | e.date + '  ' + e.title] AS timeline, spokes + links AS paths
