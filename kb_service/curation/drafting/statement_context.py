"""What a text's statements owe to the text around them, read once over its passages in order:

- a headline (the first passage of content, a few words and no full stop) drafts no statement:
  the body reports the same words with their speaker and day. A headline that names a document
  (Заявление МИД России) names its issuers, for whom its body speaks (Мы призываем); the
  institution right after its noun (بيان صحفي لوزارة الخارجية الروسية بشأن ...) declares the
  body's `the following` that names no one, whoever else the headline names, and an
  information (Информация Министерства ...) makes its points reports;
- a sentence that issues a document (signed a statement, أصدرت بيانا, declare the following)
  makes its persons (else the actors in a row with the first one it names) the document's
  issuers, and its date the document's: what the document says later (the statement says,
  وأضاف البيان, согласно заявлению) they say, on that day; without issuers known, a document
  speaks for those it spoke for before. A text that is the document itself (its headline
  names it, or its issuers `declare the following`) is of the day it is published, when the
  issuing sentence gives none (document_issues.py);
- the body of a document the text is (its headline is the document's title and names its
  issuers: Information of the Ministry ...; or a banner names its issuer: Amnesty International
  | Public statement | London, 5 October 2020; document_titles.py) speaks for those issuers, on
  its day, sentence by sentence, where no statement is drafted in a sentence already (its
  unnumbered passages);
- a passage that ends with a colon and names the headline's issuers opens their points
  (statement_points.py);
- a document's words that hold an obligation (will, должен, اتفقا) are a commitment, else an
  announcement (a report, in a document that reports: сообщает следующее);
- a statement whose sentence gives no date has the date of its words' sentence or the one
  day the sentence before gives, else that of the last statement of a speaker of its, whoever
  spoke between (`Harutyunyan said on Sunday ...`, the ministry's figures, then `Harutyunyan
  said ...`). Whom a document's point quotes (3. ..., the Minister said) speaks on a day its
  sentence gives beside the words, else on the document's: not a day the words name (the
  statement of 9 November).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from kb_service.curation.drafting import cues as cue_words
from kb_service.curation.drafting import (
    document_issues,
    document_titles,
    speech_words,
    statement_kinds,
    statement_points,
)
from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.document_issues import Issue
from kb_service.curation.drafting.mentions import Mention, a_person
from kb_service.curation.drafting.passage_reading import PassageReading, after_publication
from kb_service.curation.drafting.speech_types import Speech
from kb_service.curation.drafting.tokens import WordCount, sentence_of
from kb_service.curation.drafting.wording import trimmed

HEADLINE_WORDS = 20  # words of a headline, at most
TITLE_WORDS = 30  # and of a document's title, which opens with its noun (Statement of ...)
DATE_NEAR = 8  # words between a verb and the date of its words (said on Tuesday), at most
ISSUER_GAP = 1  # words between a headline's document noun and its issuer (بيان صحفي ل...), at most
INSTITUTIONS = frozenset({"ministry", "government"})
_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_FULL_STOP = re.compile(r"[.!?؟]\s*$|[.!?؟]\s")


class _Text:
    """What the passages read so far tell about documents and dates."""

    def __init__(self, language: str, published: str | None = None) -> None:
        self.words = speech_words.load(cue_words.load(language))
        self.published = published  # the day of a text that is the document itself
        self.issuers: tuple[Mention, ...] = ()
        self.headline: tuple[Mention, ...] = ()  # issuers of the document the text is
        self.body = False  # its headline opens with the document's noun: its body speaks
        self.noun_issuer: tuple[Mention, ...] = ()  # the institution its headline's noun is of
        self.issued: str | None = None
        self.kind = "announcement"  # of the document's words that bind no one
        self.spoken: dict[str, str | None] = {}  # the date of each speaker's last statement

    def issue(self, issue: Issue) -> None:
        """Learn a document issued: what its issuers say later is theirs, of its day."""
        self.issuers, self.issued, self.kind = issue.issuers, issue.date, issue.kind


def settle(readings: list[PassageReading], language: str, published: str | None = None) -> None:
    """Settle the statements of a text's passages (see the module's docstring)."""
    state, points = _Text(language, published), statement_points.Points()
    banner = document_titles.banner_issuer(readings)
    if banner is not None:  # Amnesty International | Public statement | London, 5 October
        issuer, day = banner
        state.issuers = state.headline = (issuer,)
        state.published = state.issued = day or published  # the document's own day
        state.body = True
    first = True
    for reading in readings:
        if reading.passage.not_content is not None:
            continue
        if first and _headline(reading, state):
            reading.speech = []
            _heading(reading, state)
        first = False
        declarer = state.headline or state.noun_issuer  # of a `the following` naming no one
        issued = document_issues.issuing(reading, state.words, state.published, declarer)
        declared = bool(issued) and issued[-1].said is not None
        opening = _opening(reading, state, issued)
        statement_points.read(reading, points, opening, language, declared=declared)
        _declare(reading, issued)
        if state.body and not _headline(reading, state):
            _body(reading, state, language)
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


def _opening(reading: PassageReading, state: _Text, issued: list[Issue]) -> tuple[Mention, ...]:
    """Return the issuers of the document whose points a passage opens: those of its last
    issuing sentence, else, when it ends with a colon and names them, those of the document
    known before (a headline's: بيان إدارة X ... تتابع إدارة X ... في النقاط الآتية:), else
    those of the document the text is, as its headline names it (Заявление Офиса X: its
    numbered points are the Office's, whatever the passage before them says)."""
    if issued:
        return issued[-1].issuers
    named = {m.entity.id for m in reading.named}
    colon = reading.passage.text.rstrip().endswith(":")
    if colon and named & {m.entity.id for m in state.issuers}:
        return state.issuers
    return state.headline


def _body(reading: PassageReading, state: _Text, language: str) -> None:
    """Make each sentence of the body of the document the text is (its headline opens with the
    document's noun and names its issuers) a statement of the document, where the passage
    drafts none in it (`Об этом сообщил X`'s), is no numbered point (statement_points.py gives
    those) and does not open points (`... the following work:`): the headline's issuers speak
    it, on the document's day, and it binds them when its words do (will)."""
    text = reading.passage.text
    if statement_points.opens_point(text, language) or text.rstrip().endswith(":"):
        return
    said, issuers = [], state.headline
    for start, end in reading.spans:
        if any(
            (s.start < end and start < s.end) or start <= s.cue_start < end for s in reading.speech
        ):
            continue
        words = trimmed(text, start, end)
        if words is not None:
            said.append(
                Speech("announcement", start, start, *words, issuers, (), document=True, body=True)
            )
    reading.speech = sorted([*reading.speech, *said], key=lambda s: s.cue_start)


def _declare(reading: PassageReading, issued: list[Issue]) -> None:
    """Make each `X declares the following` a statement of its issuers (an announcement of
    the verb and `the following`), in place of what its verb drafted."""
    for issue in issued:
        if issue.said is None:
            continue
        start, end = issue.said
        kept = [s for s in reading.speech if not start <= s.cue_start < end]
        said = Speech("announcement", start, end, start, end, issue.issuers, (), date=issue.date)
        reading.speech = sorted([*kept, said], key=lambda s: s.cue_start)


def _headline(reading: PassageReading, state: _Text) -> bool:
    """Tell whether a passage is a headline: a few words, no full stop; a document's title,
    which opens with its noun, may run longer (Statement of the Ministry ... on ... and on ...)."""
    text = reading.passage.text
    count = len(text.split())
    if count > TITLE_WORDS or _FULL_STOP.search(text):
        return False  # the title is read only for a passage that may be one
    return count <= HEADLINE_WORDS or document_titles.titled(reading, state.words)


def _heading(reading: PassageReading, state: _Text) -> None:
    """A headline that names a document (Заявление МИД России, بيان وزارة الدفاع) names its
    issuers: the actors it names, or the one before its dash (وزارة ... - بيان صحفي: ...)."""
    words = state.words
    nouns = words.cues.found(words.documents, reading.tokens)
    if nouns:
        dashed = document_titles.dash_issuer(reading, words)  # وزارة ... - بيان صحفي: ...
        issuers = (
            (dashed,)
            if dashed
            else document_issues.issuers_of(
                reading, (0, len(reading.passage.text)), words.cues.language
            )
        )
        if issuers:
            state.issuers, state.issued = issuers, state.published
            if not any(a_person(m.entity) for m in issuers):  # not a readout of a person's meeting
                state.headline = issuers
                # a title (its dash issuer's, read above), not `X rejects Y's statement`
                state.body = dashed is not None or document_titles.titled(reading, words)
        state.noun_issuer = _issuer_of_noun(reading, nouns)
        if any(noun.words[0] in words.reporting_documents for _, noun in nouns):
            state.kind = "report"  # Информация Министерства ...: its points report


def _issuer_of_noun(
    reading: PassageReading, nouns: list[tuple[int, Phrase]]
) -> tuple[Mention, ...]:
    """Return the institution a headline's document is of, right after its noun (بيان صحفي
    لوزارة الخارجية الروسية بشأن محادثة لافروف ...): its issuer, not the persons it is about."""
    for at, noun in nouns:
        end = at + len(noun.words)
        for m in reading.named:
            if end <= m.first <= end + ISSUER_GAP and m.entity.kind in INSTITUTIONS:
                return (m,)
    return ()


def _settled(reading: PassageReading, state: _Text, speech: Speech) -> Speech:
    """Return a statement with its document's issuers, kind and date, and its date."""
    date = _own_date(reading, speech, outside=True)
    if speech.document:
        if speech.body:  # its headline's issuers, whatever the body issues after the headline
            date = date or state.published
        elif state.issuers:
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
    language = state.words.cues.language
    if date is None and issuers and statement_points.opens_point(reading.passage.text, language):
        date = _beside_words(reading, speech) or state.issued  # whom a point quotes: that day
    date = date or _own_date(reading, speech, outside=False) or _passage_date(reading, speech)
    ids = [m.entity.id for m in speech.speakers]
    if date is None:
        date = next((state.spoken[i] for i in ids if state.spoken.get(i)), None)
    if date and state.published and after_publication(date, state.published):
        date = None  # words are not spoken after the day they are reported (a plan for 2021)
    state.spoken.update(dict.fromkeys(ids, date))
    return replace(speech, date=date) if date else speech


def _passage_date(reading: PassageReading, speech: Speech) -> str | None:
    """Return the one day the passage's sentence right before the statement's gives (`By
    Monday afternoon the tone had changed. X admitted ...`), if any, but a document's (the
    statement signed on 10 November)."""
    sentence = sentence_of(reading.spans, speech.cue_start)
    index = bisect_left(reading.spans, sentence) - 1
    if index < 0:
        return None
    days = {str(d.edtf) for d in reading.written(reading.spans[index])}
    day = next(iter(days)) if len(days) == 1 else None
    return day if day and _A_DAY.fullmatch(day) else None  # not `earlier`, not a month


def _beside_words(reading: PassageReading, speech: Speech) -> str | None:
    """Return the first date of a statement's sentence outside its words."""
    sentence = sentence_of(reading.spans, speech.cue_start)
    dated = reading.spoken_on(sentence)
    return next((str(d.edtf) for d in dated if not speech.start <= d.start < speech.end), None)


def _own_date(reading: PassageReading, speech: Speech, *, outside: bool) -> str | None:
    """Return the date of the statement's sentence that words can be spoken on: `outside` its
    words and near its verb (said on Tuesday), else the first one of its sentence or of its
    words' sentence."""
    if outside:
        sentence = sentence_of(reading.spans, speech.cue_start)
        words = WordCount(reading.passage.text)
        for date in reading.spoken_on(sentence):  # not `since the 10th`, a year, a day ahead
            if speech.start <= date.start < speech.end:
                continue
            low, high = sorted((date.start, speech.cue_start))
            if words(low, high) <= DATE_NEAR:
                return str(date.edtf)
        return None
    for at in (speech.cue_start, speech.start):
        sentence = sentence_of(reading.spans, at)
        dated = reading.spoken_on(sentence)
        if dated:
            return str(dated[0].edtf)
    return None
