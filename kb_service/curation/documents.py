"""Curated files in, validated documents out: reading, schema checks and text resolution."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from marshmallow import ValidationError

from kb_service.curation import diagnostics, structure
from kb_service.curation.json_loader import load_json
from kb_service.curation.problems import CurationError, Path_, Problem, field_path
from kb_service.curation.yaml_loader import MAX_BYTES, LoadedDocument, decode, load_text
from kb_service.model.text import split_passages, unsafe_character

SUFFIXES = (".yaml", ".yml", ".json")
NOT_EDTF = "is not a valid EDTF date"
# The kinds of curated document, in the order a batch writes them: terms, then the registry
# entries that use them, then the sources that cite both.
KINDS: dict[str, type[structure.Strict]] = {
    "vocabulary": structure.Vocabulary,
    "registry": structure.Registry,
    "source": structure.Source,
}


@dataclass(frozen=True)
class RawFile:
    """One curated file: its bytes (or the path to read them from when needed), the name to
    report it under, and the folder it came from (or, for an upload, the text files sent with it,
    by name). Files on disk are read when parsed, so that a batch never holds every file's bytes
    at once."""

    name: str
    raw: bytes | None = None
    folder: Path | None = None
    is_json: bool = False
    path: Path | None = None
    texts: Mapping[str, bytes] | None = None

    def content(self) -> bytes:
        """Return the file's bytes, reading them from disk when they are not in memory."""
        if self.raw is not None:
            return self.raw
        if self.path is None:
            raise CurationError([Problem(self.name, 0, "", "the file has no content")])
        try:
            if self.path.stat().st_size > MAX_BYTES:
                raise CurationError(
                    [Problem(self.name, 0, "", f"file is larger than {MAX_BYTES} bytes")]
                )
            return self.path.read_bytes()
        except OSError as exc:
            raise CurationError([Problem(self.name, 0, "", "the file could not be read")]) from exc


@dataclass
class Document:
    """A schema-valid curated document: a vocabulary, a registry or a source."""

    kind: str
    data: dict[str, Any]
    loaded: LoadedDocument
    passages: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """Return the file name problems are reported under."""
        return self.loaded.name

    def problem(
        self, path: Path_, message: str, hint: str = "", details: dict[str, Any] | None = None
    ) -> Problem:
        """Make a problem about `path` in this document, with its line (and its fix, if known)."""
        line = self.loaded.line(path)
        return Problem(self.name, line, field_path(path), message, hint, details or {})


def collect_files(paths: Iterable[str | Path]) -> list[RawFile]:
    """Read the curated files named, expanding folders to their *.yaml files in name order."""
    found: list[Path] = []
    problems: list[Problem] = []
    for given in map(Path, paths):
        if given.is_dir():
            found.extend(sorted(p for p in given.rglob("*") if p.suffix in SUFFIXES))
        elif given.is_file():
            found.append(given)
        else:
            problems.append(Problem(str(given), 0, "", "no such file or folder"))
    if problems:
        raise CurationError(problems)
    files = []
    for path in found:
        if path.stat().st_size > MAX_BYTES:
            raise CurationError(
                [Problem(str(path), 0, "", f"file is larger than {MAX_BYTES} bytes")]
            )
        files.append(
            RawFile(str(path), folder=path.parent, is_json=path.suffix == ".json", path=path)
        )
    return files


def declared_kind(file: RawFile) -> str | None:
    """Return the kind a file declares near its start (`kind: registry`), from a glance at its
    first 4 KiB, without parsing it: a vocabulary or registry, else None. Only a hint (for
    ordering, or for picking registry files); parse_file is what checks it."""
    head = file.raw[:4096] if file.raw is not None else _head(file)
    for kind in ("vocabulary", "registry"):
        if f"kind: {kind}".encode() in head or f'"kind": "{kind}"'.encode() in head:
            return kind
    return None


def _head(file: RawFile) -> bytes:
    if file.path is None:
        return b""
    try:
        with file.path.open("rb") as handle:
            return handle.read(4096)
    except OSError:
        return b""


def parse_file(file: RawFile, raw: bytes | None = None) -> Document:
    """Decode, parse and schema-check one file (or `raw`, its bytes already read), raising
    CurationError with every problem."""
    text = decode(file.name, file.content() if raw is None else raw)
    loaded = load_json(file.name, text) if file.is_json else load_text(file.name, text)
    if not isinstance(loaded.data, dict):
        raise CurationError([Problem(file.name, 1, "", "a curated file must be a mapping")])
    kind = loaded.data.get("kind")
    schema = KINDS.get(str(kind))
    if schema is None:
        line = loaded.line(("kind",))
        message = "must be 'vocabulary', 'registry' or 'source'"
        raise CurationError([Problem(file.name, line, "kind", message)])
    try:
        data = cast(dict[str, Any], schema().load(loaded.data))  # a Schema loads a dict
    except ValidationError as exc:
        raise CurationError(_schema_problems(loaded, exc.messages)) from exc
    document = Document(kind=str(kind), data=data, loaded=loaded)
    if document.kind == "source":
        document.passages = split_passages(_source_text(document, file))
    return document


def _source_text(document: Document, file: RawFile) -> str:
    if "text" in document.data:
        return str(document.data["text"])
    name = document.data["text_file"]
    if file.texts is not None:
        if name not in file.texts:
            message = f"no part named '{name}' was sent with the document"
            raise CurationError([document.problem(("text_file",), message)])
        text = decode(name, file.texts[name])
    else:
        path = _text_path(document, file.folder, name)
        text = decode(str(path), _read_text(document, path))
    problem = unsafe_character(text, multiline=True)
    if problem:
        raise CurationError([document.problem(("text_file",), f"the text contains a {problem}")])
    return text


def _text_path(document: Document, folder: Path | None, name: str) -> Path:
    if folder is None:
        message = "give the text inline as `text`, or send it as a part of a multipart upload"
        raise CurationError([document.problem(("text_file",), message)])
    return folder / name


def _read_text(document: Document, path: Path) -> bytes:
    if not path.is_file():
        raise CurationError([document.problem(("text_file",), f"no file '{path.name}' beside it")])
    if path.stat().st_size > MAX_BYTES:  # checked before reading: the file may be huge
        raise CurationError([Problem(str(path), 0, "", f"file is larger than {MAX_BYTES} bytes")])
    return path.read_bytes()


def _schema_problems(loaded: LoadedDocument, messages: Any, path: Path_ = ()) -> list[Problem]:
    if isinstance(messages, dict):
        found: list[Problem] = []
        for key, value in messages.items():
            step = key if isinstance(key, int) else str(key)
            found.extend(_schema_problems(loaded, value, (*path, step)))
        return found
    texts = messages if isinstance(messages, list) else [messages]
    return [_schema_problem(loaded, path, _plain(str(text))) for text in texts]


def _schema_problem(loaded: LoadedDocument, path: Path_, message: str) -> Problem:
    """Make a schema problem; a date that is not EDTF also gets the forms to use."""
    hint, details = "", {}
    if message.endswith(NOT_EDTF):
        value = _value_at(loaded.data, path)
        hint = diagnostics.edtf_hint(str(value))
        suggestion = diagnostics.suggested_edtf(str(value))
        details = {
            "edtf_forms": [example for example, _ in diagnostics.EDTF_FORMS],
            **({"write_as": suggestion} if suggestion else {}),
        }
    return Problem(loaded.name, loaded.line(path), field_path(path), message, hint, details)


def _value_at(data: Any, path: Path_) -> Any:
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return ""
    return data


def _plain(message: str) -> str:
    return {
        "Unknown field.": "unknown field",
        "Missing data for required field.": "required field is missing",
    }.get(message, message)
