// Full-text indexes, one per language so that each gets Lucene's analyzer for it:
// the arabic analyzer folds diacritics (tashkeel, shadda), alef forms, taa marbuta and alef maqsura.
// Parameters: none. Returns: nothing. Safe to run again (IF NOT EXISTS).
CREATE FULLTEXT INDEX search_ar IF NOT EXISTS
FOR (n:Actor|Place|Conflict|Event|Statement)
ON EACH [n.name_ar, n.aliases_ar, n.title_ar, n.quote, n.evidence_text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX search_en IF NOT EXISTS
FOR (n:Actor|Place|Conflict|Event|Statement)
ON EACH [n.name_en, n.aliases_en, n.title, n.summary, n.text_en]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX search_ru IF NOT EXISTS
FOR (n:Actor|Place|Conflict|Event|Statement)
ON EACH [n.name_ru, n.aliases_ru, n.title_ru]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'russian'}};
// Name keys of actors, places and conflicts (kb_service/model/names.py): folded words and consonant
// skeletons of every name, alias and other name, computed at write time. The whitespace
// analyzer keeps each key as it is.
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Actor|Place|Conflict)
ON EACH [n.name_keys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
