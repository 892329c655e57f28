"""Read curated YAML safely: no tags beyond YAML's own, no aliases, bounded size and depth.

The composed node tree is turned into plain data by hand so that every value's line is known:
validation problems can then name the line of the field they concern.
"""

from __future__ import annotations

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
    lines: dict[Path_, int] = field(default_factory=dict)  # empty: lines unknown

    def line(self, path: Path_) -> int:
        """Return the line of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1 if self.lines else 0  # 0: a document read without its lines


# libyaml (PyYAML's C binding) parses several times faster than the pure-Python reader, and marks
# every event with its line. Data is built straight from the event stream, in one pass: anchors
# and aliases (and so every alias bomb), foreign tags and deep nesting are refused as they come,
# before anything is built from them. The fallback keeps a machine without libyaml correct.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_NOTHING = object()


class _Frame:
    """An open mapping or sequence, its path, and (for a mapping) the key awaiting its value."""

    __slots__ = ("key", "key_line", "path", "value")

    def __init__(self, value: Any, path: Path_) -> None:
        self.value = value
        self.path = path
        self.key: str | None = None
        self.key_line = 0


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
    return line_ends(text)


def line_ends(text: str) -> str:
    """Return `text` with every line end (CR LF, CR) written as LF, as ingest reads it."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_text(name: str, text: str) -> LoadedDocument:
    """Parse one YAML document into data with line numbers, or raise CurationError."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise CurationError([Problem(name, 0, "", f"file is larger than {MAX_BYTES} bytes")])
    if not text.strip():
        raise CurationError([Problem(name, 1, "", "file is empty")])
    document = LoadedDocument(name=name, data=None)
    try:
        document.data = _build(text, document)
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
    if document.data is _NOTHING:
        raise CurationError([Problem(name, 1, "", "file is empty")])
    return document


def _build(text: str, document: LoadedDocument) -> Any:
    """Build the document's data from libyaml's events, noting the line of every value."""
    stack: list[_Frame] = []
    root: Any = _NOTHING
    documents = 0
    for event in yaml.parse(text, Loader=_LOADER):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(line, "YAML aliases (*name) are not allowed")
        if getattr(event, "anchor", None):
            raise _Refused(line, "YAML anchors (&name) are not allowed")
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _Refused(line, "a file holds one YAML document, not several")
            continue
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
            continue
        if not isinstance(
            event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
        ):
            continue  # stream and document boundaries
        top = stack[-1] if stack else None
        if isinstance(top, _Frame) and isinstance(top.value, dict) and top.key is None:
            _take_key(event, top, document.name, line)
            continue
        value = _add_value(event, stack, document, line)
        if top is None:
            root = value
    return root


def _add_value(event: yaml.Event, stack: list[_Frame], document: LoadedDocument, line: int) -> Any:
    """Make the value an event opens or holds, note its line, put it in the open mapping or
    sequence (if any) and, when it is one itself, open it; return it."""
    top = stack[-1] if stack else None
    path = _place(top)
    document.lines[path] = line
    if len(stack) > MAX_DEPTH:
        raise _Refused(line, f"nesting deeper than {MAX_DEPTH}")
    value = _value(event, path, document.name, line)
    if top is not None and isinstance(top.value, list):
        top.value.append(value)
    elif top is not None:
        assert top.key is not None
        top.value[top.key] = value
        document.lines[(*top.path, top.key)] = top.key_line
        top.key = None
    if isinstance(value, (dict, list)):
        stack.append(_Frame(value, path))
    return value


def _place(top: _Frame | None) -> Path_:
    """Return the path of the value that comes next inside `top`."""
    if top is None:
        return ()
    if isinstance(top.value, list):
        return (*top.path, len(top.value))
    assert top.key is not None
    return (*top.path, top.key)


def _take_key(event: yaml.Event, frame: _Frame, name: str, line: int) -> None:
    """Accept a mapping key: plain text that the mapping does not hold yet."""
    if not isinstance(event, yaml.ScalarEvent) or _tag(event) != "tag:yaml.org,2002:str":
        raise CurationError([Problem(name, line, "", "keys must be plain text")])
    if event.value in frame.value:
        path = field_path((*frame.path, event.value))
        raise CurationError([Problem(name, line, path, "key appears twice")])
    frame.key, frame.key_line = event.value, line


def _tag(event: Any) -> str:
    """Return an event's tag, resolving an implicit one as PyYAML's composer does."""
    if event.tag not in (None, "!"):
        return str(event.tag)
    if isinstance(event, yaml.ScalarEvent):
        return str(_RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit))  # type: ignore[no-untyped-call]
    kind = yaml.MappingNode if isinstance(event, yaml.MappingStartEvent) else yaml.SequenceNode
    return str(_RESOLVER.resolve(kind, None, event.implicit))  # type: ignore[no-untyped-call]


def _value(event: Any, path: Path_, name: str, line: int) -> Any:
    """Return the value an event opens or holds: a new dict or list, or a scalar."""
    tag = _tag(event)
    if isinstance(event, yaml.MappingStartEvent) and tag == _MAP:
        return {}
    if isinstance(event, yaml.SequenceStartEvent) and tag == _SEQ:
        return []
    if isinstance(event, yaml.ScalarEvent) and tag in _SCALAR_TAGS:
        if tag == "tag:yaml.org,2002:timestamp":
            return event.value  # dates stay text: they are EDTF strings, not Python datetimes
        node = yaml.ScalarNode(tag, event.value, style=event.style)
        try:
            return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
        except (ValueError, KeyError, yaml.YAMLError) as exc:  # `!!int two`, 5000-digit numbers
            problem = Problem(
                name, line, field_path(path), f"is not a valid {tag.rsplit(':', 1)[-1]}"
            )
            raise CurationError([problem]) from exc
    raise CurationError([Problem(name, line, "", f"YAML tag '{tag}' is not allowed")])
