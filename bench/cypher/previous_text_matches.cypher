// The text search before name search (at 9ed8fa7): every match of the three language indexes
// is taken before the best $limit are kept (the kind read past the shared label Record). The
// search benchmark's baseline.
// Full-text matches across the Arabic, English and Russian indexes, best score per node.
// Parameters: $q (a Lucene query built from the user's words, special characters escaped);
//   $labels (labels to keep); $limit. Returns: id, type, name, score.
CALL () {
  CALL db.index.fulltext.queryNodes('search_ar', $q) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_en', $q) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_ru', $q) YIELD node, score RETURN node, score
}
WITH node, max(score) AS score, [l IN labels(node) WHERE l <> 'Record'][0] AS label
WHERE label IN $labels
RETURN node.id AS id, toLower(label) AS type,
       coalesce(node.name_en, node.title, node.text_en) AS name,
       coalesce(node.name_ar, node.quote) AS name_original, score
ORDER BY score DESC, id
LIMIT $limit
