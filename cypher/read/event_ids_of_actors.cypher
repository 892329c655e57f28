// The events the given actors take part in, when there are few: an actor-filtered timeline page
// then starts from them instead of reading the span bands for a rare actor's few events.
// The count comes from the actors' relationship counts, without reading the events.
// Parameters: $actors (list of actor ids); $most (the most participations worth reading).
// Returns: one row with ids (list), or no row when the actors take part in more than $most.
MATCH (a:Actor) WHERE a.id IN $actors
WITH collect(a) AS actors, sum(COUNT { (a)<-[:PARTICIPANT]-() }) AS degree
WITH actors, degree WHERE degree <= $most
RETURN COLLECT {
  UNWIND actors AS a
  MATCH (a)<-[:PARTICIPANT]-(e:Event)
  RETURN DISTINCT e.id
} AS ids
