// The time of this write, read from Neo4j's clock once the write lock is held (call it after
// write/lock_writes): the statement's time to the millisecond (kb_service/write/change_log
// stores it at offset +00:00), and never earlier than the last change recorded (compared as
// instants: Neo4j orders the same instant in a zone and at an offset apart), so that the
// change log's times never go back as its seq goes up.
// Parameters: none. Returns: at (a UTC datetime).
MATCH (lock:WriteLock {id: 'graph'})
WITH lock, datetime.truncate('millisecond', datetime.statement()) AS now
RETURN CASE WHEN lock.last_change_at.epochMillis > now.epochMillis
            THEN lock.last_change_at ELSE now END AS at
