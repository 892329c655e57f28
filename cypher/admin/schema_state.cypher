// The state of the named indexes (constraints are backed by indexes of the same name).
// Parameters: $names (list of index and constraint names). Returns: name, state per index.
SHOW INDEXES YIELD name, state
WHERE name IN $names
RETURN name, state
