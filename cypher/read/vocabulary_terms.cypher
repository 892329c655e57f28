// The curated vocabulary terms stored in the graph (the base terms ship with the code), read
// through the term_key index (a filter on the type or kind of a list reads them).
// Parameters: none.
// Returns: vocabulary, term, label_en, label_ar, label_ru, description, plover, cameo;
//   in vocabulary and term order.
MATCH (t:Term) WHERE t.key IS NOT NULL
RETURN t.vocabulary AS vocabulary, t.term AS term, t.label_en AS label_en,
       t.label_ar AS label_ar, t.label_ru AS label_ru, t.description AS description,
       t.plover AS plover, t.cameo AS cameo
ORDER BY vocabulary, term
