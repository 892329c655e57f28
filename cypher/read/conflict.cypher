// One conflict: names, parties, mediators (and their co-chairs), key dates and counts.
// Parameters: $id; $as_of_key (or null). Returns: record (no row if the conflict does not exist).
// Each listed event has title_ar / title_ru: null when the curator gave none.
MATCH (c:Conflict {id: $id})
RETURN c {.id, .wikidata, .description,
  names: {en: c.name_en, ar: c.name_ar, ru: c.name_ru},
  aliases: {en: c.aliases_en, ar: c.aliases_ar, ru: c.aliases_ru},
  other_names: [i IN range(0, size(coalesce(c.other_names, [])) - 1) |
    {name: c.other_names[i], language: c.other_names_language[i],
     used_by: [party IN split(c.other_names_used_by[i], ',') WHERE party <> '']}],
  parties: COLLECT {
    MATCH (c)<-[:OBJECT]-(r:Relation {type: 'party-to'})-[:SUBJECT]->(a:Actor)
    WHERE $as_of_key IS NULL OR r.first_reported_key <= $as_of_key
    WITH DISTINCT a, r ORDER BY a.id
    RETURN {id: a.id, name: a.name_en, relation: r.id} },
  mediators: COLLECT {
    MATCH (c)<-[:OBJECT]-(r:Relation {type: 'mediator-of'})-[:SUBJECT]->(m:Actor)
    WHERE $as_of_key IS NULL OR r.first_reported_key <= $as_of_key
    WITH DISTINCT m, r ORDER BY m.id
    RETURN {id: m.id, name: m.name_en, relation: r.id,
      date: {edtf: r.date, earliest: toString(r.start), latest: toString(r.end),
             precision: r.precision, uncertain: r.uncertain, approximate: r.approximate},
      co_chairs: COLLECT {
        MATCH (m)<-[:OBJECT]-(:Relation {type: 'co-chair-of'})-[:SUBJECT]->(chair:Actor)
        WITH DISTINCT chair ORDER BY chair.id
        RETURN chair.id }} },
  key_dates: COLLECT {
    MATCH (e:Event)-[:IN_CONFLICT]->(c)
    WHERE $as_of_key IS NULL OR e.first_reported_key <= $as_of_key
    WITH DISTINCT e ORDER BY e.start_key, e.end_key, e.id
    RETURN e {.id, .title, .title_ar, .title_ru, .type,
              date: {edtf: e.date, earliest: toString(e.start), latest: toString(e.end),
                     precision: e.precision, uncertain: e.uncertain, approximate: e.approximate}}
    LIMIT 20 },
  event_count: COUNT { (c)<-[:IN_CONFLICT]-(:Event) },
  statement_count: COUNT { (c)<-[:IN_CONFLICT]-(:Statement) }
} AS record
