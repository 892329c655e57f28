// Actors in id order, one keyset page, optionally of one kind.
// Parameters: $after (last id seen, or ''); $kind (or null); $limit. Returns: record.
MATCH (a:Actor)
WHERE a.id > $after AND ($kind IS NULL OR a.kind = $kind)
RETURN a {.id, .kind, .wikidata,
          names: {en: a.name_en, ar: a.name_ar, ru: a.name_ru}} AS record
ORDER BY a.id
LIMIT $limit
