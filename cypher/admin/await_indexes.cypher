// Wait (up to 300 s) until every index is online, so reads right after `kb schema apply` use them.
// Parameters: none. Returns: nothing.
CALL db.awaitIndexes(300)
