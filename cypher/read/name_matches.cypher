// Actors, places and conflicts whose name keys (kb_service/model/names.py) match, best score first,
// with the properties that hold every name they have (names, aliases, other names: read by
// kb_service/model/names.py of_node), so that the caller can tell which one matched and how.
// Parameters: $q (a Lucene query of name keys, word characters only); $labels (labels to
//   keep); $limit. Returns: id, type, name, name_original, score, names (the name
//   properties).
CALL db.index.fulltext.queryNodes('search_names', $q, {limit: $limit * 4}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Record'][0] AS label
WHERE label IN $labels
WITH node, score, label
ORDER BY score DESC, node.id
LIMIT $limit
RETURN node.id AS id, toLower(label) AS type, node.name_en AS name,
       node.name_ar AS name_original, score,
       node {.name_en, .name_ar, .name_ru, .aliases_en, .aliases_ar, .aliases_ru, .other_names,
             .other_names_language} AS names
