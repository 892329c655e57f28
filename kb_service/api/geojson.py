"""Records and places as GeoJSON (RFC 7946): one page of features, with the page's cursor.

A place has a Point (lat, lon) or, for a bounding box, a Polygon; a place without a location has
no geometry (`null`), never a guessed one. An event's geometry is its located places (one
Point or Polygon, or a GeometryCollection of several); a statement's, the place it was said in.
Each feature carries the record's id, kind, title (and an event's `title_ar` / `title_ru`
when given), date and evidence, its places and those of
them that are drawn (`located_places`); coordinates are
[longitude, latitude], as RFC 7946 orders them.
"""

from __future__ import annotations

from typing import Any

MIMETYPE = "application/geo+json"
TITLES_IN_LANGUAGES = ("title_ar", "title_ru")  # the map's label prefers the page's language


def geometry(location: dict[str, Any] | None) -> dict[str, Any] | None:
    """Return the GeoJSON geometry of a stored location, or None."""
    if not location:
        return None
    if location.get("bbox"):
        west, south, east, north = location["bbox"]
        ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
        return {"type": "Polygon", "coordinates": [ring]}
    if location.get("lat") is None or location.get("lon") is None:
        return None
    return {"type": "Point", "coordinates": [location["lon"], location["lat"]]}


def _combined(shapes: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not shapes:
        return None
    if len(shapes) == 1:
        return shapes[0]
    return {"type": "GeometryCollection", "geometries": shapes}


def place_feature(record: dict[str, Any]) -> dict[str, Any]:
    """Return a place as a Feature."""
    properties = {k: v for k, v in record.items() if k != "location"}
    location = record.get("location") or {}
    properties["location_source"] = location.get("source")
    return {
        "type": "Feature",
        "id": record["id"],
        "geometry": geometry(record.get("location")),
        "properties": properties,
    }


def record_feature(record: dict[str, Any]) -> dict[str, Any]:
    """Return an event or a statement as a Feature at its places."""
    if record["kind"] == "event":
        places = [(p["id"], geometry(p.get("location"))) for p in record["places"]]
        title = record["title"]
    else:
        said_in = record.get("place")
        places = [(said_in, geometry(record.get("place_location")))] if said_in else []
        title = record["text_en"]
    shapes = [shape for _, shape in places if shape]
    return {
        "type": "Feature",
        "id": record["id"],
        "geometry": _combined(shapes),
        "properties": {
            "id": record["id"],
            "kind": record["kind"],
            "type": record.get("type") or record.get("statement_kind"),
            "status": record.get("status"),
            "title": title,
            "quote": record.get("quote"),
            "language": record.get("language"),
            "date": record["date"],
            "places": [ident for ident, _ in places],
            "located_places": [ident for ident, shape in places if shape],
            "evidence": record["evidence"],
            # an event's title in its source's words, only when the curator gave one
            **{name: record[name] for name in TITLES_IN_LANGUAGES if record.get(name)},
        },
    }


def collection(features: list[dict[str, Any]], next_cursor: str | None) -> dict[str, Any]:
    """Return a FeatureCollection with the next page's cursor (a foreign member)."""
    return {"type": "FeatureCollection", "features": features, "next_cursor": next_cursor}
