"""`kb draft` on files: read the text and the registries, draft, write the YAML beside the text."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb_service.config import Settings
from kb_service.curation.documents import collect_files, declared_kind, parse_file
from kb_service.curation.drafting.mentions import Entity, entities_of_registry, entities_of_rows
from kb_service.curation.drafting.source_draft import Draft, draft, slug
from kb_service.curation.drafting.writer import to_yaml
from kb_service.curation.problems import CurationError, Problem
from kb_service.curation.vocabulary import base
from kb_service.curation.yaml_loader import decode
from kb_service.model.text import unsafe_character

NO_REGISTRY = "no registry was given or found: no names were matched; give --registry or --database"


@dataclass(frozen=True)
class DraftRequest:
    """What `kb draft` was asked: the text file, the source's metadata, where to read names."""

    text_file: Path
    publisher: str
    published: str | None = None
    language: str | None = None
    source_id: str | None = None
    registries: Sequence[Path] = ()
    output: Path | None = None
    force: bool = False


def registry_entities(paths: Sequence[Path]) -> list[Entity]:
    """Return the entries of every registry file among `paths` (files or folders); other
    curated files are passed over, and an invalid registry is an error with its line."""
    found: list[Entity] = []
    for file in collect_files(paths):
        if declared_kind(file) == "registry":
            found += entities_of_registry(parse_file(file).data)
    return found


def write_draft(
    request: DraftRequest,
    settings: Settings,
    stored: list[dict[str, Any]] | None = None,
    annotate: Callable[[dict[str, Any]], object] | None = None,
) -> tuple[Path, str]:
    """Draft the text and write the YAML; return its path and a one-line summary. `annotate`,
    when given, adds to the drafted document (the stored records each item may be)."""
    output = request.output or request.text_file.with_suffix(".yaml")
    if output.exists() and not request.force:
        raise ValueError(f"{output} exists: give --force to replace it, or --output")
    name = str(request.text_file)
    text = decode(name, request.text_file.read_bytes())
    problem = unsafe_character(text, multiline=True)
    if problem:
        raise CurationError([Problem(name, 0, "", f"the text contains a {problem}")])
    registries = request.registries or ([settings.seeds] if settings.seeds.is_dir() else [])
    entities = registry_entities(registries) + entities_of_rows(stored or [])
    notes = [] if entities else [NO_REGISTRY]
    for note in notes:
        sys.stderr.write(f"kb draft: {note}\n")  # said at once, not only in the file
    text_file = request.text_file.name if request.text_file.suffix == ".txt" else None
    drafted = draft(
        text,
        source_id=request.source_id or slug(request.text_file.stem),
        publisher=request.publisher,
        entities=entities,
        vocabulary=base(),
        language=request.language,
        published=request.published,
        text_file=text_file
        if output.parent.resolve() == request.text_file.parent.resolve()
        else None,
    )
    if annotate is not None:
        annotate(drafted.document)
    yaml_text = to_yaml(drafted, source_name=request.text_file.name, notes=notes)
    output.write_text(yaml_text, encoding="utf-8")
    return output, summary(drafted)


def summary(drafted: Draft) -> str:
    """Return what a draft holds, in one line."""
    document = drafted.document
    mentions = sum(len(r.mentions) for r in drafted.readings)
    return (
        f"{len(drafted.readings)} passages ({len(drafted.non_content)} likely not content), "
        f"{mentions} mentions, {len(document['events'])} events, "
        f"{len(document['statements'])} statements to review"
    )
