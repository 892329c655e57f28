"""Candidate statements: where a reporting verb introduces speech, who spoke and their words.

The reported words are, in this order of preference: the clause opened by a complementiser
after the verb (أن، إن / that / что) to the end of the sentence; the first quotation after
the verb; the words after a colon; a quotation before the verb (`"...", he said`); else the rest
of the sentence. The speaker is the actor named next to the verb, on the side the language
puts its subject first (after the verb in Arabic and Russian, before it in English), then on
the other side; else the nearest actor named before it in the sentence, after it, before it
in the passage, and last inside the reported words. Actors named in a row with it (`روسيا
الاتحادية وفرنسا`, `Russia and France`) speak with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb_service.curation.drafting.cues import Cues, Phrase
from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.tokens import Token, quoted_spans, sentence_of, sentences

ADJACENT = 3  # words between a verb and the name of its speaker, at most
QUOTE_NEAR = 6  # a quotation further from its verb than this many words is not its words
MIN_WORDS = 2  # reported words shorter than this are not a statement
_TRIM = " \t.,،:;؛!?؟"
_JOINED = re.compile(r"^[\s,،]*(?:and|و|и|,|،)?\s*$")
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


def find(text: str, tokens: list[Token], mentions: list[Mention], cues: Cues) -> list[Speech]:
    """Return the candidate statements of one passage."""
    spans = sentences(text)
    quotes = quoted_spans(text)
    verbs = [
        (at, phrase)
        for at, phrase in cues.found(cues.reporting, tokens)
        if not any(m.first <= at <= m.last for m in mentions)  # a word of a name, not a verb
    ]
    found: list[Speech] = []
    for index, (at, phrase) in enumerate(verbs):
        after = at + len(phrase.words)
        cue_start, cue_end = tokens[at].start, tokens[after - 1].end
        sentence = sentence_of(spans, cue_start)
        sentence = (sentence[0], _clause_end(text, tokens, verbs[index + 1 :], sentence))
        if phrase.attribution:
            heard = _attributed(text, tokens, at, after, sentence, quotes, cues, mentions, found)
        else:
            heard = _spoken(text, tokens, at, after, sentence, quotes, cues, mentions, found)
        if heard is None:
            continue
        (start, end), speakers = heard
        spoken = {s.entity.id for s in speakers}
        about = tuple(
            m for m in mentions if start <= m.start and m.end <= end and m.entity.id not in spoken
        )
        if not any((s.start, s.end) == (start, end) for s in found):
            found.append(Speech(phrase.term, cue_start, cue_end, start, end, speakers, about))
    return found


Heard = tuple[tuple[int, int], tuple[Mention, ...]]


def _spoken(
    text: str,
    tokens: list[Token],
    at: int,
    after: int,
    sentence: tuple[int, int],
    quotes: list[tuple[int, int]],
    cues: Cues,
    mentions: list[Mention],
    found: list[Speech],
) -> Heard | None:
    """A verb of speech: its words, and its speaker."""
    words = _reported(text, tokens, after, sentence, quotes, cues, mentions)
    if words is None:
        return None
    actors = [m for m in mentions if m.entity.label == "Actor"]
    reported = [(s.start, s.end) for s in found]
    speakers = _speakers(text, actors, at, after - 1, words, sentence, cues.language, reported)
    return (words, speakers) if speakers else None


def _attributed(
    text: str,
    tokens: list[Token],
    at: int,
    after: int,
    sentence: tuple[int, int],
    quotes: list[tuple[int, int]],
    cues: Cues,
    mentions: list[Mention],
    found: list[Speech],
) -> Heard | None:
    """`according to X`: X is the speaker; the words open after X when the phrase opens the
    sentence, else they are the clause before the phrase. Without an X named, the words
    continue the passage's last statement."""
    source = next(  # right after the phrase, or after one word (`according to the ministry`)
        (m for m in mentions if after <= m.first <= after + 1 and m.entity.label == "Actor"),
        None,
    )
    if source is None:
        if not found:
            return None
        words = _reported(text, tokens, after, sentence, quotes, cues, mentions)
        return (words, found[-1].speakers) if words else None
    opening = len(text[sentence[0] : tokens[at].start].split()) < MIN_WORDS
    if opening:
        words = _reported(text, tokens, source.last + 1, sentence, quotes, cues, mentions)
    else:
        words = _trimmed(text, sentence[0], tokens[at].start)
    return (
        (words, _with_joined(text, source, [m for m in mentions if m.entity.label == "Actor"]))
        if words
        else None
    )


def _clause_end(
    text: str, tokens: list[Token], later: list[tuple[int, Phrase]], sentence: tuple[int, int]
) -> int:
    """Return where the words a verb reports end: at the sentence's end, or before the next
    reporting verb of the sentence that a comma sets off (`..., ودعت السلطات`)."""
    for at, _ in later:
        start = tokens[at].start
        if start >= sentence[1]:
            break
        before = text[tokens[at - 1].end : start] if at > 0 else ""
        if "," in before or "،" in before:
            return tokens[at - 1].end
    return sentence[1]


def _reported(
    text: str,
    tokens: list[Token],
    after: int,
    sentence: tuple[int, int],
    quotes: list[tuple[int, int]],
    cues: Cues,
    mentions: list[Mention],
) -> tuple[int, int] | None:
    s_start, s_end = sentence
    cue_end = tokens[after - 1].end
    quote_after = next(
        (
            q
            for q in quotes
            if cue_end <= q[0] < s_end and len(text[cue_end : q[0]].split()) <= QUOTE_NEAR
        ),
        None,
    )
    opener = next(
        (
            t
            for t in tokens[after:]
            if t.start < s_end
            and t.forms & cues.complementisers
            and (quote_after is None or t.start < quote_after[0])
        ),
        None,
    )
    if opener is not None:
        return _trimmed(text, opener.start, s_end)
    if quote_after is not None:
        return _trimmed(text, *quote_after)
    colon = text.find(":", cue_end, s_end)
    if colon >= 0 and not text[cue_end:colon].count(" ") > 6:
        return _trimmed(text, colon + 1, s_end)
    quote_before = next(
        (q for q in reversed(quotes) if s_start <= q[0] and q[1] <= tokens[after - 1].start), None
    )
    if quote_before is not None:
        return _trimmed(text, *quote_before)
    start = cue_end
    follower = next((m for m in mentions if m.first == after), None)
    if follower is not None:
        start = follower.end
    return _trimmed(text, start, s_end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    words = text[start:end]
    if words.count('"') % 2:  # an unmatched quotation mark at either end goes
        if words.endswith('"'):
            end -= 1
        elif words.startswith('"'):
            start += 1
        start, end = _trimmed(text, start, end) or (start, end)
    if len(text[start:end].split()) < MIN_WORDS:
        return None
    return start, end


def _speakers(
    text: str,
    actors: list[Mention],
    first: int,
    last: int,
    words: tuple[int, int],
    sentence: tuple[int, int],
    language: str,
    reported: list[tuple[int, int]],
) -> tuple[Mention, ...]:
    outside = [m for m in actors if not (words[0] <= m.start and m.end <= words[1])]
    in_sentence = [m for m in outside if sentence[0] <= m.start < sentence[1]]
    before = [m for m in in_sentence if m.last < first]
    after = [m for m in in_sentence if m.first > last]
    near_after = [m for m in after if m.first - last - 1 <= ADJACENT]
    near_before = [m for m in before if first - m.last - 1 <= ADJACENT]
    sides = (
        (near_before[-1:], near_after[:1])
        if language in SUBJECT_FIRST
        else (near_after[:1], near_before[-1:])
    )
    # Further away, an actor named inside words another verb reports does not speak.
    free = [m for m in before + after if not any(s <= m.start and m.end <= e for s, e in reported)]
    free_before = [m for m in free if m.last < first]
    free_after = [m for m in free if m.first > last]
    chosen = sides[0] or sides[1] or free_before[-1:] or free_after[:1]
    if not chosen:
        earlier = [m for m in outside if m.last < first]
        inside = [m for m in actors if m not in outside]
        chosen = earlier[-1:] or inside[:1]
    if not chosen:
        return ()
    return _with_joined(text, chosen[0], actors)


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
