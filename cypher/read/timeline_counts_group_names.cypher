// The English names of the actors, places and conflicts that group a count
// (read/timeline_counts_banded), through the Record id index.
// Parameters: $ids (list of ids). Returns: id, name (null when the entity has no English name);
//   no row for an id that is not an actor, place or conflict.
UNWIND $ids AS id
MATCH (n:Record {id: id})
WHERE n:Actor OR n:Place OR n:Conflict
RETURN id, n.name_en AS name
