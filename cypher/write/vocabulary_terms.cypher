// Upsert curated vocabulary terms. When a term's PLOVER or CAMEO category changes, the events
// of that type (or statements of that kind) and every source's version of them take it too.
// Parameters: $rows (list of {key, props}), props including vocabulary, term and fingerprint.
// Returns: created, updated (rows whose stored fingerprint differed), changes (list of
//   {op: created or updated, id: key} per term), recategorised (ids of the events and statements
//   whose category changed), for the change log.
UNWIND $rows AS row
MERGE (t:Term {key: row.key})
WITH t, row, t.fingerprint AS before
SET t = row.props
WITH t, row, before
CALL (t, before) {
  WITH t WHERE before IS NOT NULL AND before <> t.fingerprint AND t.vocabulary = 'event_types'
  MATCH (e:Event {type: t.term})
  OPTIONAL MATCH (:Source)-[claim:ASSERTS]->(e)
  WITH t, e, claim, coalesce(e.plover, '') <> coalesce(t.plover, '')
                    OR coalesce(e.cameo, '') <> coalesce(t.cameo, '') AS moved
  SET e.plover = t.plover, e.cameo = t.cameo, claim.plover = t.plover, claim.cameo = t.cameo
  RETURN collect(DISTINCT CASE WHEN moved THEN e.id END) AS events
}
CALL (t, before) {
  WITH t WHERE before IS NOT NULL AND before <> t.fingerprint AND t.vocabulary = 'statement_kinds'
  MATCH (s:Statement {kind: t.term})
  OPTIONAL MATCH (:Source)-[claim:ASSERTS]->(s)
  WITH t, s, claim, coalesce(s.plover, '') <> coalesce(t.plover, '') AS moved
  SET s.plover = t.plover, claim.plover = t.plover
  RETURN collect(DISTINCT CASE WHEN moved THEN s.id END) AS statements
}
RETURN sum(CASE WHEN before IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN before IS NOT NULL AND before <> row.props.fingerprint THEN 1 ELSE 0 END) AS updated,
       collect(CASE WHEN before IS NULL THEN {op: 'created', id: row.key}
                    WHEN before <> row.props.fingerprint THEN {op: 'updated', id: row.key} END) AS changes,
       reduce(ids = [], found IN collect(events + statements) | ids + found) AS recategorised
