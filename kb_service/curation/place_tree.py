"""Places form a tree: no place lies within itself, directly or through others. A registry
document is checked together with the places stored before it (issue 26: a loop of `within`
left both places impossible to delete)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

# ids -> {id: stored `within` (None: none)} of those that are stored places.
StoredParents = Callable[[list[str]], Mapping[str, str | None]]


def cycles(given: Mapping[str, str | None], stored: StoredParents) -> list[tuple[str, list[str]]]:
    """Return, for each loop that runs through a place of `given` ({id: within}, a document's
    places as they would be stored), the place it is blamed on and the loop from it
    (["a", "b", "a"]). The stored tree is read one level at a time, only as far as needed."""
    parents = _parents(given, stored)
    found: list[tuple[str, list[str]]] = []
    seen: set[frozenset[str]] = set()
    for start in given:
        path = [start]
        step = parents.get(start)
        while step is not None and step not in path:
            path.append(step)
            step = parents.get(step)
        if step is None:
            continue
        loop = path[path.index(step) :]
        if frozenset(loop) in seen or not any(place in given for place in loop):
            continue
        seen.add(frozenset(loop))
        blamed = next(place for place in given if place in loop)  # the document's first
        turn = loop.index(blamed)
        found.append((blamed, [*loop[turn:], *loop[:turn], blamed]))
    return found


def _parents(given: Mapping[str, str | None], stored: StoredParents) -> dict[str, str | None]:
    """Return `given`, then the stored `within` of every place above them (fetched level by
    level; a place already known is never fetched again, so a stored loop ends the walk)."""
    parents: dict[str, str | None] = dict(given)
    wanted = {p for p in given.values() if p is not None and p not in parents}
    while wanted:
        found = stored(sorted(wanted))
        for place in wanted:
            parents[place] = found.get(place)
        wanted = {p for p in found.values() if p is not None and p not in parents}
    return parents


def chain(loop: list[str]) -> str:
    """Return a loop as the curator reads it: "a -> b -> a"."""
    return " -> ".join(loop)
