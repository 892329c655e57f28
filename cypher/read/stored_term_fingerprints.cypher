// The stored fingerprint of each vocabulary term asked for, to preview what an ingest would change.
// Parameters: $keys (list of term keys). Returns: key, fingerprint for terms found.
UNWIND $keys AS key
MATCH (t:Term {key: key})
RETURN key, t.fingerprint AS fingerprint
