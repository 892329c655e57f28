"""Candidate statements: where a reporting verb introduces speech, who spoke and their words.

The reported words are, in this order of preference: the clause opened by a complementiser
after the verb (أن، إن / that / что) to the end of the sentence; the first quotation after
the verb; the words after a colon; a quotation before the verb (`"...", he said`); else the rest
of the sentence (up to a full stop, even one inside a quotation). A complementiser, colon or
quotation counts only near the verb. A second reporting verb that a comma sets off ends the
words (`..., ودعت`).

The speaker is the actor named next to the verb, on the side the language puts its subject
first (after the verb in Arabic and Russian, before it in English), then on the other side;
then an actor designated next to the verb by its kind (`the ministry added`: the ministry the
text named last); else the nearest actor named before it in the sentence, after it, before
it in the passage, and last inside the reported words. Actors named in a row with it
(`روسيا الاتحادية وفرنسا`, `Russia and France`) speak with it.

`according to X` (and بحسب، по словам) attributes to X the clause before the phrase, or the
words after X when the phrase opens the sentence; without an X named it continues the
passage's last statement (`according to these data`).

An outlet (relays.py: an actor of an outlet's kind, or named after `как сообщает`, `نقلا عن`)
is never the speaker but the statement's relay (`reported_via`). A document phrase (`the
statement says`, وجاء في البيان, согласно заявлению) with no actor named speaks for the actor
the text named last. Words that are only names and titles, or a parenthesis, are no statement.

A passage drafts at most MAX_STATEMENTS statements, and the words of each are at most a
quote's length (reported_words). Each verb looks only near itself (names, quotations and
statements are looked up by bisection), so a passage that is one long sentence costs time in
proportion to its length.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from kb_service.curation.drafting import budget
from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.joined_names import with_joined
from kb_service.curation.drafting.mentions import (
    Entity,
    Mention,
    designated,
    first_after,
    last_before,
)
from kb_service.curation.drafting.relays import relays
from kb_service.curation.drafting.reported_words import (
    MIN_WORDS,
    Span,
    Wording,
    reported,
    says_more,
    trimmed,
)
from kb_service.curation.drafting.tokens import Token, WordCount, quoted_spans, sentence_of

ADJACENT = 3  # words between a verb and the name of its speaker, at most
MAX_STATEMENTS = 10  # statements drafted from one passage, at most (a paragraph holds a few)
SUBJECT_FIRST = {"en"}  # languages that put the subject before the verb


@dataclass(frozen=True)
class Speech:
    """A candidate statement in one passage: its kind, verb, reported words and speakers."""

    kind: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    speakers: tuple[Mention, ...]
    about: tuple[Mention, ...]
    via: tuple[Mention, ...] = ()  # the relays named in its sentence (relays.py)
    document: bool = False  # a document speaks (`the statement says`): its issuers speak


@dataclass
class _Passage:
    """One passage being read: its words, names, and the statements found. Names, actors and
    designators are in order, so that the ones near a verb are found by bisection."""

    wording: Wording
    mentions: list[Mention]
    actors: list[Mention]
    designated: list[Mention]
    language: str
    relays: list[Mention]
    found: list[Speech] = field(default_factory=list)
    spans: set[Span] = field(default_factory=set)

    @property
    def text(self) -> str:
        return self.wording.text

    @property
    def tokens(self) -> list[Token]:
        return self.wording.tokens


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
    in_names = {at for m in mentions for at in range(m.first, m.last + 1)}
    name_ends: dict[int, int] = {}
    for mention in mentions:
        name_ends.setdefault(mention.first, mention.end)
    wording = Wording(
        text, tokens, quoted_spans(text), WordCount(text), cues.complementisers, name_ends
    )
    relayed = relays(tokens, mentions, cues.language)
    passage = _Passage(
        wording,
        mentions,
        [m for i, m in enumerate(mentions) if m.entity.label == "Actor" and i not in relayed],
        designated(tokens, mentions, cues, named_before, in_names),
        cues.language,
        [m for i, m in enumerate(mentions) if i in relayed],
    )
    verbs = [(at, p) for at, p in cues.found(cues.reporting, tokens) if at not in in_names]
    for (at, phrase), later in zip(verbs, _set_off(text, tokens, verbs), strict=True):
        if len(passage.found) >= MAX_STATEMENTS:
            break
        budget.check()
        after = at + len(phrase.words)
        start, end = sentence_of(spans, tokens[at].start)
        if later is not None and tokens[later].start < end:
            end = tokens[later - 1].end  # the words end before the next verb a comma sets off
        sentence = (start, end)
        heard = (_attributed if phrase.attribution else _spoken)(passage, at, after, sentence)
        if heard is None and phrase.document and named_before:  # the statement says: its issuer
            heard = _of_document(passage, at, after, sentence, named_before[-1])
        if heard is None or heard[0] in passage.spans:
            continue
        if says_more(passage.wording, passage.mentions, passage.language, heard[0]):
            _add(passage, phrase, at, heard, sentence)
    return passage.found


def _of_document(
    passage: _Passage, at: int, after: int, sentence: Span, issuer: Entity
) -> tuple[Span, tuple[Mention, ...]] | None:
    """`The statement says ...` without an actor named: its words (else the clause before
    it: `..., the statement says`), issued by the actor the text named last."""
    phrase_start = passage.tokens[at].start
    words = reported(passage.wording, after, sentence)
    words = words or trimmed(passage.text, sentence[0], phrase_start, phrase_start - 1)
    return (words, (Mention(issuer, -1, -1, -1, -1),)) if words else None


def _add(
    passage: _Passage,
    phrase: Phrase,
    at: int,
    heard: tuple[Span, tuple[Mention, ...]],
    sentence: Span,
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
    via = tuple(m for m in passage.relays if sentence[0] <= m.start < sentence[1])
    passage.found.append(
        Speech(
            phrase.term,
            *(tokens[at].start, cue_end, start, end),
            *(speakers, tuple(about), via, phrase.document),
        )
    )
    passage.spans.add((start, end))


def _set_off(text: str, tokens: list[Token], verbs: list[tuple[int, Phrase]]) -> list[int | None]:
    """Return, for each verb, the first token of the next verb that a comma sets off
    (`..., ودعت السلطات`), if any: the words a verb reports end before it, in its sentence."""
    found: list[int | None] = []
    following: int | None = None
    for at, _ in reversed(verbs):
        found.append(following)
        before = text[tokens[at - 1].end : tokens[at].start] if at > 0 else ""
        if "," in before or "،" in before:
            following = at
    return found[::-1]


def _spoken(
    passage: _Passage, at: int, after: int, sentence: Span
) -> tuple[Span, tuple[Mention, ...]] | None:
    """A verb of speech: its words, and its speaker."""
    words = reported(passage.wording, after, sentence)
    if words is None:
        return None
    speakers = _speakers(passage, at, after - 1, words, sentence)
    return (words, speakers) if speakers else None


def _attributed(
    passage: _Passage, at: int, after: int, sentence: Span
) -> tuple[Span, tuple[Mention, ...]] | None:
    """`according to X`: see the module's docstring."""
    actors = passage.actors
    index = bisect_left(actors, after, key=lambda m: m.first)
    # The source is named right after the phrase, or after one word (`according to the ministry`).
    source = actors[index] if index < len(actors) and actors[index].first <= after + 1 else None
    if any(after <= relay.first <= after + 2 for relay in passage.relays):
        return None  # according to an outlet: it relays the words of a speaker named elsewhere
    if source is None:
        if not passage.found:
            return None
        words = reported(passage.wording, after, sentence)
        return (words, passage.found[-1].speakers) if words else None
    text, phrase_start = passage.text, passage.tokens[at].start
    if passage.wording.count(sentence[0], phrase_start) < MIN_WORDS:  # the phrase opens it
        words = reported(passage.wording, source.last + 1, sentence)
    else:  # the clause before the phrase; when long, its end
        words = trimmed(text, sentence[0], phrase_start, phrase_start - 1)
    return (words, with_joined(text, source, actors)) if words else None


def _speakers(
    passage: _Passage, first: int, last: int, words: Span, sentence: Span
) -> tuple[Mention, ...]:
    """Return who speaks a verb (tokens `first` to `last`) reporting `words`."""
    actors, s_start, s_end = passage.actors, *sentence

    def outside(m: Mention) -> bool:
        return not (words[0] <= m.start and m.end <= words[1])

    def free(m: Mention) -> bool:  # nor inside words another verb reports
        return outside(m) and not any(s <= m.start and m.end <= e for s, e in passage.spans)

    chosen = _next_to(
        last_before(actors, first, outside, s_start),
        first_after(actors, last, outside, s_end),
        first,
        last,
        passage.language,
    )
    if chosen is None:

        def undesignated(m: Mention) -> bool:
            return not (words[0] <= m.start < words[1])

        designated = passage.designated
        chosen = _next_to(
            last_before(designated, first, undesignated, 0),
            first_after(designated, last, undesignated, len(passage.text)),
            first,
            last,
            passage.language,
        )
    if chosen is None:  # further away
        chosen = last_before(actors, first, free, s_start) or first_after(actors, last, free, s_end)
    if chosen is None:  # before it in the passage, else inside the words
        chosen = last_before(actors, first, outside, 0) or first_after(
            actors, -1, lambda m: not outside(m), words[1], words[0]
        )
    if chosen is None:
        return ()
    return with_joined(passage.text, chosen, actors)


def _next_to(
    before: Mention | None, after: Mention | None, first: int, last: int, language: str
) -> Mention | None:
    """Return the mention next to the verb, on the side the language puts its subject first."""
    near_after = after if after is not None and after.first - last - 1 <= ADJACENT else None
    near_before = before if before is not None and first - before.last - 1 <= ADJACENT else None
    if language in SUBJECT_FIRST:
        return near_before or near_after
    return near_after or near_before
