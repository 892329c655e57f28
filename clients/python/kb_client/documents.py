"""Curated documents as request bodies: YAML or JSON as the body, or, when the document names
a `text_file`, a multipart upload with a `document` part and the text as a part of that name."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

# The top-level `text_file: name` line of a curated YAML document (docs/curation.md).
TEXT_FILE = re.compile(r"""^text_file:\s*["']?([^"'\s#]+)""", re.MULTILINE)
Document = str | bytes | Path


def request_body(document: Document, texts: Mapping[str, Path | bytes] | None) -> dict[str, Any]:
    """Return httpx's request options for a curated document: a path (its `text_file` read
    from beside it unless `texts` gives it), or the document's own text or bytes."""
    if isinstance(document, Path):
        raw, name = document.read_bytes(), document.name
        texts = dict(texts or {}) or _sibling_text(document, raw)
    else:
        raw = document.encode() if isinstance(document, str) else document
        name = "document.yaml"
    is_json = name.endswith(".json") or raw.lstrip().startswith(b"{")
    mimetype = "application/json" if is_json else "application/yaml"
    if not texts:
        return {"content": raw, "headers": {"Content-Type": mimetype}}
    files = {"document": (name, raw, mimetype)}
    for part, text in texts.items():
        content = text.read_bytes() if isinstance(text, Path) else text
        files[part] = (part, content, "text/plain; charset=utf-8")
    return {"files": files}


def _sibling_text(document: Path, raw: bytes) -> dict[str, Path | bytes]:
    found = TEXT_FILE.search(raw.decode("utf-8", errors="replace"))
    if found is None:
        return {}
    return {found.group(1): document.with_name(found.group(1))}
