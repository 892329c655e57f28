// Store the summary date of events and statements (kb_service/model/versions.py): its date
// properties and the record's fingerprint. A null value removes the property (an open end).
// Parameters: $rows (list of {id, props}).
// Returns: summarised (count of records changed).
UNWIND $rows AS row
MATCH (n:Record {id: row.id}) WHERE n:Event OR n:Statement
SET n += row.props
RETURN count(n) AS summarised
