// Every actor, place and conflict with its names and aliases: the candidates an unknown id in
// a curated file is matched against (only when a file cites an id nobody has). Each label's own
// id index is read.
// Parameters: none. Returns: id, label, kind (actors and places), names (the name properties:
// kb_service/model/names.py of_node).
CALL () {
  MATCH (n:Actor) WHERE n.id IS NOT NULL RETURN n, 'Actor' AS label
  UNION
  MATCH (n:Place) WHERE n.id IS NOT NULL RETURN n, 'Place' AS label
  UNION
  MATCH (n:Conflict) WHERE n.id IS NOT NULL RETURN n, 'Conflict' AS label
}
RETURN n.id AS id, label, n.kind AS kind,
       n {.name_en, .name_ar, .name_ru, .aliases_en, .aliases_ar, .aliases_ru, .other_names,
          .other_names_language} AS names
