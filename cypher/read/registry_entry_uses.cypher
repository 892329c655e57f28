// What still needs one registry entry: the sources whose assertions cite it (every link a
// source writes carries its id) or that credit it, and the places recorded as within it.
// Parameters: $id (entry id). Returns: label, sources, places (one row if the entry exists).
MATCH (n:Record {id: $id}) WHERE n:Actor OR n:Place OR n:Conflict
WITH n, [l IN labels(n) WHERE l <> 'Record'][0] AS label
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
