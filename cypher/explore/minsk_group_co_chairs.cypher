// The OSCE Minsk Group, what it belongs to, what it mediates, and its co-chairs with dates.
// In Neo4j Browser: :param group => 'osce-minsk-group'
// Parameters: $group (actor id of the group).
// Returns: one row per co-chair (one row with a null co_chair when it has none): group (node);
//   belongs_to (list of {relation, whole, since}: each part-of relation of the group, the actor
//   it is part of, and the relation's EDTF date or null); mediates (list of {relation, conflict,
//   since}: each mediator-of relation, the conflict or actor mediated, its EDTF date);
//   co_chair (node), since (EDTF of the co-chair relation), relation (node).
//   In the Browser's graph view these draw the group with its whole, its conflict and its chairs.
MATCH (g:Actor {id: $group})
OPTIONAL MATCH (g)<-[:OBJECT]-(r:Relation {type: 'co-chair-of'})-[:SUBJECT]->(chair:Actor)
RETURN g AS group,
       COLLECT {
         MATCH (g)<-[:SUBJECT]-(p:Relation {type: 'part-of'})-[:OBJECT]->(whole)
         RETURN {relation: p, whole: whole, since: p.date} ORDER BY whole.id
       } AS belongs_to,
       COLLECT {
         MATCH (g)<-[:SUBJECT]-(m:Relation {type: 'mediator-of'})-[:OBJECT]->(mediated)
         RETURN {relation: m, conflict: mediated, since: m.date} ORDER BY mediated.id
       } AS mediates,
       chair AS co_chair, r.date AS since, r AS relation
ORDER BY chair.name_en
