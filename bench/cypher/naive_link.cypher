// The naive baseline (bench only): one relationship, merged in its own auto-commit transaction.
// __FROM__, __TO__ and __TYPE__ are replaced by bench/naive.py from fixed allowlists.
// Parameters: $from, $to (ids); $source (the asserting source's id); $props. Returns: nothing.
MATCH (a:__FROM__ {id: $from})
MATCH (b:__TO__ {id: $to})
MERGE (a)-[r:__TYPE__ {source: $source}]->(b)
SET r += $props
