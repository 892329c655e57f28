"""Words a verb reports that stand before it, pointed at (see speech.py):

- a verb that points back (Об этом Путин сообщил): its words are the sentence before; after a
  dash in its own sentence (`<words> — об этом сообщила X`), the clause before the dash;
- a sentence opened by the words its verb reports (`О том, что <words>, объявила X`): the
  words from after the opening phrase to the comma before the verb;
- a verb that ends its clause with nothing after it, its speaker named before it in the
  clause (`Ереван свою причастность отрицает.`, `Удар Баку приписывает армянской стороне,`):
  the clause is the words.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import takewhile

from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.speakers import speakers_of
from kb_service.curation.drafting.speech_types import SpeechPassage
from kb_service.curation.drafting.tokens import ends_clause, last_comma
from kb_service.curation.drafting.wording import Span, trimmed

Heard = tuple[Span, tuple[Mention, ...]]  # the words and their speakers

FRONTED_WORDS = 4  # words of a phrase that opens a sentence with its words, at most
BACK_NEAR = 3  # words between a verb and the word that points back (Об этом Путин сообщил)
NOUN_WORDS = 3  # words of words that point back, at most


def fronted(passage: SpeechPassage, at: int, sentence: Span) -> Heard | None:
    """A sentence opened by the words its verb reports (`О том, что <words>, объявила X`):
    the words from after the opening phrase to the comma before the verb."""
    said, tokens = passage.words, passage.tokens
    first = bisect_left(tokens, sentence[0], key=lambda t: t.start)
    opening = said.cues.found(said.fronted, tokens[first : first + FRONTED_WORDS])
    if not opening or opening[0][0] != 0 or first >= at:
        return None
    start = tokens[first + len(opening[0][1].words) - 1].end
    verb = tokens[at].start
    comma = last_comma(passage.text, start, verb)
    words = trimmed(passage.text, start, comma) if comma > start else None
    if words is None:
        return None
    speakers = speakers_of(passage, at, at, words, sentence)
    return (words, speakers) if speakers else None


DASHES = ("—", "–", " -", ":", "،")  # a dash (a colon, an Arabic comma) before `об этом`, `هذا ما`


def pointing_back(
    passage: SpeechPassage, at: int, after: int, sentence: Span, previous: Span | None
) -> Heard | None:
    """A verb that points back at the sentence before (Об этом Путин сообщил): that sentence
    as its words, the speaker named by the verb; or, after a dash in its own sentence
    (`<words> — об этом сообщила X`), the clause before the dash."""
    tokens, said = passage.tokens, passage.words
    low = max(0, at - BACK_NEAR - NOUN_WORDS)  # only the words near the verb
    near = [
        low + n
        for n, p in said.cues.found(said.anaphora, tokens[low : after + NOUN_WORDS])
        if 0 <= at - (low + n + len(p.words)) <= BACK_NEAR or 0 <= low + n - after <= 1
    ]
    if not near or tokens[near[0]].start < sentence[0]:
        return None
    text, start = passage.text, tokens[near[0]].start
    before = text[sentence[0] : start].rstrip()
    if before.endswith(DASHES) and len(before) > 1:
        previous = (sentence[0], sentence[0] + len(before) - 1)
    if previous is None:
        return None
    words = trimmed(text, *previous)
    if words is None:
        return None
    speakers = speakers_of(passage, at, after - 1, words, sentence)
    return (words, speakers) if speakers else None


def clause_final(passage: SpeechPassage, at: int, after: int, sentence: Span) -> Heard | None:
    """A verb that ends its clause (see the module's docstring): the clause, spoken by the
    actor that opens it or stands right before the verb, with words of its own between
    them (`Ереван свою причастность отрицает`; not `<words>, Ереван отрицает`)."""
    tokens, text = passage.tokens, passage.text
    verb_end = tokens[after - 1].end
    if not ends_clause(text, verb_end, sentence[1]):
        return None
    comma = last_comma(text, sentence[0], tokens[at].start)
    start = comma + 1 if comma >= 0 else sentence[0]
    first = bisect_left(tokens, start, key=lambda t: t.start)
    actors = passage.actors  # in order: only those from the clause's start to the verb
    near = actors[bisect_left(actors, first, key=lambda m: m.first) :]
    speaker = next(
        (
            m
            for m in takewhile(lambda m: m.first < at, near)
            if m.first <= first + 1 or m.last == at - 1
        ),
        None,
    )
    if speaker is None or not start <= speaker.start < tokens[at].start:
        return None
    opens = speaker.first in (first, first + 1)
    own = trimmed(
        text, speaker.end if opens else start, tokens[at].start if opens else speaker.start
    )
    words = trimmed(text, start, verb_end)
    return (words, (speaker,)) if own is not None and words is not None else None
