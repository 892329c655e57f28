// Full-text matches across the Arabic, English and Russian indexes, best score per node.
// Parameters: $q (a Lucene query built from the user's words, special characters escaped);
//   $labels (labels to keep); $limit; $fetch (how many best matches each index gives: a
//   common word matches thousands of records, and Lucene then keeps only its top $fetch).
//   Returns: id, type, name, score.
CALL () {
  CALL db.index.fulltext.queryNodes('search_ar', $q, {limit: $fetch}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_en', $q, {limit: $fetch}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_ru', $q, {limit: $fetch}) YIELD node, score RETURN node, score
}
WITH node, max(score) AS score, [l IN labels(node) WHERE l <> 'Record'][0] AS label
WHERE label IN $labels
RETURN node.id AS id, toLower(label) AS type,
       coalesce(node.name_en, node.title, node.text_en) AS name,
       coalesce(node.name_ar, node.quote) AS name_original, score
ORDER BY score DESC, id
LIMIT $limit
