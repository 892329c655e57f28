// The versions of events and statements: what each source asserting them says (its ASSERTS
// claim), for the summary that kb_service/model/versions.py derives and
// write/assertions_summary stores.
// Parameters: $ids (record ids; relations and missing ids are skipped).
// Returns: id, date (the stored EDTF date), versions (list of {source, published_key, props}).
UNWIND $ids AS id
MATCH (n:Record {id: id}) WHERE n:Event OR n:Statement
RETURN n.id AS id, n.date AS date,
       COLLECT {
         MATCH (src:Source)-[c:ASSERTS]->(n)
         RETURN {source: src.id, published_key: src.published_key, props: properties(c)}
       } AS versions
