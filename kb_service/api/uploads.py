"""Curated documents sent to the API: the body read within a hard cap, whatever its transfer
encoding, taken apart when it is a multipart upload (the document and its text file), and
ingested (or previewed) in one locked transaction."""

from __future__ import annotations

import io

from flask import Response, request
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import FormDataParser

from kb_service.api import render
from kb_service.api.auth import require_api_key
from kb_service.api.context import database, settings
from kb_service.curation import RawFile
from kb_service.errors import InvalidParameter
from kb_service.write import ingest

BODY_NAME = "request body"
DOCUMENT_PART = "document"
READ_SIZE = 64 * 1024
MAX_PARTS = 8
_MULTIPART = {
    "type": "object",
    "required": [DOCUMENT_PART],
    "properties": {DOCUMENT_PART: {"type": "string", "format": "binary"}},
    "additionalProperties": {"type": "string", "format": "binary"},
}
# The OpenAPI request body of every curated upload.
REQUEST_BODY = {
    "required": True,
    "content": {
        "application/yaml": {"schema": {"type": "string"}},
        "application/json": {"schema": {"type": "object"}},
        "multipart/form-data": {"schema": _MULTIPART},
    },
}


def body_bytes(limit: int) -> bytes:
    """Return the request body, refusing (413) one longer than `limit` bytes.

    A Content-Length over the limit is refused before anything is read. A chunked body has no
    length: it is read up to one byte past the limit, so that a longer one is refused, never
    cut short and taken for a whole document.
    """
    length = request.content_length
    if length is not None:
        if length > limit:
            raise RequestEntityTooLarge()
        return request.get_data(cache=False)
    stream = request.environ["wsgi.input"]
    chunks: list[bytes] = []
    kept = 0
    while kept <= limit:
        chunk = stream.read(min(READ_SIZE, limit + 1 - kept))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        kept += len(chunk)
    raise RequestEntityTooLarge()


def curated_file(limit: int) -> RawFile:
    """Return the curated document the request carries: YAML or JSON as the body, or a
    multipart upload with a `document` part and parts named like its `text_file`."""
    raw = body_bytes(limit)
    if request.mimetype != "multipart/form-data":
        return RawFile(BODY_NAME, raw, is_json=request.is_json)
    parser = FormDataParser(max_form_memory_size=limit, max_content_length=limit)
    parser.max_form_parts = MAX_PARTS
    _, form, files = parser.parse(
        io.BytesIO(raw), request.mimetype, len(raw), request.mimetype_params
    )
    parts: dict[str, tuple[bytes, str]] = {}
    for name, value in form.items(multi=True):
        parts[name] = (value.encode("utf-8", "surrogatepass"), "")
    for name, upload in files.items(multi=True):
        try:
            parts[name] = (upload.stream.read(), upload.filename or "")
        finally:
            upload.close()  # the parser may have spooled the part to a temporary file
    if DOCUMENT_PART not in parts:
        raise InvalidParameter(DOCUMENT_PART, "is missing: send the curated file as this part")
    document, filename = parts.pop(DOCUMENT_PART)
    sent = files.get(DOCUMENT_PART)
    sent_as = sent.mimetype if sent is not None else ""
    is_json = filename.endswith(".json") or sent_as == "application/json"
    texts = {name: content for name, (content, _) in parts.items()}
    return RawFile(filename or DOCUMENT_PART, document, is_json=is_json, texts=texts)


def write_document(kind: str, dry_run: bool) -> Response:
    """Ingest (or preview) the request's document of `kind` and answer with its report."""
    require_api_key()
    report = ingest.ingest_one(
        database(),
        curated_file(settings().max_body_bytes),
        kind=kind,
        dry_run=dry_run,
        timeout=settings().neo4j_write_timeout,
    )
    created = report.created["Source"] if kind == "source" else sum(report.created.values())
    status = 201 if created and not dry_run else 200
    return render.json_response({"data": report.as_dict()}, status=status)
