// The conflict's timeline as a path: its events in time order, each linked to the next.
// In Neo4j Browser: :param conflict => 'nagorno-karabakh-conflict'
// Parameters: $conflict (conflict id).
// Returns: timeline (one line per event: date and title, in time order, an unknown start by
//   its end), path (the events as a chain drawn in the graph view).
MATCH (c:Conflict {id: $conflict})<-[:IN_CONFLICT]-(e:Event)
WITH e ORDER BY e.seek_key, e.end_key, e.id
WITH collect(e) AS events
RETURN [e IN events | e.date + '  ' + e.title] AS timeline,
       [i IN range(0, size(events) - 2) | [events[i], events[i + 1]]] AS path
