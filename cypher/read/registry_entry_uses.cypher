// What still needs one registry entry: the sources whose assertions cite it (every link a
// source writes carries its id) or that credit it, and the places recorded as within it.
// Parameters: $id (entry id). Returns: label, sources, places (one row if the entry exists).
CALL () {
  MATCH (n:Actor {id: $id}) RETURN n, 'Actor' AS label
  UNION
  MATCH (n:Place {id: $id}) RETURN n, 'Place' AS label
  UNION
  MATCH (n:Conflict {id: $id}) RETURN n, 'Conflict' AS label
}
RETURN label,
       COLLECT {
         CALL (n) {
           MATCH (n)<-[r]-() WHERE r.source IS NOT NULL RETURN r.source AS source
           UNION
           MATCH (s:Source) WHERE s.credited_to = $id RETURN s.id AS source
         }
         RETURN DISTINCT source ORDER BY source
       } AS sources,
       COLLECT { MATCH (p:Place) WHERE p.within = $id RETURN p.id ORDER BY p.id } AS places
