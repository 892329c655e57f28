// Actors, places and conflicts stored before name keys existed (no name_keys yet), with the
// names the keys are made of. A migration: run by `kb schema apply` until it returns nothing.
// Parameters: $limit. Returns: ref (element id), names (the name properties: names.of_node).
MATCH (n)
WHERE (n:Actor OR n:Place OR n:Conflict) AND n.name_keys IS NULL
RETURN elementId(n) AS ref,
       n {.name_en, .name_ar, .name_ru, .aliases_en, .aliases_ar, .aliases_ru, .other_names,
          .other_names_language} AS names
LIMIT $limit
