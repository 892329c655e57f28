"""The store: the Neo4j driver's life cycle, the query loader (the one place query text is
made), the schema, and the local Neo4j."""
