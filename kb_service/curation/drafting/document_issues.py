"""The sentences of a passage that issue a document (signed a statement, أصدرت بيانا, the
Ministry reports the following): who issues it, the document's date, and what kind its words
are that bind no one. Words in reported_speech.yaml (`documents`, `issuing`,
`issuing_reports`).

- issuers: the subject of `declares the following` (on the side its language puts the subject,
  with those named in a row with it, not with a list that a comma ends), else the persons the
  sentence names, else the first actor and those in a row with it;
- a later `the following` in the sentence names the document the text is, over an earlier
  verb's (`Pursuant to the statement signed on 9 November by ..., X reports the following`);
- the date: the first of the sentence, or for `the following` of its clause, else the day
  the text is published (the text is the document)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from kb_service.curation.drafting.joined_names import ends_in_and, with_joined
from kb_service.curation.drafting.mentions import Mention, a_person
from kb_service.curation.drafting.passage_reading import PassageReading
from kb_service.curation.drafting.relays import outlet
from kb_service.curation.drafting.speakers import ADJACENT, VERB_FIRST
from kb_service.curation.drafting.speech_words import SpeechWords
from kb_service.curation.drafting.tokens import Token, sentence_of
from kb_service.model import names

# the words after an issuing verb that make what follows the document
FOLLOWING = ("the following", "as follows", "следующее", "о следующем", "ما يلي", "بما يلي")
FOLLOWING_REACH = 120  # characters from an issuing verb to its `the following`, at most
NOUN_BEFORE, NOUN_AFTER = 6, 8  # words between an issuing verb and its document's noun
RELATIVES = frozenset({"الذي", "التي"})  # before an issuing verb: its clause recalls a document
NOUN_WORDS = 3  # words of a document's noun before a relative pronoun (البيان الثلاثي), at most
# officials' words right after a relative clause's verb: its issuers, not the sentence's subject
OFFICIALS = frozenset(names.fold(w) for w in ("وزراء", "رؤساء", "قادة", "زعماء", "وزير", "رئيس"))


class Issue(NamedTuple):
    """A sentence that issues a document: where it starts, its issuers, the document's date,
    and the span of `declares the following` when it says so."""

    start: int
    issuers: tuple[Mention, ...]
    date: str | None
    said: tuple[int, int] | None
    kind: str = "announcement"  # of its words that bind no one: `reports the following`: report


def issuing(
    reading: PassageReading,
    words: SpeechWords,
    published: str | None,
    headline: tuple[Mention, ...] = (),
) -> list[Issue]:
    """Return each sentence of the passage that issues a document: its issuers and date. A
    `the following` whose subject names no one (the Ministry states the following) is the
    document the text is: its issuers are those its headline names, when it names some."""
    tokens = reading.tokens
    nouns = [at for at, _ in words.cues.found(words.documents, tokens)]
    found: list[Issue] = []
    for at, _ in words.cues.found(words.issuing, tokens):
        sentence = sentence_of(reading.spans, tokens[at].start)
        follows = _follows(reading.passage.text, tokens[at].end)
        if found and found[-1].start == sentence[0]:
            if follows is None or found[-1].said is not None:
                continue
            found.pop()  # `Pursuant to the statement signed ..., X reports the following`
        near = bisect_left(nouns, at - NOUN_BEFORE)
        named = near < len(nouns) and nouns[near] <= at + NOUN_AFTER
        if not named and follows is None:
            continue
        language = words.cues.language
        issuers = (_declarer(reading, words, at, sentence) or headline) if follows else ()
        recalled = _on_document(tokens, words, at)  # البيان الذي أصدره X: X's, of its own day
        relative = _relative_issuers(reading, words, at, sentence) if recalled else None
        if relative == ():
            continue
        issuers = relative or issuers or issuers_of(reading, sentence, language)
        if issuers:
            clause = sentence if follows is None else _clause(reading.passage.text, at, tokens)
            clause = (tokens[at].start, sentence[1]) if recalled else clause
            dated = [str(d.edtf) for d in reading.dates if clause[0] <= d.start < clause[1]]
            day = None if follows is None else published  # the text is the document
            said = None if follows is None else (tokens[at].start, follows)
            reports = said is not None and names.fold(tokens[at].text) in words.issuing_reports
            kind = "report" if reports else "announcement"
            found.append(Issue(sentence[0], issuers, dated[0] if dated else day, said, kind))
    return found


def _on_document(tokens: list[Token], words: SpeechWords, at: int) -> bool:
    """Tell whether an issuing verb (token `at`) opens a relative clause on a document's noun
    (البيان الذي أصدره, للبيان الذي وقعه): the clause recalls that document, not the
    clashes that happened (الاشتباكات التي وقعت)."""
    if at < 2 or tokens[at - 1].folded not in RELATIVES:
        return False
    start = max(0, at - 1 - NOUN_WORDS)
    found = words.cues.found(words.documents, tokens[start : at - 1])
    return any(start + k + len(noun.words) == at - 1 for k, noun in found)


def _sentence_actors(reading: PassageReading, sentence: tuple[int, int]) -> list[Mention]:
    """Return the actors a sentence names that may issue a document: not an outlet (a relay)."""
    return [
        m
        for m in reading.named
        if m.entity.label == "Actor"
        and not outlet(m.entity)
        and sentence[0] <= m.start < sentence[1]
    ]


def _relative_issuers(
    reading: PassageReading, words: SpeechWords, at: int, sentence: tuple[int, int]
) -> tuple[Mention, ...] | None:
    """Return the issuers of a document a relative clause recalls, named right after its verb
    (token `at`): the actor there (البيان الذي أصدرته أذربيجان وأرمينيا), or after officials'
    words (أصدره رؤساء روسيا والولايات المتحدة), and those in a row with it, not the
    sentence's subject; none when officials no actor names issued it (أصدره وزراء خارجية هذه
    الدول); None when the verb names no issuer (البيان الذي أصدرته اليوم: the subject's)."""
    tokens = reading.tokens
    officials = at + 1 < len(tokens) and bool(tokens[at + 1].forms & OFFICIALS)
    actors = _sentence_actors(reading, sentence)
    near = [
        m
        for m in actors
        if m.first == at + 1 or (officials and at + 1 < m.first <= at + 1 + ADJACENT)
    ][:1]
    if near:
        return with_joined(reading.passage.text, near[0], actors, words.cues.language)
    return () if officials else None


def _designator_between(
    reading: PassageReading, words: SpeechWords, near: Mention, at: int
) -> bool:
    """Tell whether a designator stands between an actor and the verb it would declare by
    (... Арменией и Азербайджаном Министерство заявляет: the Ministry declares, not they)."""
    between = (
        reading.tokens[near.last + 1 : at]
        if near.last < at
        else reading.tokens[at + 1 : near.first]
    )
    found = words.cues.found(words.cues.designators, between)
    return bool(found)


def _clause(text: str, at: int, tokens: list[Token]) -> tuple[int, int]:
    """Return the span of the clause of token `at` (from the last comma or stop before it to
    its end): a date elsewhere in a declaring sentence is another document's (the statement
    signed on 9 November ..., the Ministry reports the following)."""
    start = tokens[at].start
    before = max(text.rfind(mark, 0, start) for mark in ",،;:.\n")
    return before + 1, tokens[at].end


def _follows(text: str, end: int) -> int | None:
    """Return where `the following` ends when it follows a verb (its words are the
    document), right after it or past its subject in the same clause (تعلن وزارة الخارجية ما
    يلي, доводит до сведения международного сообщества следующее), else None."""
    rest = text[end : end + FOLLOWING_REACH]
    if rest.strip() == ":":  # X informs: (the passages after it are the document)
        return end + rest.index(":") + 1
    clause = re.split(r"[.!?؟;:,،]", rest, maxsplit=1)[0]
    folded = clause.casefold()
    for phrase in FOLLOWING:
        at = folded.find(phrase)
        if at >= 0 and (at == 0 or not folded[at - 1].isalnum()):
            return end + at + len(phrase)
    return None


def _declarer(
    reading: PassageReading, words: SpeechWords, at: int, sentence: tuple[int, int]
) -> tuple[Mention, ...]:
    """Return who declares `the following`: the actor next to the verb (token `at`), on the
    side the language puts its subject (`..., تعلن وزارة الخارجية ما يلي`), with those named
    in a row with it; not one named after the words of an instruction (по поручению директора
    Y), who gave it."""
    language = words.cues.language
    actors = _sentence_actors(reading, sentence)
    instructed = [k for k, _ in words.cues.found(words.instructing, reading.tokens) if k < at]
    if instructed:  # X, по поручению директора Y, доводит ...: X, not Y
        actors = [m for m in actors if not instructed[-1] < m.first < at]
        at = instructed[-1] if language not in VERB_FIRST else at
    if language not in VERB_FIRST:  # МИД России сообщает следующее, X declares the following
        side = [m for m in actors if m.last < at][-1:]
        gap = at - side[0].last - 1 if side else ADJACENT + 1
    else:  # the subject after the verb, else it is the sentence's (تتابع الوزارة ... وتعلن)
        side = [m for m in actors if m.first > at][:1]
        gap = side[0].first - at - 1 if side else ADJACENT + 1
    if gap > ADJACENT or _designator_between(reading, words, side[0], at):
        return ()
    near, text = side[0], reading.passage.text
    row = with_joined(text, near, actors, language)
    if language not in VERB_FIRST and row[-1] is near and not ends_in_and(text, row):
        return (near,)  # `..., the President of Russia, the Ministry reports the following`
    return row


def issuers_of(
    reading: PassageReading, sentence: tuple[int, int], language: str
) -> tuple[Mention, ...]:
    actors = _sentence_actors(reading, sentence)
    persons = [m for m in actors if m.entity.kind == "person"] or [
        m for m in actors if a_person(m.entity)
    ]  # else a name of two words proposed without a title (Ilham Aliyev)
    first = persons[0] if persons else actors[0] if actors else None
    if first is None:
        return ()
    text = reading.passage.text
    return with_joined(
        text, first, [m for m in reading.named if m.entity.label == "Actor"], language
    )
