// The number of the last change committed (0 before the first). Read before a page of the log,
// which stops at it: a change numbered after it may still be committing, and one numbered
// before it has committed, since changes are numbered under the write lock.
// Parameters: none. Returns: upto (one row).
OPTIONAL MATCH (lock:WriteLock {id: 'graph'})
RETURN coalesce(lock.last_change_seq, 0) AS upto
