// Sources in id order, one keyset page.
// Parameters: $after (last id seen, or ''); $limit. Returns: record.
MATCH (s:Source)
WHERE s.id > $after
RETURN s {.id, .title, .title_en, .publisher, .credited_to, .url, .language, .published,
          .passage_count} AS record
ORDER BY s.id
LIMIT $limit
