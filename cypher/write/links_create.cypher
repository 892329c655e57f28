// Create the relationships one source asserts, each tagged with that source's id.
// Relationship types come from the fixed list below, never from input.
// Parameters: $source (source id), $rows (list of {type, from_label, from, to_label, to,
//   role, position, quote, note, and for EVIDENCED_BY the quote's place in the source's stored
//   text, kb_service/model/anchors.py: start, end (code points), exact (only where the text's
//   characters differ from quote), prefix, suffix, start_utf16}). Null values are not stored.
// Returns: created (relationships created).
UNWIND $rows AS row
MATCH (a:Record {id: row.from}) WHERE row.from_label IN ['Event', 'Statement', 'Relation']
  AND row.from_label IN labels(a)
CALL (row) {
  WITH row WHERE row.to_label = 'Passage' MATCH (b:Passage {id: row.to}) RETURN b
  UNION
  WITH row WHERE row.to_label <> 'Passage'
  MATCH (b:Record {id: row.to}) WHERE row.to_label IN labels(b) RETURN b
}
WITH a, b, row, {source: $source, role: row.role, position: row.position, quote: row.quote,
                 note: row.note, start: row.start, end: row.end, exact: row.exact,
                 prefix: row.prefix, suffix: row.suffix, start_utf16: row.start_utf16} AS props
FOREACH (_ IN CASE row.type WHEN 'EVIDENCED_BY' THEN [1] ELSE [] END |
  CREATE (a)-[r:EVIDENCED_BY]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'PARTICIPANT' THEN [1] ELSE [] END |
  CREATE (a)-[r:PARTICIPANT]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'OCCURRED_IN' THEN [1] ELSE [] END |
  CREATE (a)-[r:OCCURRED_IN]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'IN_CONFLICT' THEN [1] ELSE [] END |
  CREATE (a)-[r:IN_CONFLICT]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'PRECEDES' THEN [1] ELSE [] END |
  CREATE (a)-[r:PRECEDES]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'CAUSES' THEN [1] ELSE [] END |
  CREATE (a)-[r:CAUSES]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'PART_OF' THEN [1] ELSE [] END |
  CREATE (a)-[r:PART_OF]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'RESPONDS_TO' THEN [1] ELSE [] END |
  CREATE (a)-[r:RESPONDS_TO]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'SPOKEN_BY' THEN [1] ELSE [] END |
  CREATE (a)-[r:SPOKEN_BY]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'ADDRESSED_TO' THEN [1] ELSE [] END |
  CREATE (a)-[r:ADDRESSED_TO]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'REPORTED_VIA' THEN [1] ELSE [] END |
  CREATE (a)-[r:REPORTED_VIA]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'ABOUT' THEN [1] ELSE [] END |
  CREATE (a)-[r:ABOUT]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'SAID_DURING' THEN [1] ELSE [] END |
  CREATE (a)-[r:SAID_DURING]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'SAID_IN' THEN [1] ELSE [] END |
  CREATE (a)-[r:SAID_IN]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'CONTRADICTS' THEN [1] ELSE [] END |
  CREATE (a)-[r:CONTRADICTS]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'SUBJECT' THEN [1] ELSE [] END |
  CREATE (a)-[r:SUBJECT]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'OBJECT' THEN [1] ELSE [] END |
  CREATE (a)-[r:OBJECT]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'NOT_SAME_AS' THEN [1] ELSE [] END |
  CREATE (a)-[r:NOT_SAME_AS]->(b) SET r = props)
RETURN count(*) AS created
