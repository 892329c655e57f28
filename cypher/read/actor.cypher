// One actor: names, aliases, kind, QID, dated roles and memberships (with evidence), conflicts.
// Parameters: $id; $as_of_key (or null). Returns: record (no row if the actor does not exist).
MATCH (a:Actor {id: $id})
RETURN a {.id, .kind, .wikidata, .description,
  names: {en: a.name_en, ar: a.name_ar, ru: a.name_ru},
  aliases: {en: a.aliases_en, ar: a.aliases_ar, ru: a.aliases_ru},
  other_names: [i IN range(0, size(coalesce(a.other_names, [])) - 1) |
    {name: a.other_names[i], language: a.other_names_language[i],
     used_by: [party IN split(a.other_names_used_by[i], ',') WHERE party <> '']}],
  relations: COLLECT {
    MATCH (a)<-[end:SUBJECT|OBJECT]-(r:Relation)-[:SUBJECT|OBJECT]->(other)
    WHERE other <> a AND ($as_of_key IS NULL OR r.first_reported_key <= $as_of_key)
    WITH DISTINCT r, end, other ORDER BY r.start_key, r.id
    RETURN {id: r.id, type: r.type, role: r.role,
            as: CASE type(end) WHEN 'SUBJECT' THEN 'subject' ELSE 'object' END,
            other: {id: other.id, type: toLower([l IN labels(other) WHERE l <> 'Record'][0]), name: other.name_en},
            date: {edtf: r.date, earliest: toString(r.start), latest: toString(r.end),
                   precision: r.precision, uncertain: r.uncertain, approximate: r.approximate},
            evidence: COLLECT {
              MATCH (r)-[ev:EVIDENCED_BY]->(p:Passage)<-[:HAS_PASSAGE]-(s:Source)
              RETURN {source: {id: s.id, title: s.title, publisher: s.publisher,
                               published: s.published},
                      passage: p.number, quote: ev.quote, note: ev.note} }} },
  conflicts: COLLECT {
    MATCH (a)<-[:PARTICIPANT|SPOKEN_BY|SUBJECT]-(x)-[:IN_CONFLICT]->(c:Conflict)
    RETURN DISTINCT {id: c.id, name: c.name_en} },
  statement_count: COUNT { (a)<-[:SPOKEN_BY]-(:Statement) },
  event_count: COUNT { (a)<-[:PARTICIPANT]-(:Event) }
} AS record
