"""Reported speech written without a verb's plain subject and words (see speech.py):

- `according to X` (بحسب، по словам X; past an outlet, X in its sentence): X's words are the
  clause before the phrase (not the outlet's that relays them: `, сообщало X со ссылкой на
  Y`), or the words after X when the phrase opens the sentence; X may be designated by a role
  (по словам президента). Without an X named, the words continue the passage's last
  statement; a possessive names X (по его словам, على حد قوله, by his account): the person
  named last before it, never a name after it, and its words the clause commas set it in;
- a document phrase (`the statement says`, согласно заявлению): the actor named right after it
  issued the document (согласно заявлению администрации президента), else the document speaks
  for its issuers (statement_context.py), the actor the phrase names (read out by X), or last;
- a document as the verb's subject (وأضاف البيان, the statement added): likewise;
- a verb that points back (Об этом Путин сообщил), or a sentence opened by its words (О том,
  что ...): words_before.py;
- an outlet's own report (Как пишет газета «Коммерсантъ», ...): outlet_reports.py.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import islice

from kb_service.curation.drafting import name_rules
from kb_service.curation.drafting.joined_names import with_joined
from kb_service.curation.drafting.mentions import Entity, Mention, a_person, last_before
from kb_service.curation.drafting.reported_words import reported
from kb_service.curation.drafting.speakers import person_after, speakers_of
from kb_service.curation.drafting.speech_types import SpeechPassage
from kb_service.curation.drafting.tokens import QUOTE_MAX, last_comma, sentence_of
from kb_service.curation.drafting.wording import MIN_WORDS, Span, trimmed

Heard = tuple[Span, tuple[Mention, ...]]
ISSUED_BY_NEAR = 3  # words from a document phrase to its issuer (a statement released by X)
ISSUER_NEAR = 8  # words from an attribution to the issuer of the document it names, at most
NOUN_WORDS = 3  # words of a document's noun, at most
PRONOUNS = frozenset({"he", "she", "он", "она"})  # a person's, before the verb
LOOK_BACK = 12  # actors named before a passage among which its unnamed speaker is sought


def spoken(
    passage: SpeechPassage,
    at: int,
    after: int,
    sentence: Span,
    named_before: Sequence[Entity] = (),
) -> Heard | None:
    """A verb of speech: its words, and its speaker; after a pronoun in a passage that names
    no actor, the person the text named last (He added that ..., Он добавил, что ...)."""
    words = reported(passage.wording, after, sentence)
    if words is None:
        return None
    speakers = speakers_of(passage, at, after - 1, words, sentence)
    pronoun = _pronoun_subject(passage, at)
    if not speakers and not passage.actors and pronoun:
        speakers = _last_person(named_before)
    return (words, speakers) if speakers else None


def _pronoun_subject(passage: SpeechPassage, at: int) -> bool:
    """Tell whether a personal pronoun stands right before the verb (He added, Он добавил)."""
    return at > 0 and passage.tokens[at - 1].folded in PRONOUNS


def _last_person(named_before: Sequence[Entity]) -> tuple[Mention, ...]:
    """Return the person the text named last (among its last LOOK_BACK actors), if any."""
    for entity in islice(reversed(named_before), LOOK_BACK):
        if entity.kind == "person":
            return (Mention(entity, -1, -1, -1, -1),)
    return ()


def attributed(
    passage: SpeechPassage,
    at: int,
    after: int,
    sentence: Span,
    named_before: Sequence[Entity] = (),
) -> Heard | None:
    """`according to X`: see the module's docstring."""
    possessive = _possessive(passage, at, after)
    if possessive:  # by his account, President Aliyev ...: not his source
        return _unnamed_source(passage, (at, after), sentence, named_before, possessive=True)
    relay = next((r for r in passage.relays if after <= r.first <= after + 2), None)
    if relay is not None and any(_verbs_beside(passage, at, after)):
        return None  # according to an outlet: it relays the words of a speaker named elsewhere
    named = _after_titles(passage, relay.last + 1 if relay else after)
    actor = _named_at(passage.actors, named, sentence[1] if relay else len(passage.text))
    if relay and actor and "," not in passage.text[relay.end : actor.start]:
        relay = None  # как рассказывал Sputnik мэр X: X, named right after it, told the outlet
    source = relay or actor or _named_at(passage.designated, named, len(passage.text))
    if source is not None and source is not relay:
        source = person_after(source, passage.actors)  # представителя Минобороны Игоря К.
    source = source or _issuer_of_document(passage, after)
    if source is None:
        return _unnamed_source(passage, (at, after), sentence, named_before)
    words = _words_of_source(passage, (at, after), sentence, source)
    if not words:
        return None
    return words, with_joined(passage.text, source, passage.actors, passage.language)


def _unnamed_source(
    passage: SpeechPassage,
    phrase: tuple[int, int],
    sentence: Span,
    named_before: Sequence[Entity],
    *,
    possessive: bool = False,
) -> Heard | None:
    """`по его словам` with no source named: the speaker of the passage's last statement,
    else the last person it names before a phrase of a possessive (его, قوله, his), else the
    text's (before a possessive, or in a passage that names no actor). The words are the
    clause the phrase stands in, set off by commas (уходить, по его словам, не собирается),
    else those after it."""
    (at, after), text, tokens = phrase, passage.text, passage.tokens
    speakers = passage.found[-1].speakers if passage.found else ()
    if not speakers and possessive:  # his: the person named last, in the passage or before
        person = last_before(passage.actors, at, lambda m: a_person(m.entity), 0)
        speakers = (person,) if person else _last_person(named_before)
    if not speakers and not passage.actors:  # По его словам, opening a paragraph
        speakers = _last_person(named_before)
    if not speakers:
        return None
    start = tokens[at].start
    if _parenthetical(text, sentence[0], start, tokens[after - 1].end):
        before = last_comma(text, sentence[0], last_comma(text, sentence[0], start))
        words = trimmed(text, max(before + 1, _clause_start(text, sentence[0], start)), sentence[1])
    else:
        words = reported(passage.wording, after, sentence)
    return (words, speakers) if words else None


def _clause_start(text: str, s_start: int, at: int) -> int:
    """Return where the clause before character `at` starts: past the last colon or semicolon
    after `s_start` (it opens a clause as a sentence does), else at `s_start`."""
    opening = max(text.rfind(mark, s_start, at) for mark in ":;؛")
    return s_start if opening < 0 else opening + 1


def _possessive(passage: SpeechPassage, at: int, after: int) -> bool:
    """Tell whether an attribution names its source by a possessive (по его словам)."""
    return any(t.folded in passage.words.possessives for t in passage.tokens[at:after])


def _words_of_source(
    passage: SpeechPassage, phrase: tuple[int, int], sentence: Span, source: Mention
) -> Span | None:
    """Return the words an attribution (tokens `phrase`) gives the source named after it."""
    text, phrase_start = passage.text, passage.tokens[phrase[0]].start
    start = _clause_start(text, sentence[0], phrase_start)
    if _parenthetical(text, start, phrase_start, source.end):
        before, ahead = _verbs_beside(passage, *phrase)
        if ahead:
            return None  # X, citing Y, said that ...: the verb reports Y's words
        if not before:  # else X, IRNA reported, citing Y, its website: the clause before
            ends = (i for mark in ";؛" if (i := text.find(mark, source.end, sentence[1])) >= 0)
            return trimmed(text, start, min(ends, default=sentence[1]))  # X, according to Y, Z
    if passage.wording.count(start, phrase_start) < MIN_WORDS or _leads(
        text, start, phrase_start, source.end
    ):  # the phrase opens the sentence, or the clause that leads into its words
        return reported(passage.wording, source.last + 1, (start, sentence[1]))
    comma = last_comma(text, start, phrase_start)
    relayed = comma > start and any(comma < r.start < phrase_start for r in passage.relays)
    end = comma if relayed else phrase_start  # not `, сообщало X` that relays the words
    return trimmed(text, start, end, end - 1)  # the clause before; its end


def _after_titles(passage: SpeechPassage, at: int) -> int:
    """Return the token after the titles that begin at token `at` (رئيس الوزراء, the
    President of), or `at`."""
    titles = name_rules.rules(passage.language).titles
    while at < len(passage.tokens) and (length := name_rules.at_phrase(titles, passage.tokens, at)):
        at += length
    return at


def _verbs_beside(passage: SpeechPassage, at: int, after: int) -> tuple[bool, bool]:
    """Tell whether the clause (to a semicolon) holds a reporting verb before the attribution
    (tokens `at` to `after`), and one after it: then an outlet it names relays that verb's
    speaker's words, else the words are the outlet's own report (`..., according to RIA`)."""
    cues, tokens, text = passage.words.cues, passage.tokens, passage.text
    sentence = sentence_of(passage.sentences, tokens[at].start)
    low = max(sentence[0], tokens[at].start - QUOTE_MAX)  # near it only: a bounded look
    high = min(sentence[1], tokens[after - 1].end + QUOTE_MAX)
    low = max([low, *(text.rfind(m, low, tokens[at].start) + 1 for m in ";؛")])
    high = min([high, *(i for m in ";؛" if (i := text.find(m, tokens[at].start, high)) >= 0)])
    first = bisect_left(tokens, low, key=lambda t: t.start)
    last = bisect_left(tokens, high, key=lambda t: t.start)
    found = [first + k for k, _ in cues.found(cues.reporting, tokens[first:last])]
    return any(k < at for k in found), any(k >= after for k in found)


def _parenthetical(text: str, start: int, phrase_start: int, source_end: int) -> bool:
    """Tell whether an attribution and its source stand between commas inside a sentence."""
    before = text[start:phrase_start].rstrip()
    return before[-1:] in (",", "،") and text[source_end:].lstrip()[:1] in (",", "،")


def _leads(text: str, start: int, phrase_start: int, source_end: int) -> bool:
    """Tell whether an attribution stands in the clause that opens a sentence and its source
    ends it (Как передает Интерфакс со ссылкой на Минобороны, <words>)."""
    opening = text[start:phrase_start]
    return not any(mark in opening for mark in ",;:،؛") and text[source_end:].lstrip()[:1] in ",،"


def _issuer_of_document(passage: SpeechPassage, after: int) -> Mention | None:
    """Return the actor that issued the document an attribution names (according to a
    statement by the ministry, وفقا لبيان صادر عن الوزارة): named a few words after it."""
    words = passage.words
    nouns = [n for n, _ in words.cues.found(words.documents, passage.tokens[after : after + 3])]
    if not nouns:
        return None
    index = bisect_left(passage.actors, after, key=lambda m: m.first)
    found = passage.actors[index] if index < len(passage.actors) else None
    return found if found is not None and found.first <= after + ISSUER_NEAR else None


def _named_at(mentions: list[Mention], after: int, end: int) -> Mention | None:
    """Return the mention right after token `after` - 1, or one word later (according to the
    ministry), before character `end`, its sentence's (not `Trend. At Horadiz`)."""
    index = bisect_left(mentions, after, key=lambda m: m.first)
    found = mentions[index] if index < len(mentions) else None
    return found if found is not None and found.first <= after + 1 and found.start < end else None


def of_document(
    passage: SpeechPassage,
    at: int,
    sentence: Span,
    named_before: Sequence[Entity],
    previous: Span | None,
    after: int,
) -> Heard | None:
    """A document speaks (`the statement says ...`, `..., говорится в документе`): issued by
    the actor named within a few words after the phrase (released by X), else by the actor
    named by the phrase (read out by X), else the one the text named last (statement_context.py
    sets its issuers then). Its words are the sentence before when words point back (Об этом
    говорится в ...), else follow the issuer or the phrase, else are the clause before it."""
    index = bisect_left(passage.actors, after, key=lambda m: m.first)
    issuer = passage.actors[index] if index < len(passage.actors) else None
    back = previous if _points_back(passage, at) else None  # Об этом говорится в ...
    if issuer is not None and issuer.first <= after + ISSUED_BY_NEAR:  # (released) by X
        words = trimmed(passage.text, *back) if back else None
        words = words or reported(passage.wording, issuer.last + 1, sentence)
        if words:
            return words, with_joined(passage.text, issuer, passage.actors, passage.language)
    phrase_start = passage.tokens[at].start
    words = trimmed(passage.text, *back) if back else None
    words = words or reported(passage.wording, after, sentence)
    words = words or trimmed(passage.text, sentence[0], phrase_start, phrase_start - 1)
    if words is None:
        return None
    speakers = speakers_of(passage, at, after - 1, words, sentence)  # read out by X
    if speakers:
        return words, speakers
    last = _last_named(passage, phrase_start, named_before)
    return (words, (last,)) if last else None


def _points_back(passage: SpeechPassage, at: int) -> bool:
    """Tell whether words that point back end right before token `at` (Об этом говорится)."""
    words = passage.words
    found = words.cues.found(words.anaphora, passage.tokens[max(0, at - 3) : at])
    return any(n + len(p.words) + max(0, at - 3) == at for n, p in found)


def _last_named(
    passage: SpeechPassage, before: int, named_before: Sequence[Entity]
) -> Mention | None:
    index = bisect_left(passage.actors, before, key=lambda m: m.start)
    if index > 0:
        return passage.actors[index - 1]
    return Mention(named_before[-1], -1, -1, -1, -1) if named_before else None


def document_subject(
    passage: SpeechPassage, at: int, after: int, sentence: Span, named_before: Sequence[Entity]
) -> Heard | None:
    """A document as the verb's subject (وأضاف البيان أن ..., the statement added that ...):
    its words, spoken for the document's issuers (statement_context.py), else the actor named
    last."""
    tokens, words = passage.tokens, passage.words
    english = passage.language == "en"
    low = max(0, at - NOUN_WORDS) if english else after  # only the words next to the verb
    window = tokens[low : at if english else after + NOUN_WORDS]
    subject = next(
        (
            (low + n, p)
            for n, p in words.cues.found(words.documents, window)
            if (english and low + n + len(p.words) == at) or (not english and low + n == after)
        ),
        None,
    )
    if subject is None:
        return None
    start = after + (0 if english else len(subject[1].words))
    heard = reported(passage.wording, start, sentence) if start < len(tokens) else None
    last = _last_named(passage, tokens[subject[0]].start, named_before)
    return (heard, (last,)) if heard and last else None
