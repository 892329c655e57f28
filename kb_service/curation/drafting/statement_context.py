"""What a text's statements owe to the text around them, read once over its passages in order:

- a headline (the first passage of content, a few words and no full stop) drafts no statement:
  the body reports the same words with their speaker and day. A headline that names a document
  (Заявление МИД России) names its issuers, for whom its body speaks (Мы призываем);
- a sentence that issues a document (signed a statement, أصدرت بيانا, declare the following)
  makes its persons (else the actors in a row with the first one it names) the document's
  issuers, and its date the document's: what the document says later (the statement says,
  وأضاف البيان, согласно заявлению) they say, on that day; without issuers known, a document
  speaks for those it spoke for before. A text that is the document itself (its headline
  names it, or its issuers `declare the following`) is of the day it is published, when the
  issuing sentence gives none;
- a document's words that hold an obligation (will, должен, اتفقا) are a commitment, else an
  announcement;
- a statement whose sentence gives no date has the date of its words' sentence, else that of
  the statement before it when they share a speaker (`Aliyev said on Tuesday ...`, then `Aliyev
  told the country ...`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import NamedTuple

from kb_service.curation.drafting import cues as cue_words
from kb_service.curation.drafting import speech_words, statement_kinds, statement_points
from kb_service.curation.drafting.joined_names import PERSON_KINDS, ends_in_and, with_joined
from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.passage_reading import PassageReading
from kb_service.curation.drafting.relays import outlet
from kb_service.curation.drafting.speakers import ADJACENT, VERB_FIRST
from kb_service.curation.drafting.speech_types import Speech
from kb_service.curation.drafting.tokens import Token, WordCount, sentence_of
from kb_service.model import names

# the words after an issuing verb that make what follows the document
FOLLOWING = ("the following", "as follows", "следующее", "о следующем", "ما يلي", "بما يلي")
FOLLOWING_REACH = 120  # characters from an issuing verb to its `the following`, at most
HEADLINE_WORDS = 15  # words of a headline, at most
DATE_NEAR = 8  # words between a verb and the date of its words (said on Tuesday), at most
NOUN_BEFORE, NOUN_AFTER = 6, 8  # words between an issuing verb and its document's noun
_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_FULL_STOP = re.compile(r"[.!?؟]\s*$|[.!?؟]\s")


class _Issue(NamedTuple):
    """A sentence that issues a document: where it starts, its issuers, the document's date,
    and the span of `declares the following` when it says so."""

    start: int
    issuers: tuple[Mention, ...]
    date: str | None
    said: tuple[int, int] | None
    kind: str = "announcement"  # of its words that bind no one: `reports the following`: report


class _Text:
    """What the passages read so far tell about documents and dates."""

    def __init__(self, language: str, published: str | None = None) -> None:
        self.words = speech_words.load(cue_words.load(language))
        self.published = published  # the day of a text that is the document itself
        self.issuers: tuple[Mention, ...] = ()
        self.issued: str | None = None
        self.kind = "announcement"  # of the document's words that bind no one
        self.previous: Speech | None = None
        self.previous_date: str | None = None

    def issue(self, issue: _Issue) -> None:
        """Learn a document issued: what its issuers say later is theirs, of its day."""
        self.issuers, self.issued, self.kind = issue.issuers, issue.date, issue.kind


def settle(readings: list[PassageReading], language: str, published: str | None = None) -> None:
    """Settle the statements of a text's passages (see the module's docstring)."""
    state, points = _Text(language, published), statement_points.Points()
    first = True
    for reading in readings:
        if reading.passage.not_content is not None:
            continue
        if first and _headline(reading.passage.text):
            reading.speech = []
            _heading(reading, state)
        first = False
        issued = _issuing(reading, state)
        statement_points.read(reading, points, _opening(reading, state, issued), language)
        _declare(reading, issued)
        settled = []
        for speech in reading.speech:
            while issued and issued[0].start <= speech.cue_start:
                state.issue(issued.pop(0))
            settled.append(_settled(reading, state, speech))
        reading.speech = [
            statement_kinds.refined(
                s, reading.passage.text, reading.tokens, reading.named, state.words.cues
            )
            for s in settled
        ]
        if issued:  # a sentence after the passage's last statement
            state.issue(issued[-1])


def _opening(reading: PassageReading, state: _Text, issued: list[_Issue]) -> tuple[Mention, ...]:
    """Return the issuers of the document whose points a passage opens: those of its last
    issuing sentence, else, when it ends with a colon and names them, those of the document
    known before (a headline's: بيان إدارة X ... تتابع إدارة X ... في النقاط الآتية:)."""
    if issued:
        return issued[-1].issuers
    named = {m.entity.id for m in reading.named}
    colon = reading.passage.text.rstrip().endswith(":")
    return state.issuers if colon and named & {m.entity.id for m in state.issuers} else ()


def _declare(reading: PassageReading, issued: list[_Issue]) -> None:
    """Make each `X declares the following` a statement of its issuers (an announcement of
    the verb and `the following`), in place of what its verb drafted."""
    for issue in issued:
        if issue.said is None:
            continue
        start, end = issue.said
        kept = [s for s in reading.speech if not start <= s.cue_start < end]
        said = Speech("announcement", start, end, start, end, issue.issuers, (), date=issue.date)
        reading.speech = sorted([*kept, said], key=lambda s: s.cue_start)


def _headline(text: str) -> bool:
    return len(text.split()) <= HEADLINE_WORDS and not _FULL_STOP.search(text)


def _heading(reading: PassageReading, state: _Text) -> None:
    """A headline that names a document (Заявление МИД России, بيان وزارة الدفاع) names its
    issuers: the actors it names."""
    words = state.words
    nouns = words.cues.found(words.documents, reading.tokens)
    if nouns:
        issuers = _issuers(reading, (0, len(reading.passage.text)), words.cues.language)
        if issuers:
            state.issuers, state.issued = issuers, state.published


def _issuing(reading: PassageReading, state: _Text) -> list[_Issue]:
    """Return each sentence of the passage that issues a document: its issuers and date."""
    words, tokens = state.words, reading.tokens
    nouns = [at for at, _ in words.cues.found(words.documents, tokens)]
    found: list[_Issue] = []
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
        issuers = _declarer(reading, at, sentence, language) if follows is not None else ()
        issuers = issuers or _issuers(reading, sentence, language)
        if issuers:
            clause = sentence if follows is None else _clause(reading.passage.text, at, tokens)
            dated = [str(d.edtf) for d in reading.dates if clause[0] <= d.start < clause[1]]
            day = None if follows is None else state.published  # the text is the document
            said = None if follows is None else (tokens[at].start, follows)
            reports = said is not None and names.fold(tokens[at].text) in words.issuing_reports
            kind = "report" if reports else "announcement"
            found.append(_Issue(sentence[0], issuers, dated[0] if dated else day, said, kind))
    return found


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
    clause = re.split(r"[.!?؟;:,،]", rest, maxsplit=1)[0]
    folded = clause.casefold()
    for phrase in FOLLOWING:
        at = folded.find(phrase)
        if at >= 0 and (at == 0 or not folded[at - 1].isalnum()):
            return end + at + len(phrase)
    return None


def _declarer(
    reading: PassageReading, at: int, sentence: tuple[int, int], language: str
) -> tuple[Mention, ...]:
    """Return who declares `the following`: the actor next to the verb (token `at`), on the
    side the language puts its subject (`..., تعلن وزارة الخارجية ما يلي`), with those named
    in a row with it."""
    actors = [
        m
        for m in reading.named
        if m.entity.label == "Actor"
        and not outlet(m.entity)
        and sentence[0] <= m.start < sentence[1]
    ]
    if language not in VERB_FIRST:  # МИД России сообщает следующее, X declares the following
        side = [m for m in actors if m.last < at][-1:]
        gap = at - side[0].last - 1 if side else ADJACENT + 1
    else:  # the subject after the verb, else it is the sentence's (تتابع الوزارة ... وتعلن)
        side = [m for m in actors if m.first > at][:1]
        gap = side[0].first - at - 1 if side else ADJACENT + 1
    if gap > ADJACENT:
        return ()
    near, text = side[0], reading.passage.text
    row = with_joined(text, near, actors, language)
    if language not in VERB_FIRST and row[-1] is near and not ends_in_and(text, row):
        return (near,)  # `..., the President of Russia, the Ministry reports the following`
    return row


def _issuers(
    reading: PassageReading, sentence: tuple[int, int], language: str
) -> tuple[Mention, ...]:
    actors = [
        m
        for m in reading.named
        if m.entity.label == "Actor"
        and not outlet(m.entity)
        and sentence[0] <= m.start < sentence[1]
    ]
    persons = [m for m in actors if m.entity.kind == "person"] or [
        m for m in actors if m.entity.kind in PERSON_KINDS and " " in m.entity.name_en
    ]  # else a name of two words proposed without a title (Ilham Aliyev)
    first = persons[0] if persons else actors[0] if actors else None
    if first is None:
        return ()
    text = reading.passage.text
    return with_joined(
        text, first, [m for m in reading.named if m.entity.label == "Actor"], language
    )


def _settled(reading: PassageReading, state: _Text, speech: Speech) -> Speech:
    """Return a statement with its document's issuers, kind and date, and its date."""
    date = _own_date(reading, speech, outside=True)
    if speech.document:
        if state.issuers:
            speech = replace(speech, speakers=state.issuers)
            date = date or state.issued
        else:
            state.issuers = speech.speakers
        tokens = [t for t in reading.tokens if speech.start <= t.start < speech.end]
        bound = state.words.cues.found(state.words.commitments, tokens)
        if speech.kind in ("announcement", "claim"):  # not a first-person verb's (we call)
            speech = replace(speech, kind="commitment" if bound else state.kind)
    issuers = {m.entity.id for m in state.issuers}
    if date is None and issuers and {m.entity.id for m in speech.speakers} <= issuers:
        date = state.issued  # the issuers speak in their document, on its day
    previous = state.previous
    if date is None and previous is not None and state.previous_date:
        ids = {m.entity.id for m in speech.speakers}
        if ids & {m.entity.id for m in previous.speakers}:
            date = state.previous_date
    date = date or _own_date(reading, speech, outside=False) or _passage_date(reading, speech)
    state.previous, state.previous_date = speech, date
    return replace(speech, date=date) if date else speech


def _passage_date(reading: PassageReading, speech: Speech) -> str | None:
    """Return the one day the passage's sentence right before the statement's gives (`By
    Monday afternoon the tone had changed. X admitted ...`), if any."""
    sentence = sentence_of(reading.spans, speech.cue_start)
    index = bisect_left(reading.spans, sentence) - 1
    if index < 0:
        return None
    before = reading.spans[index]
    days = {str(d.edtf) for d in reading.dates if before[0] <= d.start < before[1]}
    day = next(iter(days)) if len(days) == 1 else None
    return day if day and _A_DAY.fullmatch(day) else None  # not `earlier`, not a month


def _own_date(reading: PassageReading, speech: Speech, *, outside: bool) -> str | None:
    """Return the date of the statement's sentence: `outside` its words and near its verb
    (said on Tuesday), else the first one of its sentence or of its words' sentence."""
    if outside:
        sentence = sentence_of(reading.spans, speech.cue_start)
        words = WordCount(reading.passage.text)
        for date in reading.dates:
            if (
                not sentence[0] <= date.start < sentence[1]
                or speech.start <= date.start < speech.end
            ):
                continue
            low, high = sorted((date.start, speech.cue_start))
            if words(low, high) <= DATE_NEAR:
                return str(date.edtf)
        return None
    for at in (speech.cue_start, speech.start):
        sentence = sentence_of(reading.spans, at)
        dated = [d for d in reading.dates if sentence[0] <= d.start < sentence[1]]
        if dated:
            return str(dated[0].edtf)
    return None
