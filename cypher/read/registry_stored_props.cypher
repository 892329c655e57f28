// The stored properties of the registry entries a registry document names, to merge it onto
// them (read inside the write transaction, after the write lock).
// Parameters: $ids (list of entry ids). Returns: id, label, props (every property) per entry found.
UNWIND $ids AS id
MATCH (n:Record {id: id}) WHERE n:Actor OR n:Place OR n:Conflict
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Record'][0] AS label, properties(n) AS props
