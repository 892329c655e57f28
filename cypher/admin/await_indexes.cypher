// Wait until every index is online, so reads right after `kb schema apply` use them: up to
// 300 s here, but no longer than KB_NEO4J_QUERY_TIMEOUT, which bounds every statement run
// outside an ingest.
// Parameters: none. Returns: nothing.
CALL db.awaitIndexes(300)
