"""The neighbourhood of one record as Cytoscape.js elements, for dashboards' graph views."""

from __future__ import annotations

import hashlib
from typing import Any

from kb_service.errors import NotFound
from kb_service.store.db import Database

# Depth picks one of two fixed query files: Cypher cannot take a path length as a parameter.
QUERIES = {1: "read/graph_depth1", 2: "read/graph_depth2"}
MAX_EDGES = 300


def neighbourhood(db: Database, center: str, depth: int) -> dict[str, Any]:
    """Return {"elements": {"nodes": [...], "edges": [...]}, "truncated": bool} around `center`."""
    found = db.read("read/labels_of_ids", ids=[center], replacing=[])
    if not found:
        raise NotFound("record", center)
    rows = db.read(QUERIES[depth], id=center, cap=MAX_EDGES + 1)
    truncated = len(rows) > MAX_EDGES
    rows = rows[:MAX_EDGES]
    nodes = {center: _node({"id": center, "label": found[0]["label"], "name": None}, center)}
    edges: dict[str, dict[str, Any]] = {}
    for row in rows:
        for end in (row["a"], row["b"]):
            nodes.setdefault(end["id"], _node(end, center))
        ident = edge_id(row["a"]["id"], row["rel"]["type"], row["b"]["id"], row["rel"]["role"])
        edges[ident] = {
            "data": {
                "id": ident,
                "source": row["a"]["id"],
                "target": row["b"]["id"],
                "label": row["rel"]["type"],
                "role": row["rel"]["role"],
            }
        }
    if rows:  # the centre's own name comes with its edges
        nodes[center] = next(
            _node(end, center)
            for row in rows
            for end in (row["a"], row["b"])
            if end["id"] == center
        )
    return {
        "elements": {"nodes": list(nodes.values()), "edges": list(edges.values())},
        "truncated": truncated,
    }


def edge_id(source: str, kind: str, target: str, role: str | None) -> str:
    """Return an edge's id from what it links: the same after the graph is loaded again (unlike
    Neo4j's element ids), and a valid `#id` selector in Cytoscape.js (ids are kebab-case; a
    role, which is free text, is reduced to a short hash)."""
    ident = f"{source}--{kind.lower()}--{target}"
    if role:
        ident += "--" + hashlib.sha256(role.encode()).hexdigest()[:8]
    return ident


def _node(end: dict[str, Any], center: str) -> dict[str, Any]:
    data = {
        "id": end["id"],
        "label": end["name"] or end["id"],
        "type": str(end["label"]).lower(),
        "center": end["id"] == center,
    }
    if end.get("date"):  # events, statements and relations: their EDTF date
        data["date"] = end["date"]
    return {"data": data}
