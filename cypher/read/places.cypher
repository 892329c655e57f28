// Places in id order, one keyset page, optionally of one kind, with their location (a point or
// a bounding box, and its source) or null.
// Parameters: $after (last id seen, or ''); $kind (or null); $limit. Returns: record.
MATCH (p:Place)
WHERE p.id > $after AND ($kind IS NULL OR p.kind = $kind)
RETURN p {.id, .kind, .wikidata, .within,
          names: {en: p.name_en, ar: p.name_ar, ru: p.name_ru},
          location: CASE WHEN p.lat IS NOT NULL OR p.bbox IS NOT NULL THEN {lat: p.lat, lon: p.lon, bbox: p.bbox, source: p.location_source} END} AS record
ORDER BY p.id
LIMIT $limit
