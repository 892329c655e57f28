// Events of these types (through the event_type index) and statements of these kinds (through
// the statement_kind index), the latest first, at most $fetch of each.
// Parameters: $types (event types); $kinds (statement kinds); $labels (Event and/or Statement:
//   which to keep); $fetch.
// Returns: id, type, name, name_original, term (the record's type or kind).
CALL () {
  MATCH (e:Event) WHERE 'Event' IN $labels AND e.type IN $types
  RETURN e AS r, e.type AS term
  ORDER BY e.start_key DESC, e.id
  LIMIT $fetch
  UNION ALL
  MATCH (s:Statement) WHERE 'Statement' IN $labels AND s.kind IN $kinds
  RETURN s AS r, s.kind AS term
  ORDER BY s.start_key DESC, s.id
  LIMIT $fetch
}
RETURN r.id AS id, CASE WHEN r:Event THEN 'event' ELSE 'statement' END AS type,
       coalesce(r.title, r.text_en) AS name, r.quote AS name_original, term
