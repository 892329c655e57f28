// Append changes to the change log, numbered from the counter on the write lock's node: the
// caller holds that lock (write/lock_writes), so the numbers follow commit order, and a change
// commits with the records it describes or not at all.
// Parameters: $at (the write's time, write/changes_clock); $source (the id of the source whose
//   write made them, or null); $rows (list of {op, kind, id}, in the order to number them).
// Returns: last_seq (the number of the last change appended; no row when $rows is empty).
MATCH (lock:WriteLock {id: 'graph'})
WITH lock, coalesce(lock.last_change_seq, 0) AS last
UNWIND range(0, size($rows) - 1) AS i
CREATE (c:Change {seq: last + i + 1, at: $at, op: $rows[i].op, kind: $rows[i].kind,
                  id: $rows[i].id, source: $source})
WITH lock, last, count(c) AS appended
SET lock.last_change_seq = last + appended, lock.last_change_at = $at
RETURN last + appended AS last_seq
