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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.tokens import SENTENCE_END, Token, quoted_spans, sentence_of

ADJACENT = 3  # words between a verb and the name of its speaker, at most
QUOTE_NEAR = 6  # a quotation further from its verb than this many words is not its words
COLON_NEAR = 6  # likewise a colon
OPENER_NEAR = 8  # and a complementiser
MIN_WORDS = 2  # reported words shorter than this are not a statement
_TRIM = " \t.,،:;؛!?؟"
_JOINED = re.compile(r"^[\s,،]*(?:and|و|и|,|،)?\s*$", re.IGNORECASE)
SUBJECT_FIRST = {"en"}  # languages that put the subject before the verb

Span = tuple[int, int]


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


@dataclass
class _Passage:
    """One passage being read: its words, names, quotations, and the statements found."""

    text: str
    tokens: list[Token]
    mentions: list[Mention]
    cues: Cues
    designated: list[Mention]
    quotes: list[Span] = field(default_factory=list)
    found: list[Speech] = field(default_factory=list)

    @property
    def actors(self) -> list[Mention]:
        return [m for m in self.mentions if m.entity.label == "Actor"]


def find(
    text: str,
    tokens: list[Token],
    mentions: list[Mention],
    spans: list[Span],
    cues: Cues,
    named_before: Sequence[Entity] = (),
) -> list[Speech]:
    """Return the candidate statements of one passage, whose sentences are `spans`.
    `named_before` are the actors the text named in earlier passages, in order (what a
    designator such as `the ministry` stands for)."""
    passage = _Passage(
        text, tokens, mentions, cues, _designated(tokens, mentions, cues, named_before)
    )
    passage.quotes = quoted_spans(text)
    verbs = [
        (at, phrase)
        for at, phrase in cues.found(cues.reporting, tokens)
        if not any(m.first <= at <= m.last for m in mentions)  # a word of a name, not a verb
    ]
    for index, (at, phrase) in enumerate(verbs):
        after = at + len(phrase.words)
        cue_start, cue_end = tokens[at].start, tokens[after - 1].end
        start, end = sentence_of(spans, cue_start)
        sentence = (start, _clause_end(passage, verbs[index + 1 :], (start, end)))
        heard = (_attributed if phrase.attribution else _spoken)(passage, at, after, sentence)
        if heard is None:
            continue
        (start, end), speakers = heard
        spoken = {s.entity.id for s in speakers}
        about = tuple(
            m for m in mentions if start <= m.start and m.end <= end and m.entity.id not in spoken
        )
        if not any((s.start, s.end) == (start, end) for s in passage.found):
            passage.found.append(
                Speech(phrase.term, cue_start, cue_end, start, end, speakers, about)
            )
    return passage.found


def _designated(
    tokens: list[Token], mentions: list[Mention], cues: Cues, named_before: Sequence[Entity]
) -> list[Mention]:
    """Return each designator of the passage as a mention of the actor it stands for: the
    last actor of its kind named before it (in this passage, else in the text before)."""
    found = []
    for at, phrase in cues.found(cues.designators, tokens):
        if any(m.first <= at <= m.last for m in mentions):
            continue  # part of a name (وزارة الخارجية الروسية)
        earlier = [m.entity for m in reversed([m for m in mentions if m.last < at])]
        earlier += list(reversed(named_before))
        actor = next((e for e in earlier if e.label == "Actor" and e.kind == phrase.term), None)
        if actor is not None:
            last = at + len(phrase.words) - 1
            found.append(Mention(actor, at, last, tokens[at].start, tokens[last].end))
    return found


def _spoken(
    passage: _Passage, at: int, after: int, sentence: Span
) -> tuple[Span, tuple[Mention, ...]] | None:
    """A verb of speech: its words, and its speaker."""
    words = _reported(passage, after, sentence)
    if words is None:
        return None
    speakers = _speakers(passage, at, after - 1, words, sentence)
    return (words, speakers) if speakers else None


def _attributed(
    passage: _Passage, at: int, after: int, sentence: Span
) -> tuple[Span, tuple[Mention, ...]] | None:
    """`according to X`: see the module's docstring."""
    source = next(  # right after the phrase, or after one word (`according to the ministry`)
        (m for m in passage.actors if after <= m.first <= after + 1), None
    )
    if source is None:
        if not passage.found:
            return None
        words = _reported(passage, after, sentence)
        return (words, passage.found[-1].speakers) if words else None
    text, tokens = passage.text, passage.tokens
    if len(text[sentence[0] : tokens[at].start].split()) < MIN_WORDS:  # the phrase opens it
        words = _reported(passage, source.last + 1, sentence)
    else:
        words = _trimmed(text, sentence[0], tokens[at].start)
    return (words, _with_joined(text, source, passage.actors)) if words else None


def _clause_end(passage: _Passage, later: list[tuple[int, Phrase]], sentence: Span) -> int:
    """Return where the words a verb reports end: at the sentence's end, or before the next
    reporting verb of the sentence that a comma sets off (`..., ودعت السلطات`)."""
    tokens = passage.tokens
    for at, _ in later:
        start = tokens[at].start
        if start >= sentence[1]:
            break
        before = passage.text[tokens[at - 1].end : start] if at > 0 else ""
        if "," in before or "،" in before:
            return tokens[at - 1].end
    return sentence[1]


def _reported(passage: _Passage, after: int, sentence: Span) -> Span | None:
    """Return the words a verb (ending before token `after`) reports; see the docstring."""
    text, tokens = passage.text, passage.tokens
    s_start, s_end = sentence
    cue_end = tokens[after - 1].end
    quote_after = next(
        (
            q
            for q in passage.quotes
            if cue_end <= q[0] < s_end and len(text[cue_end : q[0]].split()) <= QUOTE_NEAR
        ),
        None,
    )
    opener = next(
        (
            t
            for t in tokens[after:]
            if t.start < s_end
            and t.forms & passage.cues.complementisers
            and (quote_after is None or t.start < quote_after[0])
            and len(text[cue_end : t.start].split()) <= OPENER_NEAR
        ),
        None,
    )
    if opener is not None:
        return _trimmed(text, opener.start, s_end)
    if quote_after is not None:
        return _trimmed(text, *quote_after)
    colon = text.find(":", cue_end, s_end)
    if colon >= 0 and len(text[cue_end:colon].split()) <= COLON_NEAR:
        return _trimmed(text, colon + 1, s_end)
    quote_before = next(
        (
            q
            for q in reversed(passage.quotes)
            if s_start <= q[0] and q[1] <= tokens[after - 1].start
        ),
        None,
    )
    if quote_before is not None:
        return _trimmed(text, *quote_before)
    follower = next((m for m in passage.mentions if m.first == after), None)
    start = follower.end if follower is not None else cue_end
    stop = SENTENCE_END.search(text, start, s_end)  # a full stop inside a quotation ends them too
    return _trimmed(text, start, stop.start() if stop else s_end)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """Return the span without punctuation at its ends and without an unmatched quotation
    mark, or None when fewer than MIN_WORDS words are left."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    words = text[start:end]
    if words.count('"') % 2:
        if words.endswith('"'):
            end -= 1
        elif words.startswith('"'):
            start += 1
        start, end = _trimmed(text, start, end) or (start, end)
    if len(text[start:end].split()) < MIN_WORDS:
        return None
    return start, end


def _speakers(
    passage: _Passage, first: int, last: int, words: Span, sentence: Span
) -> tuple[Mention, ...]:
    """Return who speaks a verb (tokens `first` to `last`) reporting `words`."""
    actors = passage.actors
    outside = [m for m in actors if not (words[0] <= m.start and m.end <= words[1])]
    in_sentence = [m for m in outside if sentence[0] <= m.start < sentence[1]]
    before = [m for m in in_sentence if m.last < first]
    after = [m for m in in_sentence if m.first > last]
    chosen = _next_to(before, after, first, last, passage.cues.language)
    if not chosen:
        designated = [m for m in passage.designated if not (words[0] <= m.start < words[1])]
        chosen = _next_to(
            [m for m in designated if m.last < first],
            [m for m in designated if m.first > last],
            first,
            last,
            passage.cues.language,
        )
    if not chosen:
        # Further away, an actor named inside words another verb reports does not speak.
        reported = [(s.start, s.end) for s in passage.found]
        free = [
            m for m in before + after if not any(s <= m.start and m.end <= e for s, e in reported)
        ]
        chosen = [m for m in free if m.last < first][-1:] or [m for m in free if m.first > last][:1]
    if not chosen:
        earlier = [m for m in outside if m.last < first]
        inside = [m for m in actors if m not in outside]
        chosen = earlier[-1:] or inside[:1]
    if not chosen:
        return ()
    return _with_joined(passage.text, chosen[0], actors)


def _next_to(
    before: list[Mention], after: list[Mention], first: int, last: int, language: str
) -> list[Mention]:
    """Return the mention next to the verb, on the side the language puts its subject first."""
    near_after = [m for m in after if m.first - last - 1 <= ADJACENT][:1]
    near_before = [m for m in before if first - m.last - 1 <= ADJACENT][-1:]
    if language in SUBJECT_FIRST:
        return near_before or near_after
    return near_after or near_before


def _with_joined(text: str, speaker: Mention, actors: list[Mention]) -> tuple[Mention, ...]:
    """Return the speaker and the actors named in a row with it (`X and Y`, `X وY`)."""
    ordered = sorted(actors, key=lambda m: m.start)
    group = [speaker]
    for mention in reversed(ordered):
        if mention.end <= group[0].start and _JOINED.match(text[mention.end : group[0].start]):
            group.insert(0, mention)
    for mention in ordered:
        if mention.start >= group[-1].end and _JOINED.match(text[group[-1].end : mention.start]):
            group.append(mention)
    return tuple(group)
