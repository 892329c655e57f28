"""Curated documents sent to the API: the body read within a hard cap, whatever its transfer
encoding, taken apart when it is a multipart upload (the document and its text file), and
ingested (or previewed) in one locked transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from flask import Response, request
from marshmallow import Schema
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.sansio.multipart import Data, Epilogue, Field, File, MultipartDecoder, NeedData

from kb_service.api import render, responses
from kb_service.api.request_context import (
    Blueprint,
    body_bytes,
    database,
    require_api_key,
    settings,
)
from kb_service.curation import RawFile
from kb_service.errors import InvalidParameter
from kb_service.write import ingest

View = TypeVar("View", bound=Callable[..., Any])
BODY_NAME = "request body"
DOCUMENT_PART = "document"
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


def upload_route(
    blp: Blueprint, path: str, options: Schema, created: str
) -> Callable[[View], View]:
    """Declare a POST of a curated document on `blp`: its write options in the query, the body and
    the key in the OpenAPI document, 201 (`created`) or 200 (updated, unchanged or a dry run)."""

    def declare(view: View) -> View:
        documented = blp.alt_response(
            200, schema=responses.ReportEnvelope, description="Updated, unchanged or dry run"
        )(view)
        documented = blp.response(201, responses.ReportEnvelope, description=created)(documented)
        documented = blp.doc(security=[{"bearer": []}], requestBody=REQUEST_BODY)(documented)
        documented = blp.arguments(options, location="query")(documented)
        return cast(View, blp.route(path, methods=["POST"])(documented))

    return declare


def curated_file(limit: int) -> RawFile:
    """Return the curated document the request carries: YAML or JSON as the body, or a
    multipart upload with a `document` part and parts named like its `text_file`."""
    raw = body_bytes(limit)
    if request.mimetype != "multipart/form-data":
        return RawFile(BODY_NAME, raw, is_json=request.is_json)
    boundary = request.mimetype_params.get("boundary", "")
    if not boundary:
        raise InvalidParameter("Content-Type", "multipart/form-data needs its boundary")
    parts = multipart_parts(raw, boundary.encode("latin-1", "replace"))
    if DOCUMENT_PART not in parts:
        raise InvalidParameter(DOCUMENT_PART, "is missing: send the curated file as this part")
    document = parts.pop(DOCUMENT_PART)
    is_json = document.filename.endswith(".json") or document.mimetype == "application/json"
    texts = {name: part.content for name, part in parts.items()}
    return RawFile(
        document.filename or DOCUMENT_PART, document.content, is_json=is_json, texts=texts
    )


@dataclass(frozen=True)
class Part:
    """One part of a multipart upload, as its bytes: a form field is not decoded, so that a
    text that is not UTF-8 is refused by the loader (naming the part) like a file part is."""

    content: bytes
    filename: str
    mimetype: str


def multipart_parts(raw: bytes, boundary: bytes) -> dict[str, Part]:
    """Return the parts of a multipart body by name; a name sent twice, more than MAX_PARTS
    parts, or a body that is no complete multipart message is refused naming the problem."""
    decoder = MultipartDecoder(boundary)
    decoder.receive_data(raw)
    decoder.receive_data(None)
    parts: dict[str, Part] = {}
    current: Field | File | None = None
    chunks: list[bytes] = []
    while not isinstance(event := decoder.next_event(), Epilogue):
        if isinstance(event, NeedData):
            raise InvalidParameter("request body", "is not a complete multipart/form-data message")
        if isinstance(event, (Field, File)):
            if len(parts) + 1 > MAX_PARTS:
                raise TooManyParts(MAX_PARTS)
            if event.name in parts or (current is not None and event.name == current.name):
                raise InvalidParameter(event.name, "is sent twice: send each part once")
            current, chunks = event, []
        elif isinstance(event, Data) and current is not None:
            chunks.append(event.data)
            if not event.more_data:
                filename = current.filename if isinstance(current, File) else ""
                mimetype = current.headers.get("Content-Type", "").split(";")[0].strip()
                parts[current.name] = Part(b"".join(chunks), filename, mimetype)
    return parts


class TooManyParts(RequestEntityTooLarge):
    """More parts than an upload may have (413), saying that the count is the problem."""

    def __init__(self, most: int) -> None:
        super().__init__(
            f"the upload has more than {most} parts: send the document and its text files only"
        )


def write_document(kind: str, dry_run: bool, strict: bool = False) -> Response:
    """Ingest (or preview) the request's document of `kind` and answer with its report; with
    `strict`, a new record that looks like a stored one is refused."""
    require_api_key()
    report = ingest.ingest_one(
        database(),
        curated_file(settings().max_body_bytes),
        kind=kind,
        dry_run=dry_run,
        timeout=settings().neo4j_write_timeout,
        strict=strict,
    )
    created = report.created["Source"] if kind == "source" else sum(report.created.values())
    status = 201 if created and not dry_run else 200
    return render.json_response({"data": report.as_dict()}, status=status)
