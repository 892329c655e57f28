// Places in id order, one keyset page, optionally of one kind.
// Parameters: $after (last id seen, or ''); $kind (or null); $limit. Returns: record.
MATCH (p:Place)
WHERE p.id > $after AND ($kind IS NULL OR p.kind = $kind)
RETURN p {.id, .kind, .wikidata, .within,
          names: {en: p.name_en, ar: p.name_ar, ru: p.name_ru}} AS record
ORDER BY p.id
LIMIT $limit
