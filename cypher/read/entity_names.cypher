// Every actor, place and conflict with its names and aliases: the candidates an unknown id in
// a curated file is matched against (only when a file cites an id nobody has). Each label's own
// id index is read.
// Parameters: none. Returns: id, label, names (list of names and aliases).
CALL () {
  MATCH (n:Actor) WHERE n.id IS NOT NULL RETURN n, 'Actor' AS label
  UNION
  MATCH (n:Place) WHERE n.id IS NOT NULL RETURN n, 'Place' AS label
  UNION
  MATCH (n:Conflict) WHERE n.id IS NOT NULL RETURN n, 'Conflict' AS label
}
RETURN n.id AS id, label,
       [name IN [n.name_en, n.name_ar, n.name_ru] WHERE name IS NOT NULL]
       + reduce(found = [], lang IN ['en', 'ar', 'ru'] |
           found + [alias IN split(coalesce(n['aliases_' + lang], ''), ' | ') WHERE alias <> ''])
       + coalesce(n.other_names, []) AS names
