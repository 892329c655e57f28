"""The one renderer: every response body (JSON, CSV, NDJSON) is made here, with caching headers."""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import urlencode

from flask import Response, current_app, request, stream_with_context
from marshmallow import Schema, fields

from kb_service.api import geojson
from kb_service.api.request_context import settings
from kb_service.api.responses.schema_base import CITED, UNDECLARED
from kb_service.read.pages import Page

MIMETYPES = {"json": "application/json", "csv": "text/csv", "ndjson": "application/x-ndjson"}
# Any cache may keep a JSON answer but must revalidate it (ETag, 304) before each use, so that
# none serves a page older than the last write.
CACHE_CONTROL = "no-cache"
DOCUMENT_CAP = 5000
Fetch = Callable[[str | None], Page]
Flatten = Callable[[dict[str, Any]], dict[str, Any]]
# A whole-document format: (every record, up to DOCUMENT_CAP; whether more matched) -> body.
Documents = dict[str, Callable[[list[dict[str, Any]], bool], Any]]
Feature = Callable[[dict[str, Any]], dict[str, Any]]
# A one-page format with its media type: (the page, the next page's URL or None) -> body.
PageDocuments = dict[str, tuple[str, Callable[[Page, str | None], Any]]]
log = logging.getLogger("kb_service.api")


class UndeclaredKeys(RuntimeError):
    """A body held keys its declared schema lacks, so the OpenAPI document would not say them."""


def negotiate(fmt: str | None) -> str:
    """Pick the output format: the `format` parameter first, then the Accept header."""
    if fmt:
        return fmt
    by_type = {mimetype: name for name, mimetype in MIMETYPES.items()}
    best = request.accept_mimetypes.best_match(list(by_type), default="application/json")
    return by_type.get(best or "application/json", "json")


def dumps(body: Any) -> str:
    """Serialise JSON the same way everywhere (UTF-8 text, not \\u escapes)."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=str)


def declared_schema(status: int) -> Schema | None:
    """Return the schema the current route declares for `status` (its @blp.response), if any."""
    view = current_app.view_functions.get(request.endpoint or "")
    documented = getattr(view, "_apidoc", {}).get("response", {}).get("responses", {})
    for response_doc in documented.get(status, []):
        schema = response_doc.get("schema")
        if isinstance(schema, Schema):
            return schema
    return None


def shaped(schema: Schema | None, body: Any, *, cite: bool = True) -> Any:
    """Dump `body` through `schema`, so its keys come in the schema's designed order. Records
    cite their sources by id, and the body's top-level `sources` gives each once (`cite=False`:
    whole, where they are cited, as in an NDJSON line). A key the schema does not declare is
    left out, and fails loudly under tests (logged otherwise)."""
    if schema is None:
        return body
    noted: list[str] = []
    cited: dict[str, Any] | None = {} if cite else None
    tokens = UNDECLARED.set(noted), CITED.set(cited)
    try:
        dumped = schema.dump(body)
    finally:
        UNDECLARED.reset(tokens[0])
        CITED.reset(tokens[1])
    if cited is not None and isinstance(dumped, dict):
        dumped = _with_sources(schema, dumped, cited, noted)
    if noted:
        message = "undeclared keys left out of the body: " + ", ".join(sorted(set(noted)))
        log.warning(message)
        if current_app.testing:
            raise UndeclaredKeys(message)
    return dumped


def _with_sources(
    schema: Schema, dumped: dict[str, Any], cited: dict[str, Any], noted: list[str]
) -> dict[str, Any]:
    """Add the sources a body cites, by id in id order, where its schema declares them."""
    listed = schema.fields.get("sources")
    if listed is None:
        if cited:
            noted.append(f"{type(schema).__name__}.sources")
        return dumped
    in_order = {ident: cited[ident] for ident in sorted(cited)}
    return {**dumped, "sources": listed.serialize("sources", {"sources": in_order})}


def json_response(
    body: Any,
    status: int = 200,
    headers: dict[str, str] | None = None,
    *,
    declared: bool = True,
) -> Response:
    """Return a JSON response with an ETag, answering 304 when the client has it already. The
    body is dumped through the schema its route declares for `status`; `declared=False` is for
    documents in another standard's shape (TimelineJS, GeoJSON, W3C annotations)."""
    if declared:
        body = shaped(declared_schema(status), body)
    response = Response(dumps(body), status=status, mimetype="application/json")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    if request.method in ("GET", "HEAD") and status == 200:
        response.headers["Cache-Control"] = CACHE_CONTROL
        response.add_etag()
        response.make_conditional(request)
    return response


def record(found: dict[str, Any]) -> Response:
    """Render one record as {"data": {...}}."""
    return json_response({"data": found})


@dataclass(frozen=True)
class ListFormats:
    """What a list renders as besides one JSON page: CSV columns and their row builder, whole
    documents built from every record (TimelineJS, Hypothesis), GeoJSON features, and one-page
    documents with their media type (a W3C AnnotationPage)."""

    columns: list[str]
    flatten: Flatten
    documents: Documents = field(default_factory=dict)
    feature: Feature | None = None
    page_documents: PageDocuments = field(default_factory=dict)


def page(
    fetch: Fetch, cursor: str | None, fmt: str | None, formats: ListFormats, *, bom: bool = False
) -> Response:
    """Render a list: one JSON page with next_cursor, every page streamed (CSV, NDJSON), or a
    whole document built from every record (capped in size). A CSV or NDJSON export is an
    attachment named after the list (`timeline.csv`); `bom` starts a CSV with a UTF-8
    byte-order mark (for Excel). format=geojson is one page as a GeoJSON FeatureCollection,
    with next_cursor, where the list has features."""
    chosen = negotiate(fmt)
    first = fetch(cursor)
    if chosen in formats.documents:
        records = list(islice(_all_items(fetch, first), DOCUMENT_CAP + 1))
        truncated = len(records) > DOCUMENT_CAP
        document = formats.documents[chosen](records[:DOCUMENT_CAP], truncated)
        return json_response(document, declared=False)
    next_url = _next_url(first.next_cursor) if first.next_cursor else None
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
    if chosen in formats.page_documents:
        mimetype, make = formats.page_documents[chosen]
        document = json_response(make(first, next_url), headers=headers, declared=False)
        return _typed(document, mimetype)
    if chosen == "geojson" and formats.feature is not None:
        features = geojson.collection([formats.feature(i) for i in first.items], first.next_cursor)
        return _typed(json_response(features, headers=headers, declared=False), geojson.MIMETYPE)
    if chosen == "json":
        return json_response(
            {"data": first.items, "next_cursor": first.next_cursor}, headers=headers
        )
    return _export(chosen, formats, _all_items(fetch, first), bom)


def _typed(response: Response, mimetype: str) -> Response:
    response.mimetype = mimetype
    return response


def _export(
    chosen: str, formats: ListFormats, rows: Iterator[dict[str, Any]], bom: bool
) -> Response:
    """Stream every record as CSV or NDJSON, as an attachment named after the list."""
    if chosen == "csv":
        body = _csv(formats.columns, (formats.flatten(item) for item in rows), bom=bom)
    else:
        item = _item_schema(declared_schema(200))
        body = (dumps(shaped(item, row, cite=False)) + "\n" for row in rows)
    response = Response(
        stream_with_context(body), content_type=f"{MIMETYPES[chosen]}; charset=utf-8"
    )
    response.headers["Cache-Control"] = "no-cache"
    name = request.path.rstrip("/").rsplit("/", 1)[-1] or "export"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.{chosen}"'
    return response


def _item_schema(page_schema: Schema | None) -> Schema | None:
    """Return the schema of one item of a declared {"data": [...]} page schema."""
    data = page_schema.fields.get("data") if page_schema is not None else None
    if isinstance(data, fields.List) and isinstance(data.inner, fields.Nested):
        inner = data.inner.schema
        return inner if isinstance(inner, Schema) else None
    return None


def _all_items(fetch: Fetch, first: Page) -> Iterator[dict[str, Any]]:
    current = first
    while True:
        yield from current.items
        if current.next_cursor is None:
            return
        current = fetch(current.next_cursor)


def _csv(columns: list[str], rows: Iterator[dict[str, Any]], *, bom: bool) -> Iterator[str]:
    buffer = io.StringIO()
    if bom:
        buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _next_url(cursor: str | None) -> str:
    """Return the next page's URL: relative, or under KB_PUBLIC_BASE_URL, never from Host."""
    pairs = [(key, value) for key, value in request.args.items(multi=True) if key != "cursor"]
    base = settings().public_base_url
    return f"{base}{request.path}?{urlencode([*pairs, ('cursor', cursor or '')])}"
