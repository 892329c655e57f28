// Actors, places and conflicts stored before name keys existed (no name_keys yet), with the
// names the keys are made of. A migration: run by `kb schema apply` until it returns nothing.
// Parameters: $limit. Returns: ref (element id), names (every name, alias and other name).
MATCH (n)
WHERE (n:Actor OR n:Place OR n:Conflict) AND n.name_keys IS NULL
RETURN elementId(n) AS ref,
       [name IN [n.name_en, n.name_ar, n.name_ru] WHERE name IS NOT NULL]
       + reduce(found = [], lang IN ['en', 'ar', 'ru'] |
           found + [alias IN split(coalesce(n['aliases_' + lang], ''), ' | ') WHERE alias <> ''])
       + coalesce(n.other_names, []) AS names
LIMIT $limit
