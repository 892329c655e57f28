// Take the graph's one write lock, first thing in every write transaction (ingest, retract,
// registry upsert and removal). Setting a property of the lock node takes Neo4j's exclusive
// lock on it until the transaction ends, so writers queue in Neo4j itself, whatever process or
// host they run in, and each reads the graph only after the writer before it committed.
// One lock for the whole graph, not one per source: sources share assertions and registry
// entries, and a write settles every assertion it touches from all the sources that assert it.
// The node also keeps the change log's clock (last_change_seq, last_change_at; see
// changes_clock.cypher), which only a lock holder moves; checksums and counts leave it out. Schema apply creates it, so that
// writers queue on the node's lock rather than race to create it (MERGE makes it after a wipe).
// Parameters: none. Returns: locked (true).
MERGE (lock:WriteLock {id: 'graph'})
SET lock.held = true
RETURN true AS locked
