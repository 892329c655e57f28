// What a Web Annotation of each evidence item needs: the record (event or statement), its
// speakers and reporting chain, and each evidence quote with its place in the source's stored
// text (start, end in code points; prefix, suffix; exact: the text's own characters, the quote
// where they are the same or where evidence stored before positions has none).
// Parameters: $ids (event and statement ids; others are skipped); $sources (per record id, the
//   sources whose links and evidence count: those the record shows a version of, as of a date
//   or as known on a time, so an as_of date needs no test of its own here).
// Returns: one row per record found: id, label (Event or Statement), title, quote, language,
//   kind (the event type or statement kind), date (EDTF), speakers, reported_via (in chain
//   order), evidence (by source id, passage number).
UNWIND $ids AS id
MATCH (r:Record {id: id}) WHERE r:Event OR r:Statement
RETURN r.id AS id, CASE WHEN r:Event THEN 'Event' ELSE 'Statement' END AS label,
  coalesce(r.title, r.text_en) AS title, r.quote AS quote, r.language AS language,
  coalesce(r.type, r.kind) AS kind, r.date AS date,
  COLLECT {
    MATCH (r)-[l:SPOKEN_BY]->(a:Actor)
    WHERE l.source IN $sources[r.id]
    WITH DISTINCT a ORDER BY a.id
    RETURN {id: a.id, name: coalesce(a.name_en, a.name_ar, a.id)} } AS speakers,
  COLLECT {
    MATCH (r)-[l:REPORTED_VIA]->(a:Actor)
    WHERE l.source IN $sources[r.id]
    WITH DISTINCT l.position AS position, a ORDER BY position, a.id
    RETURN {id: a.id, name: coalesce(a.name_en, a.name_ar, a.id), position: position} } AS reported_via,
  COLLECT {
    MATCH (r)-[ev:EVIDENCED_BY]->(p:Passage)<-[:HAS_PASSAGE]-(s:Source)
    WHERE s.id IN $sources[r.id]
    WITH s, p, ev ORDER BY s.id, p.number, ev.start, ev.quote
    RETURN {source: {id: s.id, title: s.title, publisher: s.publisher, published: s.published,
                     url: s.url, language: s.language},
            passage: p.number, quote: ev.quote, note: ev.note, exact: coalesce(ev.exact, ev.quote),
            start: ev.start, end: ev.end, prefix: ev.prefix, suffix: ev.suffix,
            start_utf16: ev.start_utf16} } AS evidence
