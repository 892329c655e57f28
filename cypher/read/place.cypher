// One place: names, kind, QID, location, what it lies within, and the events that took place
// there.
// Parameters: $id; $as_of_key (or null). Returns: record (no row if the place does not exist).
// Each listed event has title_ar / title_ru: null when the curator gave none.
MATCH (p:Place {id: $id})
RETURN p {.id, .kind, .wikidata, .within, .description,
  names: {en: p.name_en, ar: p.name_ar, ru: p.name_ru},
  location: CASE WHEN p.lat IS NOT NULL OR p.bbox IS NOT NULL THEN {lat: p.lat, lon: p.lon, bbox: p.bbox, source: p.location_source} END,
  aliases: {en: p.aliases_en, ar: p.aliases_ar, ru: p.aliases_ru},
  other_names: [i IN range(0, size(coalesce(p.other_names, [])) - 1) |
    {name: p.other_names[i], language: p.other_names_language[i],
     used_by: [party IN split(p.other_names_used_by[i], ',') WHERE party <> '']}],
  contains: COLLECT { MATCH (inner:Place {within: p.id}) RETURN inner.id ORDER BY inner.id },
  events: COLLECT {
    MATCH (x:Place) WHERE x.id = p.id OR x.within = p.id
    MATCH (e:Event)-[:OCCURRED_IN]->(x)
    WITH DISTINCT e
    WHERE $as_of_key IS NULL OR e.first_reported_key <= $as_of_key
    RETURN e {.id, .title, .title_ar, .title_ru,
              date: {edtf: e.date, earliest: toString(e.start), latest: toString(e.end),
                     precision: e.precision, uncertain: e.uncertain, approximate: e.approximate}}
    ORDER BY e.start_key, e.id LIMIT 100 }
} AS record
