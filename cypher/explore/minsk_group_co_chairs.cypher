// The OSCE Minsk Group, what it belongs to, what it mediates, and its co-chairs with dates.
// In Neo4j Browser: :param group => 'osce-minsk-group'
// Parameters: $group (actor id of the group).
// Returns: group (node), co_chair (node), since (EDTF of the co-chair relation), relation (node).
MATCH (g:Actor {id: $group})<-[:OBJECT]-(r:Relation {type: 'co-chair-of'})-[:SUBJECT]->(chair:Actor)
RETURN g AS group, chair AS co_chair, r.date AS since, r AS relation
ORDER BY chair.name_en
