"""The curated format: read, schema-check and cross-check curated files, all before any write.

What a newcomer meets first, by module: `batch` (validate a batch of files), `documents` (one
file read and schema-checked), `yaml_loader` and `json_loader` (the text, with line numbers),
`structure/` (the marshmallow schemas), `checks/` (ids, terms, quotes and dates across files),
`problems`, `diagnostics` and `problem_codes` (what is wrong, how to fix it, its stable code),
`vocabulary`, `registry_merge`, `place_tree`, `reference` (the JSON Schema) and `drafting/`.
"""

from kb_service.curation.batch import Batch, validate
from kb_service.curation.documents import Document, RawFile, collect_files, parse_file
from kb_service.curation.problems import CurationError, Problem

__all__ = [
    "Batch",
    "CurationError",
    "Document",
    "Problem",
    "RawFile",
    "collect_files",
    "parse_file",
    "validate",
]
