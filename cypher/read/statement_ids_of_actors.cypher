// The statements that name the given actors in any role (speaker, addressee, about), when there
// are few: a speaker-, addressee- or actor-filtered page then starts from them.
// Parameters: $actors (list of actor ids); $most (the most links worth reading).
// Returns: one row with ids (list), or no row when the actors have more than $most links.
MATCH (a:Actor) WHERE a.id IN $actors
WITH collect(a) AS actors,
     sum(COUNT { (a)<-[:SPOKEN_BY|ADDRESSED_TO|ABOUT]-() }) AS degree
WITH actors, degree WHERE degree <= $most
RETURN COLLECT {
  UNWIND actors AS a
  MATCH (a)<-[:SPOKEN_BY|ADDRESSED_TO|ABOUT]-(s:Statement)
  RETURN DISTINCT s.id
} AS ids
