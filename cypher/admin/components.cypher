// The Neo4j components this database runs.
// Parameters: none. Returns: name, versions, edition.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
