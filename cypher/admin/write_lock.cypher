// Create the node that write transactions lock (write/lock_writes.cypher), if it is missing.
// Parameters: none. Returns: nothing.
MERGE (lock:WriteLock {id: 'graph'})
SET lock.held = true
