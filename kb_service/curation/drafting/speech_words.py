"""The words of reported speech that reported_speech.yaml adds to cues.yaml: more reporting
verbs, verbs that report nothing in a phrase, designators of a person by a role, words that
point back at the sentence before, a document's nouns and the verbs that issue it, words of an
obligation, words that join a second verb, and the phrases of an outlet's own report."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.tokens import Token, phrase_words
from kb_service.model import names

WORDS_FILE = Path(__file__).with_name("reported_speech.yaml")


@dataclass(frozen=True)
class SpeechWords:
    """One language's words of reported speech (each a list of phrases, as cues.py reads)."""

    cues: Cues  # cues.yaml's, with this file's verbs first and the person designators added
    not_reporting: list[Phrase]
    anaphora: list[Phrase]
    documents: list[Phrase]
    issuing: list[Phrase]
    commitments: list[Phrase]
    joining: list[Phrase]
    own_report: list[Phrase]
    unnamed: list[Phrase]
    fronted: list[Phrase]
    instructing: list[Phrase]  # по поручению X: X gave the instruction, not the words
    tails: frozenset[str] = field(default=frozenset(), kw_only=True)  # a tail's first words
    subject_verbs: frozenset[str] = field(default=frozenset(), kw_only=True)  # said X had
    set_off: frozenset[str] = field(default=frozenset(), kw_only=True)  # X, he said, so Y
    inserted: frozenset[str] = field(default=frozenset(), kw_only=True)  # X, заверили там, Y
    demonstrated: frozenset[str] = field(default=frozenset(), kw_only=True)  # that evening
    relatives: frozenset[str] = field(default=frozenset(), kw_only=True)  # X, who accuses
    sources: frozenset[str] = field(default=frozenset(), kw_only=True)  # own_report_sources
    issuing_reports: frozenset[str] = field(default=frozenset(), kw_only=True)
    reporting_documents: frozenset[str] = field(default=frozenset(), kw_only=True)
    pronouns: frozenset[str] = field(default=frozenset(), kw_only=True)  # person designators
    addressing: frozenset[str] = field(default=frozenset(), kw_only=True)  # обвинил X: X addressed
    prepositions: frozenset[str] = field(default=frozenset(), kw_only=True)  # о X: X no subject
    topics: frozenset[str] = field(default=frozenset(), kw_only=True)  # أما X فـ: X speaks
    adding: frozenset[str] = field(default=frozenset(), kw_only=True)  # ثم أضاف: the same speaker
    oblique: tuple[str, ...] = field(default=(), kw_only=True)  # Путиным: no one's antecedent
    possessives: frozenset[str] = field(default=frozenset(), kw_only=True)  # по его словам

    def spans(self, phrases: list[Phrase], tokens: list[Token]) -> set[int]:
        """Return the tokens that the phrases found in `tokens` cover."""
        return {
            k for at, p in self.cues.found(phrases, tokens) for k in range(at, at + len(p.words))
        }


def _list(section: dict[str, Any], language: str, term: str = "") -> list[Phrase]:
    return [Phrase(phrase_words(phrase), term) for phrase in section.get(language) or []]


def load(cues: Cues) -> SpeechWords:
    """Return the words of reported speech of the cues' language, the cues extended."""
    verbs, persons, lists = _read(cues.language)
    extended = replace(
        cues, reporting=[*verbs, *cues.reporting], designators=[*cues.designators, *persons]
    )
    language = cues.language
    return SpeechWords(
        extended,
        *lists,
        tails=_words("tails", language),
        subject_verbs=_words("subject_verbs", language),
        set_off=_words("set_off", language),
        inserted=_words("inserted", language),
        demonstrated=_words("demonstrated", language),
        relatives=_words("subject_relatives", language),
        sources=_words("own_report_sources", language),
        issuing_reports=_words("issuing_reports", language),
        reporting_documents=_words("reporting_documents", language),
        pronouns=_words("pronouns", language),
        addressing=_words("addressing", language),
        prepositions=_words("prepositions", language),
        topics=_words("topics", language),
        adding=_words("adding", language),
        oblique=tuple(sorted(_words("oblique_endings", language))),
        possessives=_words("possessives", language),
    )


@cache
def _words(key: str, language: str) -> frozenset[str]:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    return frozenset(names.fold(w) for w in (data[key].get(language) or []))


@cache
def _read(language: str) -> tuple[list[Phrase], list[Phrase], tuple[list[Phrase], ...]]:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    verbs = [p for term, by in data["reporting"].items() for p in _list(by, language, term)]
    verbs += [
        Phrase(p.words, p.term, document=True)
        for term, by in data["first_person"].items()
        for p in _list(by, language, term)
    ]
    verbs += [
        Phrase(p.words, "claim", attribution=True) for p in _list(data["attribution"], language)
    ]
    verbs += [
        Phrase(p.words, "claim", attribution=True) for p in _list(data["attribution_as"], language)
    ]
    verbs += [
        Phrase(p.words, "position", attribution=True)
        for p in _list(data["attribution_view"], language)
    ]
    verbs += [
        Phrase(p.words, "report", attribution=True)
        for p in _list(data["attribution_report"], language)
    ]
    verbs += [
        Phrase(p.words, p.term, document=True)
        for term, by in data["document_phrases"].items()
        for p in _list(by, language, term)
    ]
    persons = _list(data["person_designators"], language, "person")
    persons += _list(data["pronouns"], language, "person")
    sections = (
        *("not_reporting", "anaphora", "documents", "issuing", "commitments"),
        *("joining", "own_report", "unnamed", "fronted", "instructing"),
    )
    return verbs, persons, tuple(_list(data[s], language) for s in sections)
