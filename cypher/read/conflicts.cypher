// Conflicts in id order, one keyset page.
// Parameters: $after (last id seen, or ''); $limit. Returns: record.
MATCH (c:Conflict)
WHERE c.id > $after
RETURN c {.id, .wikidata, names: {en: c.name_en, ar: c.name_ar, ru: c.name_ru}} AS record
ORDER BY c.id
LIMIT $limit
