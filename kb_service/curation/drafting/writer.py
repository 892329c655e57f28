"""A draft as the YAML file a curator edits: what was read, as comments, then the document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import yaml

from kb_service.curation.drafting.source_draft import Draft
from kb_service.model.text import printable

PREVIEW = 90  # characters of each passage shown in the header


def to_yaml(draft: Draft, *, source_name: str, notes: Sequence[str] = ()) -> str:
    """Return the draft's YAML text, headed by `notes` (what the draft could not do), then by
    the passages, their mentions and their dates."""
    today = dt.datetime.now(dt.UTC).date().isoformat()
    lines = [
        f"# Drafted by `kb draft` from {printable(source_name)} on {today}.",
        *(f"# NOTE: {printable(note)}" for note in notes),
        "# Every drafted item carries `review: draft`: check it against the text, correct it, then",
        "# delete the mark. `kb ingest` and the API refuse an item that still carries it.",
        "# An item with `same_as_candidates` may be a record already stored: reuse a candidate's",
        "# id (this source's version is added to it) or list it under `not_same_as`, then delete",
        "# same_as_candidates. `kb ingest` refuses an item that still carries them.",
        "# `proposed_aliases` (at the end, when any) lists words one edit from a registry name:",
        "# add those you accept to the entry's aliases in the registry, then delete the list.",
        "# `proposed_entries` (at the end, when any) lists names the registry lacks, which the",
        "# drafted items name by the proposed id: add those you accept to the registry (correct",
        "# the id, kind and names), then delete the list.",
        "#",
        "# Passages, numbered as ingest numbers them (non-blank lines), with the registry entries",
        "# each one names and the dates it writes:",
    ]
    for reading in draft.readings:
        passage = reading.passage
        text = printable(passage.text)
        preview = text if len(text) <= PREVIEW else text[:PREVIEW] + "…"
        lines.append(f"# {passage.number:>3}  {preview}")
        if passage.not_content:
            lines.append(f"#      likely not content: {passage.not_content}")
        if reading.mentions:
            named = ", ".join(
                f"{m.entity.id} ({printable(passage.text[m.start : m.end])})"
                for m in reading.mentions
            )
            lines.append(f"#      names: {named}")
        if reading.dates:
            written = ", ".join(f"{d.edtf} ({printable(d.text)})" for d in reading.dates)
            lines.append(f"#      dates: {written}")
    body = yaml.safe_dump(_plain(draft.document), allow_unicode=True, sort_keys=False, width=100)
    return "\n".join(lines) + "\n" + body


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
