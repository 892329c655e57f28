// The neighbourhood of one record up to 2 hop(s), for graph views (Cytoscape.js JSON).
// Passages and sources are left out: they are evidence, shown on the records themselves.
// Parameters: $id (any record id but a source's)  $cap (most relationships returned).
// Returns: one row per relationship: rel (type, role), a and b (id, label, name, date) of its
// ends. Edge ids are made from these (kb_service/read/graph.py), never from Neo4j's element ids,
// which change when the graph is loaded again.
MATCH (c:Record {id: $id})
WHERE NOT c:Source
MATCH path = (c)-[*1..2]-(n)
WHERE none(x IN nodes(path) WHERE x:Passage OR x:Source)
WITH path LIMIT $cap
UNWIND relationships(path) AS r
WITH DISTINCT r LIMIT $cap
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN {type: type(r), role: r.role} AS rel,
       {id: a.id, label: [l IN labels(a) WHERE l <> 'Record'][0],
        name: coalesce(a.name_en, a.title, a.text_en, a.type), date: a.date} AS a,
       {id: b.id, label: [l IN labels(b) WHERE l <> 'Record'][0],
        name: coalesce(b.name_en, b.title, b.text_en, b.type), date: b.date} AS b
ORDER BY a.id, rel.type, b.id, rel.role
