// Upsert a source and its numbered passages; drop passages beyond the new text's last one.
// The source keeps when it was first ingested (ingested_at) and is stamped with this write's
// time as replaced_at when it existed before (write/changes_clock's time; a retraction's time is
// its tombstone in the change log).
// Parameters: $source (map of Source properties incl. id), $passages (list of {id, number, text}),
//   $at (this write's time).
// Returns: created (1 if the source is new), updated (1 if its fingerprint changed).
MERGE (s:Source {id: $source.id})
WITH s, s.fingerprint AS before, s.ingested_at AS ingested
SET s = $source, s:Record
SET s.ingested_at = coalesce(ingested, $at),
    s.replaced_at = CASE WHEN before IS NULL THEN null ELSE $at END
WITH s, before
CALL (s) {
  UNWIND $passages AS row
  MERGE (p:Passage {id: row.id})
  SET p = row
  MERGE (s)-[:HAS_PASSAGE]->(p)
}
CALL (s) {
  MATCH (s)-[:HAS_PASSAGE]->(old:Passage)
  WHERE old.number > size($passages)
  DETACH DELETE old
}
RETURN CASE WHEN before IS NULL THEN 1 ELSE 0 END AS created,
       CASE WHEN before IS NOT NULL AND before <> $source.fingerprint THEN 1 ELSE 0 END AS updated
