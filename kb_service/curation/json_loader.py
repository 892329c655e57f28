"""Read curated JSON exactly as JSON, with the line of each value where the YAML reader finds
the same data: repeated keys and lone surrogates refused, with their line."""

from __future__ import annotations

import json
import re
from typing import Any

from kb_service.curation.problems import CurationError, Path_, Problem, field_path
from kb_service.curation.yaml_loader import LoadedDocument, load_text


def load_json(name: str, text: str) -> LoadedDocument:
    """Parse a JSON document exactly as JSON, keeping line numbers where YAML reads it alike.

    YAML 1.1 reads most JSON, but not all of it: tab indentation, and a surrogate pair escaped
    as two \\u escapes. The JSON parser decides what the document says. The YAML reader only
    supplies line numbers, from the body with those two written as YAML reads them (a space for
    each tab, one \\U escape for each pair), which keeps every line where it is. When YAML
    still reads the body otherwise, problems name their field without a line.
    """
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except RecursionError as exc:
        raise CurationError([Problem(name, 0, "", "JSON is nested too deeply")]) from exc
    except _RepeatedKey:
        load_text(name, text)  # the YAML reader names the repeated key with its line and path
        raise CurationError([Problem(name, 0, "", "a key appears twice")]) from None
    except ValueError as exc:
        line = getattr(exc, "lineno", 0)
        raise CurationError([Problem(name, line, "", f"JSON syntax error: {exc}")]) from exc
    lone = _lone_surrogate(data)
    if lone is not None:
        path, code = lone
        message = f"\\u{code:04x} is half of a surrogate pair, not a character"
        line = _lone_surrogate_line(text)
        raise CurationError([Problem(name, line, field_path(path), message)])
    try:
        document = load_text(name, _as_yaml_reads(text))
    except CurationError:
        return LoadedDocument(name=name, data=data)
    return document if document.data == data else LoadedDocument(name=name, data=data)


_ESCAPE = re.compile(r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|.)")


def _as_yaml_reads(text: str) -> str:
    """Return valid JSON text as YAML reads it alike, line for line: a tab outside a string
    (JSON escapes the ones inside) becomes a space, and each escaped surrogate pair one \\U
    escape of its character."""

    def escape(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return match.group(0)  # another escape (an escaped backslash included), as it is
        high, low = int(match.group(1), 16), int(match.group(2), 16)
        return f"\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08x}"

    return _ESCAPE.sub(escape, text.replace("\t", " "))


def _lone_surrogate(value: Any, path: Path_ = ()) -> tuple[Path_, int] | None:
    """Return the path of the first string (or key) holding a lone surrogate, and its code."""
    if isinstance(value, str):
        for character in value:
            if "\ud800" <= character <= "\udfff":
                return path, ord(character)
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _lone_surrogate(key, path) or _lone_surrogate(item, (*path, key))
            if found is not None:
                return found
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _lone_surrogate(item, (*path, index))
            if found is not None:
                return found
    return None


def _lone_surrogate_line(text: str) -> int:
    """Return the line of the first \\u escape of a surrogate that is not half of a pair."""
    position = 0
    while True:
        match = _SURROGATE_ESCAPE.search(text, position)
        if match is None:
            return 0
        start, position = match.start(), match.end()
        backslashes = len(text[:start]) - len(text[:start].rstrip("\\"))
        if backslashes % 2:  # `\\ud800`: an escaped backslash, then plain text
            continue
        low = _SURROGATE_ESCAPE.match(text, position)
        if int(match.group(1), 16) < 0xDC00 and low and int(low.group(1), 16) >= 0xDC00:
            position = low.end()  # a high and a low surrogate: one character
            continue
        return text.count("\n", 0, start) + 1


_SURROGATE_ESCAPE = re.compile(r"\\u([dD][89a-fA-F][0-9a-fA-F]{2})")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise _RepeatedKey(repeated[0])
    return dict(pairs)


class _RepeatedKey(Exception):
    """A JSON object names the same key twice."""
