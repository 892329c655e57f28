"""Read curated YAML safely: no tags beyond YAML's own, no aliases, bounded size and depth.

The composed node tree is turned into plain data by hand so that every value's line is known:
validation problems can then name the line of the field they concern.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import yaml

from kb_service.curation.problems import CurationError, Path_, Problem, field_path

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


@dataclass
class LoadedDocument:
    """A curated document's data, the line of every value in it, and its file name."""

    name: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line(self, path: Path_) -> int:
        """Return the line of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1


class _NoAliasComposer(yaml.SafeLoader):
    """A SafeLoader that refuses anchors and aliases (and so every alias bomb)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose the next node, refusing anchors and aliases."""
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _Refused(event.start_mark.line + 1, "YAML aliases (*name) are not allowed")
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if getattr(event, "anchor", None):
            raise _Refused(event.start_mark.line + 1, "YAML anchors (&name) are not allowed")
        return super().compose_node(parent, index)


class _Refused(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def decode(name: str, raw: bytes) -> str:
    """Decode a curated file's bytes: UTF-8, an optional byte-order mark, any line ends."""
    if len(raw) > MAX_BYTES:
        raise CurationError([Problem(name, 0, "", f"file is larger than {MAX_BYTES} bytes")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CurationError([Problem(name, line, "", "file is not valid UTF-8")]) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_text(name: str, text: str) -> LoadedDocument:
    """Parse one YAML document into data with line numbers, or raise CurationError."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise CurationError([Problem(name, 0, "", f"file is larger than {MAX_BYTES} bytes")])
    if not text.strip():
        raise CurationError([Problem(name, 1, "", "file is empty")])
    try:
        node = yaml.compose(text, Loader=_NoAliasComposer)
    except _Refused as exc:
        raise CurationError([Problem(name, exc.line, "", exc.message)]) from exc
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise CurationError([Problem(name, line, "", "file has a character YAML forbids")]) from exc
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 0
        raise CurationError([Problem(name, line, "", f"YAML syntax error: {exc.problem}")]) from exc
    except yaml.YAMLError as exc:
        raise CurationError([Problem(name, 0, "", "YAML could not be read")]) from exc
    except RecursionError as exc:
        raise CurationError([Problem(name, 0, "", "YAML is nested too deeply")]) from exc
    if node is None:
        raise CurationError([Problem(name, 1, "", "file is empty")])
    document = LoadedDocument(name=name, data=None)
    document.data = _build(node, (), document, 0)
    return document


def load_json(name: str, text: str) -> LoadedDocument:
    """Parse a JSON document exactly as JSON, keeping line numbers where YAML reads it alike.

    YAML 1.1 reads most JSON, but not all of it (tab indentation; a surrogate pair escaped as two
    \\u escapes). The JSON parser decides what the document says; the YAML reader only supplies
    line numbers, from the body as sent or, when it reads it differently, from a re-indented copy.
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
    try:
        document = load_text(name, text)
        if document.data == data:
            return document
    except CurationError:
        pass
    return load_text(name, json.dumps(data, ensure_ascii=False, indent=2))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise _RepeatedKey(repeated[0])
    return dict(pairs)


class _RepeatedKey(Exception):
    """A JSON object names the same key twice."""


def _build(node: Any, path: Path_, document: LoadedDocument, depth: int) -> Any:
    line = node.start_mark.line + 1
    document.lines[path] = line
    if depth > MAX_DEPTH:
        raise CurationError([Problem(document.name, line, "", f"nesting deeper than {MAX_DEPTH}")])
    if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
        return _build_mapping(node, path, document, depth)
    if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
        return [_build(item, (*path, i), document, depth + 1) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.ScalarNode) and node.tag in _SCALAR_TAGS:
        if node.tag == "tag:yaml.org,2002:timestamp":
            return node.value  # dates stay text: they are EDTF strings, not Python datetimes
        try:
            return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
        except (ValueError, KeyError, yaml.YAMLError) as exc:  # `!!int two`, 5000-digit numbers
            tag = node.tag.rsplit(":", 1)[-1]
            problem = Problem(document.name, line, field_path(path), f"is not a valid {tag}")
            raise CurationError([problem]) from exc
    raise CurationError([Problem(document.name, line, "", f"YAML tag '{node.tag}' is not allowed")])


def _build_mapping(
    node: yaml.MappingNode, path: Path_, document: LoadedDocument, depth: int
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
            raise CurationError([Problem(document.name, key_line, "", "keys must be plain text")])
        key = key_node.value
        if key in result:
            problem = Problem(
                document.name, key_line, field_path((*path, key)), "key appears twice"
            )
            raise CurationError([problem])
        result[key] = _build(value_node, (*path, key), document, depth + 1)
        document.lines[(*path, key)] = key_line
    return result
