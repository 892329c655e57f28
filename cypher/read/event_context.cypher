// What surrounds one event: related events (both directions) and the statements about it.
// Parameters: $id (event id); $as_of_key (or null). Returns: related, statements.
MATCH (e:Event {id: $id})
RETURN COLLECT {
         MATCH (e)-[r:PRECEDES|CAUSES|PART_OF|RESPONDS_TO]-(o:Event)
         WHERE $as_of_key IS NULL OR o.first_reported_key <= $as_of_key
         RETURN DISTINCT {type: toLower(type(r)),
                          direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
                          id: o.id, title: o.title,
                          date: {edtf: o.date, earliest: toString(o.start), latest: toString(o.end),
                                 precision: o.precision, uncertain: o.uncertain,
                                 approximate: o.approximate}} } AS related,
       COLLECT {
         MATCH (e)<-[:ABOUT|SAID_DURING]-(s:Statement)
         WHERE $as_of_key IS NULL OR s.first_reported_key <= $as_of_key
         RETURN DISTINCT s.id } AS statements
