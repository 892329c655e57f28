"""/actors, /places, /conflicts and /search."""

from __future__ import annotations

from typing import Any

from flask import Response

from kb_service.api import columns, geojson, render, responses
from kb_service.api.params import AsOfQuery, EntityListQuery, Paging, PlaceListQuery, SearchQuery
from kb_service.api.request_context import Blueprint, database
from kb_service.read import entities, pages, search

blp = Blueprint(
    "entities", __name__, url_prefix="/api/v1", description="Actors, places, conflicts and search"
)


def _list(entity: str, args: dict[str, Any], **filters: Any) -> Response:
    db = database()
    return render.page(
        lambda after: entities.listing(db, entity, after, args["limit"], **filters),
        args.get("cursor"),
        args.get("format"),
        render.ListFormats(
            columns.ENTITIES,
            columns.entity_row,
            feature=geojson.place_feature if entity == "place" else None,
        ),
        bom=args["bom"],
    )


@blp.route("/actors")
@blp.arguments(EntityListQuery(), location="query")
@blp.response(200, responses.EntityPage)
@blp.doc(**responses.EXPORTS)
def list_actors(args: dict[str, Any]) -> Response:
    """List actors in id order (optionally of one kind)."""
    return _list("actor", args, kind=args.get("kind"))


@blp.route("/actors/<string:actor_id>")
@blp.arguments(AsOfQuery(), location="query", as_kwargs=True)
@blp.response(200, responses.EntityEnvelope)
def get_actor(actor_id: str, as_of_key: int | None) -> Response:
    """Show one actor: names, kind, Wikidata QID, dated roles and memberships, conflicts."""
    return render.record(entities.record(database(), "actor", actor_id, as_of_key=as_of_key))


@blp.route("/places")
@blp.arguments(PlaceListQuery(), location="query")
@blp.response(200, responses.EntityPage)
@blp.doc(**responses.PLACE_EXPORTS)
def list_places(args: dict[str, Any]) -> Response:
    """List places in id order (optionally of one kind)."""
    return _list("place", args, kind=args.get("kind"))


@blp.route("/places/<string:place_id>")
@blp.arguments(AsOfQuery(), location="query", as_kwargs=True)
@blp.response(200, responses.EntityEnvelope)
def get_place(place_id: str, as_of_key: int | None) -> Response:
    """Show one place and the events that took place in it."""
    return render.record(entities.record(database(), "place", place_id, as_of_key=as_of_key))


@blp.route("/conflicts")
@blp.arguments(Paging(), location="query")
@blp.response(200, responses.EntityPage)
@blp.doc(**responses.EXPORTS)
def list_conflicts(args: dict[str, Any]) -> Response:
    """List conflicts in id order."""
    return _list("conflict", args)


@blp.route("/conflicts/<string:conflict_id>")
@blp.arguments(AsOfQuery(), location="query", as_kwargs=True)
@blp.response(200, responses.EntityEnvelope)
def get_conflict(conflict_id: str, as_of_key: int | None) -> Response:
    """Show one conflict: parties, mediators and co-chairs, key dates and counts."""
    return render.record(entities.record(database(), "conflict", conflict_id, as_of_key=as_of_key))


@blp.route("/search")
@blp.arguments(SearchQuery(), location="query")
@blp.response(200, responses.SearchPage)
@blp.doc(**responses.EXPORTS)
def search_all(args: dict[str, Any]) -> Response:
    """Search actors, places, conflicts, events and statements in Arabic, English and Russian."""
    hits = search.search(
        database(), args["q"], args.get("type"), args["limit"], prefix=args["prefix"]
    )
    return render.page(
        lambda _: pages.Page(hits, None),
        None,
        args.get("format"),
        render.ListFormats(columns.SEARCH, columns.plain_row),
        bom=args["bom"],
    )
