// The time of one change, to check that a cursor names a change this log holds.
// Parameters: $seq. Returns: at (no row if there is no such change).
MATCH (c:Change {seq: $seq})
RETURN c.at AS at
