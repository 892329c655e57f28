"""Checks across documents: ids, references, passages, verbatim quotes and dates."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from rapidfuzz import fuzz

from kb_service.curation.diagnostics import nearest_ids, quote_details
from kb_service.curation.documents import Document
from kb_service.curation.problems import Path_, Problem, field_path
from kb_service.curation.vocabulary import VOCABULARIES, Vocabulary, base, terms_of
from kb_service.model import dates, names
from kb_service.model.taxonomy import FUTURE_STATUSES
from kb_service.model.text import contains_verbatim

# Which label a reference must resolve to, by the field that holds it.
ANY_ENTITY = ("Actor", "Place", "Conflict", "Event", "Statement", "Relation")
REGISTRY_LABELS = {"actors": "Actor", "places": "Place", "conflicts": "Conflict"}
ASSERTION_LABELS = {"events": "Event", "statements": "Statement", "relations": "Relation"}

# (ids, sources the batch replaces) -> {id: label} of the ids that exist and are not asserted by
# those sources alone: a replaced source's old version counts as gone.
LookUp = Callable[[set[str], frozenset[str]], dict[str, str]]
# () -> [(id, label, names)] of the registry entries in the database, for the nearest ids.
Candidates = Callable[[], list[tuple[str, str, list[str]]]]
Definition = tuple[str, str, str]  # (label, file, section): one tuple per section of a file
MAX_CANDIDATES = 100_000  # ids of the batch an unknown id is compared with (bounded time)


class Labels(Mapping[str, str]):
    """The label of every id a batch defines or cites, read through its IdBook (not a copy):
    first `extra` (a file's own passages, when writing it), then the batch, then the database."""

    def __init__(
        self,
        defined: dict[str, Definition],
        stored: dict[str, str],
        extra: dict[str, str] | None = None,
    ) -> None:
        self.defined = defined
        self.stored = stored
        self.extra = extra or {}

    def over(self, extra: dict[str, str]) -> Labels:
        """Return these labels with `extra` looked up first."""
        return Labels(self.defined, self.stored, extra)

    def label(self, ident: str) -> str | None:
        """Return the label of `ident`, or None when neither the batch nor the database has it."""
        if ident in self.extra:
            return self.extra[ident]
        entry = self.defined.get(ident)
        return entry[0] if entry is not None else self.stored.get(ident)

    def __getitem__(self, ident: str) -> str:
        found = self.label(ident)
        if found is None:
            raise KeyError(ident)
        return found

    def __iter__(self) -> Iterator[str]:
        yield from self.extra
        yield from (i for i in self.defined if i not in self.extra)
        yield from (i for i in self.stored if i not in self.extra and i not in self.defined)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class IdBook:
    """The ids of a batch, kept small while its files are checked one at a time.

    For each file: the ids it defines (an id defined twice, or held by the database as another
    kind, is a problem), and the ids it cites, resolved against the ids defined so far and then
    the database. Citations of ids defined in a later file wait in `pending` until the end.
    Only ids, labels and pending citations are kept, never a file's data: each id maps to one
    (label, file, section) tuple shared by every id of that section of that file.
    """

    def __init__(self, look_up: LookUp, candidates: Candidates | None = None) -> None:
        self.look_up = look_up
        self.candidates = candidates
        self.defined: dict[str, Definition] = {}
        self.stored: dict[str, str] = {}  # cited ids found in the database -> label
        self.pending: list[tuple[str, int, str, str, tuple[str, ...]]] = []
        self.view = Labels(self.defined, self.stored)
        self.sources: set[str] = set()  # the sources the batch defines: their old versions go
        self.names: dict[str, list[str]] = {}  # registry entries' names, for the nearest ids

    def labels(self) -> Labels:
        """Return the label of every id the batch defines or cites (the batch wins)."""
        return self.view

    def define(self, document: Document) -> list[Problem]:
        """Record the ids a document defines; report ids defined twice or clashing with the
        database. The same event, statement or relation may be asserted by several sources."""
        problems: list[Problem] = []
        new: dict[str, tuple[str, Path_]] = {}
        shared_by: dict[str, Definition] = {}  # one tuple per section of this file
        for section, label, index, item in _defined(document):
            ident = item["id"]
            known = self.defined.get(ident)
            path: Path_ = ("id",) if section == "source" else (section, index, "id")
            if known is not None:
                shared = (
                    known[0] == label
                    and label in ASSERTION_LABELS.values()
                    and known[1] != document.name
                )
                if not shared:
                    first = f"{known[1]}:{known[2]}"
                    problems.append(
                        document.problem(path, f"id '{ident}' is already defined in {first}")
                    )
                continue
            self.defined[ident] = shared_by.setdefault(section, (label, document.name, section))
            new[ident] = (label, path)
            if document.kind == "registry":
                self.names[ident] = [name for name, _ in names.of_entity(item)]
            if label == "Source":
                self.sources.add(ident)
        stored = self.look_up(set(new), frozenset(self.sources)) if new else {}
        for ident, label in sorted(stored.items()):
            if new[ident][0] != label:
                message = (
                    f"id '{ident}' is already used by {_article(label.lower())} in the database"
                )
                problems.append(document.problem(new[ident][1], message))
        return problems

    def cite(self, document: Document) -> list[Problem]:
        """Check the ids a document cites that are already known; keep the others pending."""
        cited = list(references(document))
        missing = {ident for _, ident, _ in cited if self._label(ident) is None}
        if missing:
            self.stored.update(self.look_up(missing, frozenset(self.sources)))
        problems = []
        for path, ident, allowed in cited:
            label = self._label(ident)
            if label is None:
                line = document.loaded.line(path)
                self.pending.append((document.name, line, field_path(path), ident, allowed))
            elif label not in allowed:
                problems.append(document.problem(path, _wrong_kind(ident, label, allowed)))
        return problems

    def unresolved(self) -> list[Problem]:
        """Report the pending citations that no file of the batch defined, or defined as
        another kind."""
        problems = []
        stored: list[tuple[str, str, list[str]]] | None = None
        for name, line, field, ident, allowed in self.pending:
            label = self._label(ident)
            if label is None:
                if stored is None:
                    stored = self.candidates() if self.candidates is not None else []
                nearest = self._nearest(ident, allowed, stored)
                hint = f"the nearest known: {', '.join(nearest)}" if nearest else ""
                details = {"nearest_ids": nearest} if nearest else {}
                problems.append(Problem(name, line, field, f"unknown id '{ident}'", hint, details))
            elif label not in allowed:
                problems.append(Problem(name, line, field, _wrong_kind(ident, label, allowed)))
        self.pending.clear()
        return problems

    def _label(self, ident: str) -> str | None:
        return self.view.label(ident)

    def _nearest(
        self, ident: str, allowed: tuple[str, ...], stored: list[tuple[str, str, list[str]]]
    ) -> list[str]:
        """Return the known ids of an allowed label nearest to `ident`: the batch's by id, the
        database's registry entries by id, name and alias."""
        candidates: dict[str, list[str]] = {}
        for other, entry in self.defined.items():
            if entry[0] in allowed and len(candidates) < MAX_CANDIDATES:
                candidates[other] = list(self.names.get(other, []))
        for other, label, known in stored:
            if label in allowed:
                candidates.setdefault(other, []).extend(known)
        return nearest_ids(ident, candidates)


class TermBook:
    """The vocabulary a batch may use: the base terms, those stored in the graph (read once, when
    first needed), and those the batch's vocabulary documents define. A term a file uses that
    is not known yet waits in `pending` until every file has been read."""

    def __init__(self, stored: Callable[[], Vocabulary] | None = None) -> None:
        self.read_stored = stored
        self.known: Vocabulary | None = None
        self.defined: dict[tuple[str, str], str] = {}  # (vocabulary, term) -> file
        self.pending: list[tuple[str, int, str, str, str]] = []

    def vocabulary(self) -> Vocabulary:
        """Return every term known so far: base, stored, then the batch's own."""
        if self.known is None:
            self.known = self.read_stored() if self.read_stored is not None else base().copy()
        return self.known

    def define(self, document: Document) -> list[Problem]:
        """Record the terms a vocabulary document defines; a base term, or a term another file
        of the batch defines, is a problem."""
        if document.kind != "vocabulary":
            return []
        problems, new = [], []
        for index, term in terms_of(document.data):
            path: Path_ = (term.vocabulary, index, "term")
            noun = VOCABULARIES[term.vocabulary]
            first = self.defined.get((term.vocabulary, term.term))
            if first is not None:
                message = f"{noun} '{term.term}' is already defined in {first}"
                problems.append(document.problem(path, message))
            elif base().get(term.vocabulary, term.term) is not None:
                message = f"{noun} '{term.term}' is in the base vocabulary; give a new term"
                problems.append(document.problem(path, message))
            else:
                self.defined[(term.vocabulary, term.term)] = document.name
                new.append(term)
        self.vocabulary().add(new)
        return problems

    def cite(self, document: Document) -> None:
        """Note the terms a document uses that are not known yet."""
        known = self.vocabulary()
        for path, vocabulary, term in term_references(document):
            if known.get(vocabulary, term) is None:
                line = document.loaded.line(path)
                self.pending.append((document.name, line, field_path(path), vocabulary, term))

    def unresolved(self) -> list[Problem]:
        """Report the terms used that no vocabulary has, with the nearest known ones."""
        known = self.vocabulary()
        problems = [
            Problem(name, line, field, known.unknown(vocabulary, term))
            for name, line, field, vocabulary, term in self.pending
            if known.get(vocabulary, term) is None
        ]
        self.pending.clear()
        return problems


def term_references(document: Document) -> Iterator[tuple[Path_, str, str]]:
    """Yield every vocabulary term a document uses: (path, vocabulary, term)."""
    uses = {
        "registry": (("actors", "kind", "actor_kinds"), ("places", "kind", "place_kinds")),
        "source": (
            ("events", "type", "event_types"),
            ("statements", "kind", "statement_kinds"),
            ("relations", "type", "relation_types"),
        ),
    }
    for section, name, vocabulary in uses.get(document.kind, ()):
        for index, item in enumerate(document.data[section]):
            if name in item:  # an update of a stored registry entry may leave its kind out
                yield (section, index, name), vocabulary, item[name]


def _wrong_kind(ident: str, label: str, allowed: tuple[str, ...]) -> str:
    kinds = " or ".join(_article(a.lower()) for a in allowed)
    return f"'{ident}' is {_article(label.lower())}, not {kinds}"


def _defined(document: Document) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    if document.kind == "vocabulary":
        return
    sections = REGISTRY_LABELS if document.kind == "registry" else ASSERTION_LABELS
    for section, label in sections.items():
        for index, item in enumerate(document.data.get(section, [])):
            yield section, label, index, item
    if document.kind == "source":
        yield "source", "Source", -1, document.data


def references(document: Document) -> Iterator[tuple[Path_, str, tuple[str, ...]]]:
    """Yield every id the document refers to: (path, id, labels it may resolve to)."""
    data = document.data
    if document.kind == "vocabulary":
        return
    if document.kind == "registry":
        for index, place in enumerate(data.get("places", [])):
            if "within" in place:
                yield ("places", index, "within"), place["within"], ("Place",)
        for section in REGISTRY_LABELS:
            for index, item in enumerate(data.get(section, [])):
                for j, other in enumerate(item["other_names"]):
                    for k, party in enumerate(other["used_by"]):
                        yield (section, index, "other_names", j, "used_by", k), party, ("Actor",)
        return
    if "credited_to" in data:
        yield ("credited_to",), data["credited_to"], ("Actor",)
    for i, event in enumerate(data["events"]):
        yield from _event_references(("events", i), event)
    for i, statement in enumerate(data["statements"]):
        yield from _statement_references(("statements", i), statement)
    for i, relation in enumerate(data["relations"]):
        base: Path_ = ("relations", i)
        yield (*base, "subject"), relation["subject"], ("Actor",)
        yield (*base, "object"), relation["object"], ("Actor", "Place", "Conflict")
        if "conflict" in relation:
            yield (*base, "conflict"), relation["conflict"], ("Conflict",)
    for section, label in ASSERTION_LABELS.items():  # records a curator judged not to be this
        for i, item in enumerate(data[section]):
            for j, other in enumerate(item.get("not_same_as", [])):
                yield (section, i, "not_same_as", j), other, (label,)


def _event_references(
    base: Path_, event: dict[str, Any]
) -> Iterator[tuple[Path_, str, tuple[str, ...]]]:
    if "conflict" in event:
        yield (*base, "conflict"), event["conflict"], ("Conflict",)
    for j, participant in enumerate(event["participants"]):
        yield (*base, "participants", j, "actor"), participant["actor"], ("Actor",)
    for j, place in enumerate(event["places"]):
        yield (*base, "places", j), place, ("Place",)
    for j, link in enumerate(event["related"]):
        yield (*base, "related", j, "event"), link["event"], ("Event",)


def _statement_references(
    base: Path_, statement: dict[str, Any]
) -> Iterator[tuple[Path_, str, tuple[str, ...]]]:
    lists = {
        "speakers": ("Actor",),
        "addressees": ("Actor",),
        "reported_via": ("Actor",),
        "about": ANY_ENTITY,
        "contradicts": ("Statement",),
        "responds_to": ("Statement",),
    }
    for name, labels in lists.items():
        for j, ident in enumerate(statement[name]):
            yield (*base, name, j), ident, labels
    singles = {"conflict": ("Conflict",), "occasion": ("Event",), "place": ("Place",)}
    for name, labels in singles.items():
        if name in statement:
            yield (*base, name), statement[name], labels


def check_source(document: Document) -> list[Problem]:
    """Check a source's passages, verbatim quotes and dates against its own text."""
    data = document.data
    published = dates.parse(data["published"])
    problems = []
    for i, number in enumerate(data["non_content"]):
        if number > len(document.passages):
            problems.append(document.problem(("non_content", i), _out_of_range(number, document)))
    for section in ASSERTION_LABELS:
        for i, item in enumerate(data[section]):
            problems.extend(_check_assertion(document, (section, i), item, published))
    return problems


def _check_assertion(
    document: Document, base: Path_, item: dict[str, Any], published: dates.DateSpan
) -> list[Problem]:
    problems = []
    if "review" in item:
        message = f"a drafted item (review: {item['review']}) has not been reviewed"
        hint = "check it against the text, correct it, then delete the line `review: draft`"
        problems.append(document.problem((*base, "review"), message, hint))
    problems += _check_same_as(document, base, item)
    cited: list[tuple[int, str]] = []
    for j, evidence in enumerate(item["evidence"]):
        number = evidence["passage"]
        if number > len(document.passages):
            problems.append(
                document.problem((*base, "evidence", j, "passage"), _out_of_range(number, document))
            )
            continue
        passage = document.passages[number - 1]
        cited.append((number, passage))
        if not contains_verbatim(passage, evidence["quote"]):
            hint, details = quote_details(evidence["quote"], passage, number, document.passages)
            problems.append(
                document.problem(
                    (*base, "evidence", j, "quote"),
                    f"quote does not appear verbatim in passage {number}",
                    hint,
                    details,
                )
            )
    quote = item.get("quote")
    if quote is not None and cited and not any(contains_verbatim(p, quote) for _, p in cited):
        number, passage = max(cited, key=lambda pair: fuzz.partial_ratio(quote, pair[1]))
        hint, details = quote_details(quote, passage, number, document.passages)
        problems.append(
            document.problem(
                (*base, "quote"),
                "quote does not appear verbatim in any cited passage",
                hint,
                details,
            )
        )
    if "date" in item:
        problems += _check_date(document, base, item, published)
    return problems


def _check_same_as(document: Document, base: Path_, item: dict[str, Any]) -> list[Problem]:
    """Refuse drafted candidates left in the file, and an item that is not itself."""
    problems = []
    if "same_as_candidates" in item:
        listed = ", ".join(str(c.get("id")) for c in item["same_as_candidates"])
        message = f"drafted same_as_candidates ({listed}) have not been reviewed"
        hint = (
            "reuse the candidate's id to add this source's version to it, or list it under "
            "not_same_as, then delete same_as_candidates"
        )
        problems.append(document.problem((*base, "same_as_candidates"), message, hint))
    for j, other in enumerate(item.get("not_same_as", [])):
        if other == item["id"]:
            message = f"'{other}' is this item's own id: a record cannot be not the same as itself"
            problems.append(document.problem((*base, "not_same_as", j), message))
    return problems


def _check_date(
    document: Document, base: Path_, item: dict[str, Any], published: dates.DateSpan
) -> list[Problem]:
    span = dates.parse(item["date"])
    status = item.get("status", "occurred")
    problems = []
    later = published.latest and span.earliest and span.earliest > published.latest
    if later and status not in FUTURE_STATUSES:
        hint = (
            ""
            if base[0] != "events"
            else (
                "; an event the source announces is `status: scheduled`, a deadline `status: due`"
            )
        )
        message = f"'{item['date']}' is after the source's publication ({published.edtf}){hint}"
        problems.append(document.problem((*base, "date"), message))
    if "renewal" in item and span.latest is None:
        message = "a renewable term needs a date with a known end (the end of its first term)"
        problems.append(document.problem((*base, "renewal"), message))
    return problems


def _out_of_range(number: int, document: Document) -> str:
    return f"passage {number} is out of range: the text has {len(document.passages)} passages"


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"
