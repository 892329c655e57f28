// The naive baseline (bench only): one node, merged by id in its own auto-commit transaction,
// as an object-at-a-time loader (py2neo's Graph.merge) does.
// __LABEL__ is replaced by bench/naive.py with a label from its fixed allowlist, never input.
// Parameters: $id; $props (the node's properties). Returns: nothing.
MERGE (n:__LABEL__ {id: $id})
SET n = $props
