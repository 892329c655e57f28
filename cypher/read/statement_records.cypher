// Full records of statements: speakers, addressees, reporting chain, links, verbatim evidence.
// Parameters: $ids (statement ids); $as_of_key (or null: links, evidence and versions only from
//   sources published by then; kb_service/read/dated_lists.py then derives the top-level fields
//   from those versions).
// Returns: record (a map per statement found), with versions: what each source (published by
//   $as_of_key) says of it, oldest first: date, kind and speakers, and for the summary its
//   published_key and claim (the ASSERTS properties).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s {
  kind: 'statement', .id, statement_kind: s.kind, .plover, .quote, .language, .text_en,
  status: 'occurred',
  date: {edtf: s.date, earliest: toString(s.start), latest: toString(s.end),
         precision: s.precision, uncertain: s.uncertain, approximate: s.approximate},
  first_reported: toString(s.first_reported),
  conflict: COLLECT {
    MATCH (s)-[r:IN_CONFLICT]->(c:Conflict)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT c.id }[0],
  speakers: COLLECT {
    MATCH (s)-[r:SPOKEN_BY]->(a:Actor)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT {id: a.id, name: a.name_en, name_ar: a.name_ar} },
  addressees: COLLECT {
    MATCH (s)-[r:ADDRESSED_TO]->(a:Actor)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT {id: a.id, name: a.name_en} },
  reported_via: COLLECT {
    MATCH (s)-[r:REPORTED_VIA]->(a:Actor)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    WITH DISTINCT r.position AS position, a ORDER BY position
    RETURN {id: a.id, name: a.name_en} },
  about: COLLECT {
    MATCH (s)-[r:ABOUT]->(x)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT {id: x.id, type: toLower([l IN labels(x) WHERE l <> 'Record'][0]), name: coalesce(x.name_en, x.title)} },
  occasion: COLLECT {
    MATCH (s)-[r:SAID_DURING]->(e:Event)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT e.id }[0],
  place: COLLECT {
    MATCH (s)-[r:SAID_IN]->(p:Place)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT p.id }[0],
  place_location: COLLECT {
    MATCH (s)-[r:SAID_IN]->(p:Place)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT CASE WHEN p.lat IS NOT NULL OR p.bbox IS NOT NULL THEN {lat: p.lat, lon: p.lon, bbox: p.bbox, source: p.location_source} END }[0],
  contradicts: COLLECT {
    MATCH (s)-[r:CONTRADICTS]-(o:Statement)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT o.id },
  responds_to: COLLECT {
    MATCH (s)-[r:RESPONDS_TO]->(o:Statement)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT o.id },
  responses: COLLECT {
    MATCH (s)<-[r:RESPONDS_TO]-(o:Statement)
    WHERE $as_of_key IS NULL
       OR EXISTS { MATCH (told:Source {id: r.source}) WHERE told.published_key <= $as_of_key }
    RETURN DISTINCT o.id },
  versions: COLLECT {
    MATCH (src:Source)-[c:ASSERTS]->(s)
    WHERE $as_of_key IS NULL OR src.published_key <= $as_of_key
    WITH src, c ORDER BY src.published_key, src.id
    RETURN {source: {id: src.id, title: src.title, publisher: src.publisher, published: src.published},
            published_key: src.published_key, claim: properties(c),
            statement_kind: c.kind,
            date: {edtf: c.date, earliest: toString(c.start), latest: toString(c.end),
                   precision: c.precision, uncertain: c.uncertain, approximate: c.approximate},
            speakers: COLLECT {
              MATCH (s)-[r:SPOKEN_BY]->(a:Actor) WHERE r.source = src.id
              WITH a ORDER BY a.id RETURN a.id }} },
  evidence: COLLECT {
    MATCH (s)-[ev:EVIDENCED_BY]->(p:Passage)<-[:HAS_PASSAGE]-(src:Source)
    WHERE $as_of_key IS NULL OR src.published_key <= $as_of_key
    WITH src, p, ev ORDER BY src.id, p.number
    RETURN {source: {id: src.id, title: src.title, publisher: src.publisher,
                     published: src.published},
            passage: p.number, quote: ev.quote, note: ev.note} }
} AS record
