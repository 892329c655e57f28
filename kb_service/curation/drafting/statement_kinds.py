"""A statement's kind from its words, when its verb only says that words were spoken (said,
заявил, قال drafts a claim; a document's `says`, an announcement; сообщил, a report), as
statement_kinds.yaml lists them:

- words that judge other words false (disinformation, ложные, مضللة) are a denial, words of a
  worry (worries, тревожит, بقلق) a concern, words that lay the blame (responsibility for, на
  совести) an accusation, words that wait for another's act (expects, ожидает от, تنتظر) an
  appeal, and thanks, sympathy or congratulations (благодарит, تشكر) a position, said or held
  as a view (called that a fake);
- words that tell of a hostile act (shelled, открыл огонь, قصفت) done by another side than
  the speaker's are an accusation. An actor's side is the side whose English name its own
  English name or id holds (the Ministry of Defence of Azerbaijan, armenia-mod); a person
  speaks for the side of the actor named right before them (Armenia's Defence Ministry
  spokeswoman Shushan Stepanyan). The doer is an actor or a word of nationality (Armenian
  forces) before the act (in Arabic, anywhere in the words), or after a passive one (under
  fire from Armenian artillery, под огнем армянской артиллерии);
- words of readiness or of a view held (ready to, готовы, مستعدة) are a position (not a
  report's);
- the other words of an institution (a ministry, a government) that `said` them report, in
  English and Russian (the ministry said its troops had entered the district), but for a
  hostile act of its own side's, which it claims (its units had struck Armenian forces);
- an outlet speaks only its own report (`..., according to RIA Novosti`): a report;
- a document's words that none of these make another kind, nor binding words a commitment,
  tell what was done or stands: a report, whatever its verb (`declares the following: ...
  the units have completed their work`); only the verb that issues it announces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.mentions import Entity, Mention, a_person
from kb_service.curation.drafting.relays import outlet
from kb_service.curation.drafting.speech_types import Speech
from kb_service.curation.drafting.tokens import Token, phrase_words, tokenize
from kb_service.model import names

KINDS_FILE = Path(__file__).with_name("statement_kinds.yaml")
_NUMBER = re.compile(r"(?<![\d:])\d+(?![\d:]|[.,]\d)")  # a count, not 12:05 nor 1.5
SAYING = frozenset({"claim", "announcement"})  # kinds of a verb that only says words were spoken
TITLE_REACH = 40  # characters between a person and the actor whose title they carry, at most


@dataclass(frozen=True)
class KindWords:
    """One language's words of a hostile act, of a position, and of each side."""

    hostile: list[Phrase]
    passive: list[Phrase]  # acts whose doer follows them (under fire from, под огнем)
    position: list[Phrase]
    negation: list[Phrase]
    figures: list[Phrase]
    sides: list[Phrase]  # each phrase's term is its side
    reporters: frozenset[str]  # kinds of actor whose saying is a report (a ministry's)
    side_names: dict[str, str]  # a side's folded English name, by side
    verb_first: bool  # the actor may follow its act (Arabic)
    verdicts: tuple[tuple[str, list[Phrase]], ...] = ()  # (kind, its words): denial, concern


@cache
def load(language: str) -> KindWords:
    """Return the words of statement_kinds.yaml for one language (English for another)."""
    data = yaml.safe_load(KINDS_FILE.read_text(encoding="utf-8"))
    language = language if language in data["hostile"] else "en"

    def phrases(by_language: dict[str, list[str]], term: str) -> list[Phrase]:
        return [Phrase(phrase_words(p), term) for p in by_language.get(language) or []]

    sides = [p for side, by in data["sides"].items() for p in phrases(by, side)]
    side_names = {side: names.fold(by["en"][0]) for side, by in data["sides"].items()}
    return KindWords(
        phrases(data["hostile"], "hostile"),
        phrases(data["passive"], "passive"),
        phrases(data["position"], "position"),
        phrases(data["negation"], "negation"),
        phrases(data["figures"], "figures"),
        sides,
        frozenset(data["reporters"].get(language) or ()),
        side_names,
        language == "ar",
        tuple((kind, phrases(by, kind)) for kind, by in data["verdicts"].items()),
    )


def refined(
    speech: Speech,
    text: str,
    tokens: Sequence[Token],
    named: Sequence[Mention],
    cues: Cues,
) -> Speech:
    """Return the statement with the kind its words give, when its verb gives none but
    saying (see the module's docstring)."""
    if speech.speakers and all(outlet(m.entity) for m in speech.speakers):
        return replace(speech, kind="report")  # an outlet speaks only its own report
    if speech.kind not in SAYING | {"report", "position"}:
        return speech
    words = [t for t in tokens if speech.start <= t.start < speech.end]
    kind_words = load(cues.language)
    verdict = next((k for k, said in kind_words.verdicts if cues.found(said, words)), None)
    if verdict:
        return replace(speech, kind=verdict)  # called that a fake; Moscow is alarmed that ...
    if speech.kind == "position":
        return speech
    if _accuses(speech, words, named, cues, kind_words):
        return replace(speech, kind="accusation")
    if speech.kind in SAYING and cues.found(kind_words.position + kind_words.negation, words):
        return replace(speech, kind="position")  # ready to; Baku will not give up its claim
    if speech.kind in SAYING and _figures(text[speech.start : speech.end], words, cues):
        return replace(speech, kind="report")
    reporters = kind_words.reporters
    if (
        speech.kind == "claim"
        and speech.speakers
        and all(m.entity.kind in reporters for m in speech.speakers)
        and not cues.found(kind_words.hostile, words)  # its own side's feat stays a claim
    ):
        return replace(speech, kind="report")  # a ministry said its troops had entered
    if speech.document and speech.kind == "announcement":
        return replace(speech, kind="report")  # a point of a declared document tells
    return speech


def _figures(quote: str, words: list[Token], cues: Cues) -> bool:
    """Tell whether the words give a count of people or losses (21 civilians killed), a
    number that is no time of day (12:05)."""
    numbers = _NUMBER.search(quote) is not None
    return numbers and bool(cues.found(load(cues.language).figures, words))


def _accuses(
    speech: Speech,
    words: list[Token],
    named: Sequence[Mention],
    cues: Cues,
    kind_words: KindWords,
) -> bool:
    acts = [(at, False) for at, _ in cues.found(kind_words.hostile, words)]
    acts += [(at, True) for at, _ in cues.found(kind_words.passive, words)]
    if not acts:
        return False
    own = {side for m in speech.speakers if (side := _side(m, named, kind_words))}
    if not own:
        return False
    inside = [(m.start, _side(m, named, kind_words)) for m in named]
    sides = [(words[at].start, p.term) for at, p in cues.found(kind_words.sides, words)]
    doers = [(at, side) for at, side in inside + sides if speech.start <= at < speech.end and side]
    for at, passive in acts:
        act = words[at].start
        for place, side in doers:
            done_by = place > act if passive else (kind_words.verb_first or place < act)
            if done_by and side not in own:
                return True
    return False


def _side(mention: Mention, named: Sequence[Mention], kind_words: KindWords) -> str | None:
    """Return the side an actor belongs to (see the module's docstring)."""
    entity = mention.entity
    if entity.label != "Actor":
        return None
    if a_person(entity):
        before = [
            m
            for m in named
            if m.end <= mention.start
            and mention.start - m.end <= TITLE_REACH
            and not a_person(m.entity)
        ]
        return _side(before[-1], named, kind_words) if before else None
    return side_of(entity, kind_words)


def side_of(entity: Entity, kind_words: KindWords) -> str | None:
    """Return the side whose English name an actor's English name or id holds, if exactly one
    (the Ministry of Defence of Azerbaijan, armenia-mod, Armed Forces of Armenia); else, of a
    name proposed in the text's language, the side its words name (Министерство иностранных
    дел Республики Армения)."""
    own = f"{names.fold(entity.name_en)} {entity.id}"
    found = {side for side, name in kind_words.side_names.items() if name in own or side in own}
    if not found:
        for name in entity.names:
            words = tokenize(name)
            found |= {
                p.term for p in kind_words.sides for at in range(len(words)) if p.match(words, at)
            }
    return next(iter(found)) if len(found) == 1 else None
