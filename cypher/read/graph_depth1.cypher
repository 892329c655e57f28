// The neighbourhood of one record up to 1 hop(s), for graph views (Cytoscape.js JSON).
// Passages and sources are left out: they are evidence, shown on the records themselves.
// Parameters: $id (any record id); $cap (most relationships returned).
// Returns: one row per relationship: rel (id, type), a and b (id, label, name) of its ends.
CALL () {
  MATCH (c:Actor {id: $id}) RETURN c
  UNION
  MATCH (c:Place {id: $id}) RETURN c
  UNION
  MATCH (c:Conflict {id: $id}) RETURN c
  UNION
  MATCH (c:Event {id: $id}) RETURN c
  UNION
  MATCH (c:Statement {id: $id}) RETURN c
  UNION
  MATCH (c:Relation {id: $id}) RETURN c
}
MATCH path = (c)-[*1..1]-(n)
WHERE none(x IN nodes(path) WHERE x:Passage OR x:Source)
WITH path LIMIT $cap
UNWIND relationships(path) AS r
WITH DISTINCT r LIMIT $cap
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN {id: elementId(r), type: type(r), role: r.role} AS rel,
       {id: a.id, label: [l IN labels(a) WHERE l <> 'Record'][0],
        name: coalesce(a.name_en, a.title, a.text_en, a.type)} AS a,
       {id: b.id, label: [l IN labels(b) WHERE l <> 'Record'][0],
        name: coalesce(b.name_en, b.title, b.text_en, b.type)} AS b
