// Full records of events, with participants, places and verbatim evidence.
// Parameters: $ids (event ids); $as_of_key (or null: links, evidence and versions only from
//   sources published by then; kb_service/read/dated_lists.py then derives the top-level fields
//   from those versions).
// Returns: record (a map per event found), with versions: what each source (published by
//   $as_of_key) says of it, oldest first: date, type, status, title and participants, and for
//   the summary its published_key and claim (the ASSERTS properties).
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {
  kind: 'event', .id, .title, .type, .plover, .cameo, .summary,
  status: coalesce(e.status, 'occurred'),
  renewal: CASE WHEN e.renewal_every IS NULL THEN null
           ELSE {every: e.renewal_every, automatic: e.renewal_automatic,
                 unless: e.renewal_unless} END,
  date: {edtf: e.date, earliest: toString(e.start), latest: toString(e.end),
         precision: e.precision, uncertain: e.uncertain, approximate: e.approximate},
  first_reported: toString(e.first_reported),
  conflict: COLLECT {
    MATCH (e)-[r:IN_CONFLICT]->(c:Conflict)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT c.id }[0],
  participants: COLLECT {
    MATCH (e)-[p:PARTICIPANT]->(a:Actor)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: p.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT {id: a.id, name: a.name_en, name_ar: a.name_ar, role: p.role} },
  places: COLLECT {
    MATCH (e)-[o:OCCURRED_IN]->(p:Place)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: o.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT {id: p.id, name: p.name_en, name_ar: p.name_ar, location: CASE WHEN p.lat IS NOT NULL OR p.bbox IS NOT NULL THEN {lat: p.lat, lon: p.lon, bbox: p.bbox, source: p.location_source} END} },
  versions: COLLECT {
    MATCH (src:Source)-[c:ASSERTS]->(e)
    WHERE $as_of_key IS NULL OR src.published_key <= $as_of_key
    WITH src, c ORDER BY src.published_key, src.id
    RETURN {source: {id: src.id, title: src.title, publisher: src.publisher, published: src.published},
            published_key: src.published_key, claim: properties(c),
            title: c.title, type: c.type, status: coalesce(c.status, 'occurred'),
            date: {edtf: c.date, earliest: toString(c.start), latest: toString(c.end),
                   precision: c.precision, uncertain: c.uncertain, approximate: c.approximate},
            participants: COLLECT {
              MATCH (e)-[p:PARTICIPANT]->(a:Actor) WHERE p.source = src.id
              WITH a, p ORDER BY a.id, p.role
              RETURN {id: a.id, role: p.role} }} },
  evidence: COLLECT {
    MATCH (e)-[ev:EVIDENCED_BY]->(p:Passage)<-[:HAS_PASSAGE]-(s:Source)
    WHERE $as_of_key IS NULL OR s.published_key <= $as_of_key
    WITH s, p, ev ORDER BY s.id, p.number
    RETURN {source: {id: s.id, title: s.title, publisher: s.publisher, published: s.published},
            passage: p.number, quote: ev.quote, note: ev.note} }
} AS record
