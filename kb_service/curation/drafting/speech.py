"""Candidate statements: where a reporting verb introduces speech, who spoke and their words.

The verbs are cues.yaml's and reported_speech.yaml's (speech_words.py), but a verb inside a
phrase that reports nothing (what he called), inside an outlet's own-report phrase, inside a
name, or inside the words of a statement already drafted in the passage (the Kremlin announced
that Putin invited ...: one statement).

The reported words are, in this order of preference: the clause opened by a complementiser
after the verb (أن، إن / that / что) to the end of the sentence; the first quotation after
the verb; the words after a colon; a quotation before the verb (`"...", he said`); else the rest
of the sentence (up to a full stop, even one inside a quotation). A complementiser, colon or
quotation counts only near the verb. A second reporting verb that a comma sets off, or a comma
and a joining word (`..., فيما أكد`, `..., while`), ends the words.

The speaker is chosen by speakers.py (the actor next to the verb, a designator, the nearest
actor; a person named with their titles in a row speak together). speech_forms.py reads the
forms without a plain subject: `according to X`, a document that speaks (`the statement says`,
وأضاف البيان) for its issuers (statement_context.py), words that point back (Об этом X сообщил), an
outlet's own report. An outlet (relays.py) is never the speaker of another's words but their
relay (`reported_via`). Words that are only names and titles, or a parenthesis, are no
statement. (The two sides accusing each other, each blaming the other: reciprocal.py.)

A passage drafts at most MAX_STATEMENTS statements, and the words of each are at most a
quote's length (wording.trimmed). Each verb looks only near itself (names, quotations and
statements are looked up by bisection), so a passage that is one long sentence costs time in
proportion to its length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import islice

from kb_service.curation.drafting import budget, name_rules, speech_words
from kb_service.curation.drafting.content_words import says_more
from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.mentions import Entity, Mention, designated
from kb_service.curation.drafting.outlet_reports import own_outlet, own_reports
from kb_service.curation.drafting.relays import relays
from kb_service.curation.drafting.speakers import SUBJECT_FIRST
from kb_service.curation.drafting.speech_forms import (
    Heard,
    attributed,
    document_subject,
    of_document,
    spoken,
)
from kb_service.curation.drafting.speech_types import Speech, SpeechPassage
from kb_service.curation.drafting.tokens import COMMA, Token, WordCount, quoted_spans, sentence_of
from kb_service.curation.drafting.wording import Span, Wording
from kb_service.curation.drafting.words_before import clause_final, fronted, pointing_back

MAX_STATEMENTS = 10  # statements drafted from one passage, at most (a paragraph holds a few)
JOINING_NEAR = 3  # words of a phrase that joins a second verb (في حين), at most

__all__ = ["MAX_STATEMENTS", "Speech", "find"]


def find(
    text: str,
    tokens: list[Token],
    mentions: list[Mention],
    spans: list[Span],
    cues: Cues,
    named_before: Sequence[Entity] = (),
) -> list[Speech]:
    """Return the candidate statements of one passage (at most MAX_STATEMENTS), whose
    sentences are `spans`. `named_before` are the actors the text named in earlier passages,
    in order (what a designator such as `the ministry` stands for)."""
    budget.check()
    passage = _passage(text, tokens, mentions, cues, named_before, spans)
    verbs = _verbs(passage, tokens, mentions)
    joining = passage.words.spans(passage.words.joining, tokens)
    reported_until = -1  # a verb inside the words of a statement drafted is not another one
    for (at, phrase), later in zip(verbs, _set_off(text, tokens, verbs, joining), strict=True):
        if len(passage.found) >= MAX_STATEMENTS:
            break
        budget.check()
        if tokens[at].start < reported_until:
            continue
        start, end = sentence_of(spans, tokens[at].start)
        if later is not None and tokens[later].start < end:
            end = tokens[later - 1].end  # the words end before the next verb a comma sets off
        heard, document = _heard(passage, phrase, at, (start, end), named_before, spans)
        if heard is None or heard[0] in passage.spans:
            continue
        heard = _added(passage, at, heard)
        if says_more(passage.wording, passage.mentions, passage.language, heard[0]):
            _add(passage, phrase, at, heard, (start, end), document)
            if heard[0][0] > tokens[at].start:
                reported_until = max(reported_until, heard[0][1])
    for first, last, heard in own_reports(passage, [at for at, _ in verbs], spans):
        if len(passage.found) < MAX_STATEMENTS and heard[0] not in passage.spans:
            report = Phrase(tuple(t.folded for t in tokens[first:last]), "report")
            _add(passage, report, first, heard, sentence_of(spans, tokens[first].start))
    return passage.found


def _added(passage: SpeechPassage, at: int, heard: Heard) -> Heard:
    """A verb of adding with no subject next to it (ثم أضاف: "...") goes on with the speakers
    of the passage's statement before it, not a name between them."""
    if not passage.found or passage.tokens[at].folded not in passage.words.adding:
        return heard
    near = {at - 2, at - 1, at + 1, at + 2}
    if any(m.first in near or m.last in near for m in heard[1]):
        return heard
    return heard[0], passage.found[-1].speakers


def _verbs(
    passage: SpeechPassage, tokens: list[Token], mentions: list[Mention]
) -> list[tuple[int, Phrase]]:
    # The reporting verbs outside names, not negated, passive (أُعلنت) or of the text's own
    # report, and not next to the words of an unnamed speaker (observers said: no one named).
    words = passage.words
    cues = words.cues
    in_names = {at for m in mentions for at in range(m.first, m.last + 1)}
    no_verb = words.spans(words.not_reporting, tokens) | _own_report_phrases(passage, tokens)
    verbs = [
        (at, p)
        for at, p in cues.found(cues.reporting, tokens)
        if at not in in_names and at not in no_verb and not tokens[at].passive
    ]
    unnamed = words.spans(words.unnamed, tokens)
    return [(at, p) for at, p in verbs if not unnamed & {at - 1, at - 2, at + len(p.words)}]


def _own_report_phrases(passage: SpeechPassage, tokens: list[Token]) -> set[int]:
    """Return the tokens of the own-report phrases of an outlet (reported RIA Novosti, AZERTAC
    reported.): no verb of another's words there. Elsewhere (X, citing Y, reported that; TASS
    reported, quoting Y) they are verbs."""
    words = passage.words
    return {
        k
        for at, p in words.cues.found(words.own_report, tokens)
        if own_outlet(passage, at, at + len(p.words)) is not None
        for k in range(at, at + len(p.words))
    }


def _passage(
    text: str,
    tokens: list[Token],
    mentions: list[Mention],
    cues: Cues,
    named_before: Sequence[Entity],
    sentences: list[Span],
) -> SpeechPassage:
    """Return the passage as speech reads it: its words, actors, designators, relays and
    sentences."""
    words = speech_words.load(cues)
    in_names = {at for m in mentions for at in range(m.first, m.last + 1)}
    designators = _designators(text, tokens, mentions, words, named_before, in_names)
    name_ends: dict[int, int] = {}
    for mention in [*mentions, *designators]:  # a designator names its actor (the minister)
        name_ends.setdefault(mention.first, mention.end)
    wording = Wording(
        text,
        tokens,
        quoted_spans(text),
        WordCount(text),
        cues.complementisers,
        name_ends,
        cues.language in SUBJECT_FIRST,
        *(words.tails, words.set_off, words.relatives, words.demonstrated),
        name_rules.titled_ends(cues.language, tokens, mentions),
        *(words.inserted, words.subject_verbs),
    )
    relayed = relays(text, tokens, mentions, cues.language)
    return SpeechPassage(
        wording,
        mentions,
        [m for i, m in enumerate(mentions) if m.entity.label == "Actor" and i not in relayed],
        designators,
        cues.language,
        [m for i, m in enumerate(mentions) if i in relayed],
        words,
        sentences=sentences,
    )


def _designators(
    text: str,
    tokens: list[Token],
    mentions: list[Mention],
    words: speech_words.SpeechWords,
    named_before: Sequence[Entity],
    in_names: set[int],
) -> list[Mention]:
    """Return the designators of a passage (mentions.designated) but a role right before a
    name, its title (президент Азербайджана Алиев), and a kind's word right before one, its
    head (агентство «Арменпресс», the agency Anadolu), but not past a comma (сообщили в
    ведомстве, вооруженные силы Армении ...). A pronoun is no one's title (сказал он, Россия и
    ...), nor is a person's role before a place or a state only (واتهم الرئيس الأذربيجاني يريفان:
    the president accused Yerevan)."""
    starts = {m.first for m in mentions}
    titled = {m.first for m in mentions if not _where(m.entity)}

    def before_name(d: Mention) -> bool:
        if tokens[d.first].folded in words.pronouns:
            return False
        if d.entity.kind != "person":
            after = tokens[d.last + 1].start if d.last + 1 < len(tokens) else len(text)
            return d.last + 1 in starts and not COMMA.search(text, d.end, after)
        return bool(titled & {d.last + 1, d.last + 2, d.last + 3})

    found = designated(tokens, mentions, words.cues, named_before, in_names, words.oblique)
    return [d for d in found if not before_name(d)]


def _where(entity: Entity) -> bool:
    """Tell whether an entry is a place or a state: a role before it is no title of it."""
    return entity.label == "Place" or entity.kind == "state"


def _heard(
    passage: SpeechPassage,
    phrase: Phrase,
    at: int,
    sentence: Span,
    named_before: Sequence[Entity],
    spans: list[Span],
) -> tuple[Heard | None, bool]:
    """Return the words a verb or phrase reports and who speaks them (speech_forms.py), and
    whether a document speaks them."""
    after = at + len(phrase.words)
    if phrase.attribution:
        return attributed(passage, at, after, sentence, named_before), False
    index = bisect_right(spans, sentence[0], key=lambda span: span[0]) - 1
    previous = spans[index - 1] if index > 0 else None
    if phrase.document:
        return of_document(passage, at, sentence, named_before, previous, after), True
    back = pointing_back(passage, at, after, sentence, previous) or fronted(passage, at, sentence)
    if back is not None:
        return back, False
    subject = document_subject(passage, at, after, sentence, named_before)
    if subject is not None:
        return subject, True
    if phrase.term in ("denial", "accusation"):  # Ереван свою причастность отрицает.
        final = clause_final(passage, at, after, sentence)
        if final is not None:
            return final, False
    return spoken(passage, at, after, sentence, named_before), False


def _add(
    passage: SpeechPassage,
    phrase: Phrase,
    at: int,
    heard: tuple[Span, tuple[Mention, ...]],
    sentence: Span,
    document: bool = False,
) -> None:
    """Add a statement: its words, its speakers, and the names its words hold besides them."""
    (start, end), speakers = heard
    spoken = {s.entity.id for s in speakers}
    mentions = passage.mentions
    about = []
    for mention in islice(mentions, bisect_left(mentions, start, key=lambda m: m.start), None):
        if mention.start >= end:
            break
        if mention.end <= end and mention.entity.id not in spoken:
            about.append(mention)
    tokens = passage.tokens
    cue_end = tokens[at + len(phrase.words) - 1].end
    via = tuple(
        m
        for m in passage.relays
        if sentence[0] <= m.start < sentence[1] and m.entity.id not in spoken
    )
    passage.found.append(
        Speech(
            phrase.term,
            *(tokens[at].start, cue_end, start, end),
            *(speakers, tuple(about), via, document),
        )
    )
    passage.spans.add((start, end))


def _set_off(
    text: str, tokens: list[Token], verbs: list[tuple[int, Phrase]], joining: set[int]
) -> list[int | None]:
    """Return, for each verb, the first token of the next verb that a comma sets off
    (`..., ودعت السلطات`), or a comma and a joining word (`..., فيما أكد`, `..., while X
    said`), if any: the words a verb reports end before it, in its sentence."""
    found: list[int | None] = []
    following: int | None = None
    for at, _ in reversed(verbs):
        found.append(following)
        first = at
        while first - 1 in joining and at - first < JOINING_NEAR:
            first -= 1  # the joining words before the verb
        if first == at and at - 1 > 0 and at - 2 in joining:
            first = at - 2  # `, while Aliyev said`: a name between
        before = text[tokens[first - 1].end : tokens[first].start] if first > 0 else ""
        if "," in before or "،" in before:
            following = first
    return found[::-1]
