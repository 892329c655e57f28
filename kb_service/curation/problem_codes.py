"""A stable code, with its parameters, for every kind of problem a curated document can have, so
that a client says it in its own language: the API speaks English in `reason` and `hint`, and the
workbench's labels.js holds the Arabic sentence of each code.

The codes are read from the messages the checks write (one pattern per message form), so the
checks stay in plain words and one table here names them all. A message of no known form is
`refused` (tests/test_problem_codes.py keeps every message form of the code base known)."""

from __future__ import annotations

import re

from kb_service.model import date_reading

FALLBACK = "refused"

_FORMS = (
    # the document's shape (marshmallow, with documents.py's plain words)
    ("unknown_field", r"^unknown field$"),
    ("required", r"^required field is missing$"),
    ("wrong_type", r"^Not a valid (?P<type>[\w ]+)\.$"),
    ("null", r"^Field may not be null\.$"),
    ("length", r"^(Longer than maximum|Shorter than minimum) length (?P<limit>\d+)\.$"),
    ("length", r"^Length must be between (?P<min>\d+) and (?P<limit>\d+)\.$"),
    ("range", r"^Must be (greater|less) than( or equal to)? (?P<limit>-?[\d.]+)\.$"),
    ("range", r"^Must be greater than or equal to (?P<min>-?[\d.]+) and less than or equal to"),
    ("one_of", r"^Must be one of: (?P<choices>.*)\.$"),
    ("one_of", r"^must be one of .* \(kind and names are replaced, not removed\)$"),
    ("one_of", r"^must be ar or ru \(names\.en is required"),
    ("wrong_form", r"^String does not match expected pattern\.$"),
    ("not_kebab_id", r"^must be a kebab-case id"),
    ("not_kebab_term", r"^must be a kebab-case term"),
    ("not_language", r"^must be a language tag$"),
    ("not_text_file", r"^must be a \.txt file name"),
    ("not_qid", r"^must be a QID$"),
    ("not_period", r"^must be an ISO 8601 period"),
    ("unsafe_character", r"^(the text )?contains an? [\w ]*?(?P<character>U\+[0-9A-F]+)$"),
    ("text_file_or_text", r"^give exactly one of text_file and text$"),
    ("lat_and_lon", r"^give both lat and lon$"),
    ("point_or_bbox", r"^give a point \(lat, lon\) or a bbox, not both$"),
    ("bbox_order", r"^south and north must be latitudes, south first$"),
    ("location_source", r"^give the entry the location comes from"),
    ("drafted_aliases", r"^drafted alias proposals are not part of a source"),
    ("drafted_entries", r"^drafted entries the registry lacks are not part of a source"),
    # files and their syntax
    ("file_too_large", r"^file is larger than (?P<limit>\d+) bytes$"),
    ("file_empty", r"^(file is empty|the file has no content)$"),
    ("file_unreadable", r"^(the file could not be read|YAML could not be read)$"),
    ("no_such_file", r"^no such file or folder$"),
    ("no_text_file", r"^no file '(?P<name>.*)' beside it$"),
    ("no_text_part", r"^no part named '(?P<name>.*)' was sent with the document$"),
    ("text_inline_or_part", r"^give the text inline as `text`"),
    ("file_changed", r"^the file changed while it was being ingested"),
    ("not_utf8", r"^file is not valid UTF-8$"),
    ("not_mapping", r"^a curated file must be a mapping$"),
    ("unknown_kind", r"^must be 'vocabulary', 'registry' or 'source'$"),
    ("wrong_document_kind", r"^only an? (?P<kind>\w+) document is accepted here$"),
    ("yaml_syntax", r"^(YAML|JSON) syntax error"),
    ("yaml_character", r"^file has a character YAML forbids$"),
    ("yaml_alias", r"^YAML (aliases|anchors) \(.*\) are not allowed$"),
    ("yaml_documents", r"^a file holds one YAML document, not several$"),
    ("yaml_tag", r"^YAML tag '(?P<tag>.*)' is not allowed$"),
    ("yaml_tag_value", r"^is not a valid (?P<type>\w+)$"),
    ("too_deep", r"^(nesting deeper than (?P<limit>\d+)|JSON is nested too deeply)$"),
    ("key_twice", r"^(a )?key appears twice$"),
    ("key_not_text", r"^keys must be plain text$"),
    ("lone_surrogate", r"is half of a surrogate pair, not a character$"),
    # ids, terms and records across files and the graph
    ("unknown_id", r"^unknown id '(?P<id>.*)'$"),
    ("id_defined_twice", r"^id '(?P<id>.*)' is already defined in (?P<where>.*)$"),
    ("id_used_by_other_kind", r"^id '(?P<id>.*)' is already used by an? \w+ in the database$"),
    ("wrong_kind", r"^'(?P<id>[^']*)' is an? \w+, not an? \w+"),
    ("term_defined_twice", r"^[\w ]+ '(?P<term>.*)' is already defined in (?P<where>.*)$"),
    ("term_in_base", r"^[\w ]+ '(?P<term>.*)' is in the base vocabulary; give a new term$"),
    ("unknown_term", r"^unknown [\w ]+ '(?P<term>[^']*)'; the nearest known: (?P<nearest>.*?)\. "),
    ("not_reviewed", r"^a drafted item \(review: (?P<review>.*)\) has not been reviewed$"),
    ("candidates_not_reviewed", r"^drafted same_as_candidates \((?P<ids>.*)\) have not been "),
    ("not_same_as_itself", r"^'(?P<id>.*)' is this item's own id"),
    ("may_be_stored", r"^new '(?P<id>[^']*)' may be the stored '(?P<stored>[^']*)'"),
    ("cited_elsewhere", r"^'(?P<id>.*)' is cited by another source, but only the version"),
    # passages, quotes and dates
    ("passage_out_of_range", r"^passage (?P<passage>\d+) is out of range: the text has "),
    ("quote_not_verbatim", r"^quote does not appear verbatim in passage (?P<passage>\d+)$"),
    ("quote_not_in_cited", r"^quote does not appear verbatim in any cited passage$"),
    (
        "date_after_publication",
        r"^'(?P<date>.*)' is after the source's publication \((?P<published>[^)]*)\)",
    ),
    ("renewal_needs_end", r"^a renewable term needs a date with a known end"),
    # registry updates
    ("cannot_remove_new", r"^cannot remove .*: '(?P<id>.*)' is a new entry$"),
    ("given_and_removed", r"is both given and removed"),
    ("not_stored", r"is not stored(, so it cannot be removed| in )"),
    ("required_new_entry", r"^is required: '(?P<id>.*)' is a new entry"),
    ("place_loop", r"^places must form a tree, but '(?P<id>.*)' would lie within itself"),
    # what the drafter says of a passage that is likely not content (api/curation_routes.py)
    ("not_content_line", r"^a navigation line, a credit or a caption$"),
    ("not_content_after_end", r"^after the last sentence of the text: a footer or a credit$"),
)
FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern, re.DOTALL)) for code, pattern in _FORMS
)
CODES = tuple(dict.fromkeys([*(code for code, _ in _FORMS), FALLBACK]))
DATE_CODES = tuple(code for code, _ in date_reading.REFUSALS)


def code_of(message: str) -> tuple[str, dict[str, str]]:
    """Return the code of a problem's message and the parameters read from it (ids, dates,
    passage numbers); a date refusal has the date reading's own code."""
    refused = date_reading.refusal(message)
    if refused is not None:
        return refused
    for code, pattern in FORMS:
        if found := pattern.search(message):
            return code, {name: value for name, value in found.groupdict().items() if value}
    return FALLBACK, {}
