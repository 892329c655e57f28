"""/changes: what was created, updated and deleted since a client's last pull, in commit order."""

from __future__ import annotations

from flask import Response
from marshmallow import Schema, fields, validate

from kb_service.api import render
from kb_service.api.consistency import signing_key
from kb_service.api.params import Query
from kb_service.api.request_context import Blueprint, database, settings
from kb_service.read import changes

KINDS = ["source", "event", "statement", "relation", "actor", "place", "conflict", "term"]
blp = Blueprint("changes", __name__, url_prefix="/api/v1", description="What changed since")


# Two base64url parts joined by a dot (kb_service/read/changes): anything else is refused early.
TOKEN = validate.Regexp(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$", error=changes.NOT_ISSUED)


class ChangesQuery(Query):
    """A position in the change log and a page size."""

    since = fields.String(
        validate=[validate.Length(min=1, max=changes.MAX_TOKEN_CHARS), TOKEN],
        metadata={
            "description": "The next_cursor of an earlier answer; without it, from the first "
            "change. Keep the last one and pass it next time."
        },
    )
    limit = fields.Integer(
        load_default=100,
        validate=validate.Range(min=1, max=500),
        metadata={"description": "Changes per answer (1-500)."},
    )


class ChangeItem(Schema):
    seq = fields.Integer(metadata={"description": "Strictly increasing in commit order."})
    at = fields.String(
        metadata={
            "description": "The commit's time, UTC, to the millisecond.",
            "format": "date-time",
        }
    )
    op = fields.String(metadata={"enum": ["created", "updated", "deleted"]})
    kind = fields.String(
        metadata={
            "description": "The record's kind: source, event, statement, relation, actor, place, "
            "conflict or term (a vocabulary term, named vocabulary/term).",
            "enum": KINDS,
        }
    )
    id = fields.String()
    source = fields.String(
        allow_none=True,
        metadata={
            "description": "The source whose write (ingest, replacement, retraction) made the "
            "change; null for registry and vocabulary writes."
        },
    )


class ChangesPage(Schema):
    data = fields.List(fields.Nested(ChangeItem))
    next_cursor = fields.String(
        metadata={"description": "Pass it as `since` to resume after the last change; never null."}
    )
    has_more = fields.Boolean(
        metadata={"description": "False: the client is caught up (keep next_cursor for later)."}
    )


@blp.route("/changes")
@blp.arguments(ChangesQuery(), location="query", as_kwargs=True)
@blp.response(200, ChangesPage)
def list_changes(limit: int, since: str | None = None) -> Response:
    """List the records created, updated and deleted (tombstones) since a cursor, in commit
    order."""
    found = changes.changes(database(), since, limit, signing_key(settings()))
    return render.json_response(found)
