// Actors, places and conflicts whose name keys (kb_service/names.py) match, best score first,
// with every name they have (names, aliases, other names), so that the caller can tell which
// one matched and how.
// Parameters: $q (a Lucene query of name keys, word characters only); $labels (labels to
//   keep); $limit. Returns: id, type, name, name_original, score, names (list of {name,
//   language}).
CALL db.index.fulltext.queryNodes('search_names', $q, {limit: $limit * 4}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Record'][0] AS label
WHERE label IN $labels
WITH node, score, label
ORDER BY score DESC, node.id
LIMIT $limit
RETURN node.id AS id, toLower(label) AS type, node.name_en AS name,
       node.name_ar AS name_original, score,
       [pair IN [['en', node.name_en], ['ar', node.name_ar], ['ru', node.name_ru]]
          WHERE pair[1] IS NOT NULL | {name: pair[1], language: pair[0]}]
       + reduce(found = [], lang IN ['en', 'ar', 'ru'] |
           found + [alias IN split(coalesce(node['aliases_' + lang], ''), ' | ')
                    WHERE alias <> '' | {name: alias, language: lang}])
       + [i IN range(0, size(coalesce(node.other_names, [])) - 1) |
          {name: node.other_names[i], language: node.other_names_language[i]}] AS names
