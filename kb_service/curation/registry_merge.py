"""A registry entry sent again, merged onto its stored version: what the document leaves out is
kept, names and aliases are unions, a value given replaces the stored one, and only an entry's
`remove:` takes anything away. Pure: the caller reads the stored entry and writes the result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kb_service.curation.problems import Path_
from kb_service.model.names import LANGUAGES, stored_aliases

# Fields an update may replace or remove; `kind` and `names.en` may only be replaced.
SCALARS = ("kind", "wikidata", "description", "within", "location")
REMOVABLE = ("description", "wikidata", "within", "location", "other_names")
Entry = dict[str, Any]


@dataclass
class Merged:
    """The entry to store, what happened to each field ("kept", "changed", "+1" ...), and the
    problems of its `remove:` (relative paths inside the entry, and their messages)."""

    entry: Entry
    fields: dict[str, str] = field(default_factory=dict)
    problems: list[tuple[Path_, str]] = field(default_factory=list)

    def note(self, name: str, status: str | None) -> None:
        """Record what happened to field `name` (nothing when `status` is None)."""
        if status:
            self.fields[name] = status


def entry_of_props(props: Mapping[str, Any]) -> Entry:
    """Return a stored actor, place or conflict as a curated entry (the reverse of
    write/row_builder's properties; other names' notes are not stored, so they are not here)."""
    entry: Entry = {
        "id": props["id"],
        "names": {lang: props[f"name_{lang}"] for lang in LANGUAGES if props.get(f"name_{lang}")},
        "aliases": {
            lang: stored_aliases(props[f"aliases_{lang}"])
            for lang in LANGUAGES
            if props.get(f"aliases_{lang}")
        },
        "other_names": [
            {"name": name, "language": language, "used_by": [p for p in used.split(",") if p]}
            for name, language, used in zip(
                props.get("other_names") or [],
                props.get("other_names_language") or [],
                props.get("other_names_used_by") or [],
                strict=True,
            )
        ],
    }
    entry.update({key: props[key] for key in SCALARS[:4] if props.get(key) is not None})
    location = _location_of_props(props)
    if location:
        entry["location"] = location
    return entry


def _location_of_props(props: Mapping[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {
        k: props[k] for k in ("lat", "lon", "bbox") if props.get(k) is not None
    }
    source = props.get("location_source") or ""
    gazetteer, _, ident = source.partition(":")
    if found and gazetteer == "geonames":
        found["geonames"] = int(ident)
    elif found and gazetteer == "wikidata":
        found["wikidata"] = ident
    return found


def merge(stored: Entry | None, given: Entry) -> Merged:
    """Return `given` merged onto `stored` (None: a new entry, stored as given)."""
    removal = given.get("remove") or {}
    entry = {key: value for key, value in given.items() if key != "remove"}
    if stored is None:
        merged = Merged(entry)
        for path, value in _removals(removal):
            merged.problems.append((path, f"cannot remove {value}: '{given['id']}' is a new entry"))
        return merged
    merged = Merged({"id": given["id"]})
    _merge_names(merged, stored["names"], given["names"], removal.get("names", []))
    _merge_aliases(merged, stored["aliases"], given.get("aliases", {}), removal)
    _merge_fields(merged, stored, given, removal.get("removed_fields", []))
    return merged


def _merge_aliases(
    merged: Merged,
    stored: Mapping[str, list[str]],
    given: Mapping[str, list[str]],
    removal: Mapping[str, Any],
) -> None:
    aliases: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        removed: list[str] = removal.get("aliases", {}).get(lang, [])
        at: Path_ = ("remove", "aliases", lang)
        name = f"aliases.{lang}"
        kept = _union(merged, name, stored.get(lang, []), given.get(lang, []), (at, removed))
        if kept:
            aliases[lang] = kept
    merged.entry["aliases"] = aliases


def _removals(removal: Mapping[str, Any]) -> list[tuple[Path_, str]]:
    """Every item of a `remove:` with its path and how to name it."""
    found: list[tuple[Path_, str]] = []
    found += [
        (("remove", "names", j), f"names.{lang}") for j, lang in enumerate(removal.get("names", []))
    ]
    for lang, values in removal.get("aliases", {}).items():
        found += [(("remove", "aliases", lang, j), f"alias '{v}'") for j, v in enumerate(values)]
    named = enumerate(removal.get("removed_fields", []))
    found += [(("remove", "fields", j), name) for j, name in named]
    return found


def _merge_names(
    merged: Merged, stored: Mapping[str, str], given: Mapping[str, str], removed: list[str]
) -> None:
    names: dict[str, str] = {}
    for lang in LANGUAGES:
        name = f"names.{lang}"
        if lang in removed:
            path: Path_ = ("remove", "names", removed.index(lang))
            if _removable(merged, path, name, lang in stored, lang in given):
                merged.note(name, "removed")
                continue
        if lang in given:
            names[lang] = given[lang]
            merged.note(name, _replaced(stored.get(lang), given[lang]))
        elif lang in stored:
            names[lang] = stored[lang]
            merged.note(name, "kept")
    merged.entry["names"] = names


def _merge_fields(merged: Merged, stored: Entry, given: Entry, removed: list[str]) -> None:
    for name in SCALARS:
        if name in removed:
            path: Path_ = ("remove", "fields", removed.index(name))
            if _removable(merged, path, name, name in stored, name in given):
                merged.note(name, "removed")
                continue
        if name in given:
            merged.entry[name] = given[name]
            merged.note(name, _replaced(stored.get(name), given[name]))
        elif name in stored:
            merged.entry[name] = stored[name]
            merged.note(name, "kept")
    others: list[dict[str, Any]] = []
    if "other_names" in removed:
        path = ("remove", "fields", removed.index("other_names"))
        there = bool(stored["other_names"])
        if _removable(merged, path, "other_names", there, bool(given.get("other_names"))):
            merged.note("other_names", "removed")
            merged.entry["other_names"] = others
            return
    others = _merge_other_names(merged, stored["other_names"], given.get("other_names", []))
    merged.entry["other_names"] = others


def _removable(merged: Merged, path: Path_, name: str, stored: bool, given: bool) -> bool:
    """Tell whether `name` may be removed; record the problem when not."""
    if given:
        merged.problems.append((path, f"{name} is both given and removed: leave one out"))
    elif not stored:
        merged.problems.append((path, f"{name} is not stored, so it cannot be removed"))
    return stored and not given


def _replaced(before: Any, after: Any) -> str | None:
    if before is None:
        return "added"
    return None if before == after else "changed"


def _union(
    merged: Merged, name: str, stored: list[str], given: list[str], removal: tuple[Path_, list[str]]
) -> list[str]:
    """Return the stored values less those removed, then the given ones not there yet."""
    path, removed = removal
    for j, value in enumerate(removed):
        if value in given:
            merged.problems.append(((*path, j), f"'{value}' is both given and removed in {name}"))
        elif value not in stored:
            merged.problems.append(((*path, j), f"'{value}' is not stored in {name}"))
    kept = [value for value in stored if value not in removed]
    added = [value for value in dict.fromkeys(given) if value not in kept]
    gone = len(stored) - len(kept)
    status = " ".join(f"{sign}{n}" for sign, n in (("+", len(added)), ("-", gone)) if n)
    merged.note(name, status or ("kept" if stored and not given else None))
    return kept + added


def _merge_other_names(
    merged: Merged, stored: list[dict[str, Any]], given: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the stored other names, each replaced by a given one of the same name and
    language, then the given ones that are new."""
    result = {(o["name"], o["language"]): o for o in stored}
    added = changed = 0
    for other in given:
        key = (other["name"], other["language"])
        before = result.get(key)
        if before is None:
            added += 1
        elif list(before["used_by"]) != list(other["used_by"]):
            changed += 1
        result[key] = other
    status = "changed" if changed else (f"+{added}" if added else None)
    merged.note("other_names", status or ("kept" if stored and not given else None))
    return list(result.values())
