"""Who speaks a reporting verb: the actor named next to it, on the side the language puts its
subject first (after the verb in Arabic and Russian, before it in English), then on the other
side; then an actor designated next to it by its kind or role (`the ministry added`, сказал
российский лидер); else the nearest actor named before it in the sentence, after it, before it
in the passage, and last inside the reported words, but in English and Russian not a state by
its name: one speaks only named next to its verb (Azerbaijan blames), the news name one further
away as a party, a place, an owner (Турецкий президент, прилетевший в Азербайджан, накануне
выступил); a capital that stands for it may. Arabic puts a subject after its verb, often past
words that count or sort it (دعت عدد من الدول، بما في ذلك روسيا وفرنسا): a state further away
speaks there. A person whose apposition or relative clause closes right before the verb speaks,
not an actor named inside it (`Poghosyan, who speaks for Harutyunyan, admitted`); a designator
between the verb and the actor before it speaks alone (`the army, she stressed, had not fired`),
and in English and Russian one right before a verb whose nearest name follows it speaks, not the
name it addresses (the ministry urged Armenia); and one right after the verb speaks, not an
actor after it (считает организация, били армянские силы). In Russian, an actor right after a
verb that takes one as its object (обвинил Азербайджан, reported_speech.yaml `addressing`) is
what it addresses: an actor before it in the sentence speaks.
An organisation named right before a person (глава МИД России Сергей Лавров, المتحدث باسم
الكرملين دميتري بيسكوف) gives way to the person. Actors named in a row with the speaker
(joined_names) speak with it. In Arabic, a verb that names no subject after it is its clause's
subject's, or the last sentence's: the first actor named there (واستدعت الخارجية التركية سفير
إيران، وقالت: the ministry, not Iran); a verb that ف joins to a topic before it speaks for the
topic (أما يريفان فنفت: Yerevan)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from kb_service.curation.drafting.joined_names import with_joined
from kb_service.curation.drafting.mentions import (
    Mention,
    a_person,
    by_its_name,
    first_after,
    last_before,
)
from kb_service.curation.drafting.ministry_names import STATE_KINDS
from kb_service.curation.drafting.speech_types import SpeechPassage
from kb_service.curation.drafting.tokens import COORDINATORS, last_comma
from kb_service.curation.drafting.wording import Span

ADJACENT = 3  # words between a verb and the name of its speaker, at most
ANSWER = "ف"  # the particle that joins an Arabic verb to the topic before it (أما X فقال)
SUBJECT_FIRST = {"en"}  # languages that put the subject before the verb
VERB_FIRST = frozenset({"ar"})  # languages that put the subject after its verb (or leave it out)
_OF_WORK = re.compile(r"\s+(?:of|from|at)\s", re.IGNORECASE)  # a person of an outlet
# the rest of an aside, then `, ` or `, had ` before a verb (`, speaking at X in Moscow, said`)
_INSERTION_END = re.compile(r"[^,،;:.!?]{0,60}[,،]\s*(?:\w+\s+){0,2}")


def speakers_of(
    passage: SpeechPassage, first: int, last: int, words: Span, sentence: Span
) -> tuple[Mention, ...]:
    """Return who speaks a verb (tokens `first` to `last`) reporting `words`."""
    actors, s_start, s_end = passage.actors, *sentence

    def outside(m: Mention) -> bool:
        return not (words[0] <= m.start and m.end <= words[1])

    def free(m: Mention) -> bool:  # nor inside words another verb reports
        return outside(m) and not any(s <= m.start and m.end <= e for s, e in passage.spans)

    before, language = last_before(actors, first, outside, s_start), passage.language
    verb = (first, last)
    chosen = _nearest(passage, before, verb, sentence, outside, free)
    if chosen is not None and (inserted := _inserted(passage, chosen, before, verb, outside)):
        return (inserted,)  # the army, she stressed, had not fired: she alone, in no row
    if chosen is not None and chosen.first > last and language not in VERB_FIRST:
        chosen = _designator_before(passage, first, s_start, outside) or chosen
    if chosen is not None:
        chosen = _before_insertion(passage, chosen, first, s_start) or chosen
    if chosen is None:
        chosen = _designated(passage, first, last, words)
    far = actors if chosen is not None or language in VERB_FIRST else _far(passage)
    if chosen is None:  # further away
        chosen = last_before(far, first, free, s_start) or first_after(far, last, free, s_end)
    if chosen is None and language in VERB_FIRST:  # the last sentence's subject
        chosen = _subject(passage, first, _sentence_before(passage, s_start), outside)
    if chosen is None:  # before it in the passage, else inside the words
        chosen = last_before(far, first, outside, 0) or first_after(
            far, -1, lambda m: not outside(m), words[1], words[0]
        )
    if chosen is None:
        return ()
    if chosen in passage.designated:
        return (chosen,)  # сказал он, Россия и Франция ...: a pronoun or role, in no row
    chosen = _person_of(passage, chosen) or person_after(chosen, actors)
    return with_joined(passage.text, chosen, actors, passage.language)


def _nearest(
    passage: SpeechPassage,
    before: Mention | None,
    verb: Span,
    sentence: Span,
    keep: Callable[[Mention], bool],
    free: Callable[[Mention], bool],
) -> Mention | None:
    """Return the actor next to a verb (_next_to_verb), but the topic it answers (_topic) for
    one before it or a state after it (an object), or its clause's subject where that comes
    first (_subject_first)."""
    after = first_after(passage.actors, verb[1], keep, sentence[1])
    chosen = _next_to_verb(passage, before, after, verb)
    topic = _topic(passage, verb[0], sentence[0], keep)
    if topic is not None and (chosen in (before, None) or chosen.entity.kind in STATE_KINDS):
        return topic  # a state after the verb is its object (أما يريفان فاتهمت باكو)
    if chosen in (before, None) and _subject_first(passage, verb[0], chosen):
        chosen = _subject(passage, verb[0], sentence[0], free) or chosen
    return chosen


def _topic(
    passage: SpeechPassage, verb: int, s_start: int, keep: Callable[[Mention], bool]
) -> Mention | None:
    """Return the topic that a verb joined by `ف` answers (أما يريفان فنفت: as for Yerevan, it
    denied): the first actor after the last topic word (reported_speech.yaml `topics`) before
    the verb in its sentence. (_nearest prefers an actor after the verb, its subject: أما
    بالنسبة لأذربيجان فقالت الخارجية الروسية.)"""
    tokens = passage.tokens
    if not passage.words.topics or not tokens[verb].text.startswith(ANSWER):
        return None
    for k in range(verb - 1, -1, -1):
        if tokens[k].start < s_start:
            break
        if tokens[k].folded in passage.words.topics:
            return first_after(passage.actors, k, keep, tokens[verb].start)
    return None


def _far(passage: SpeechPassage) -> list[Mention]:
    """Return the actors that may speak a verb from further away: not a state named by its
    name, which speaks only next to it; a capital or authorities that stand in for one
    (officials in Baku) may."""
    tokens = passage.tokens
    return [
        m
        for m in passage.actors
        if m.entity.kind not in STATE_KINDS or not by_its_name(m, tokens[m.first])
    ]


def _next_to_verb(
    passage: SpeechPassage, before: Mention | None, after: Mention | None, verb: Span
) -> Mention | None:
    """Return the actor next to a verb (next_to), but not one after it that a preposition
    governs (написал о Мадагизе: reported_speech.yaml `prepositions`), and the actor before it
    when the one after is what the verb addresses (обвинил Азербайджан: `addressing`)."""
    chosen = next_to(before, after, *verb, passage.language)
    if after is None or chosen is not after:
        return chosen
    words, tokens = passage.words, passage.tokens
    if tokens[after.first - 1].folded in words.prepositions:  # after the verb: never first
        return next_to(before, None, *verb, passage.language)  # о Мадагизе: no subject
    return before if before and tokens[verb[0]].folded in words.addressing else chosen


def _subject(
    passage: SpeechPassage, verb: int, start: int, keep: Callable[[Mention], bool]
) -> Mention | None:
    """Return the subject of the clause before a verb that names none after it, in a language
    that puts the subject after its verb, or of a verb coordinated with the one before it: the
    first actor from character `start` on (واستدعت وزارة الخارجية التركية سفير إيران، وقالت: the
    ministry, not Iran; Aliyev thanked Putin and said: Aliyev), or designator where the subject
    comes first (the Russian leader put the toll at 4,000 and said: Putin)."""
    named = passage.actors
    if passage.language not in VERB_FIRST:  # the Russian leader put ... and said
        named = sorted([*named, *passage.designated], key=lambda m: m.first)
    return first_after(named, -1, keep, passage.tokens[verb].start, start)


def _subject_first(passage: SpeechPassage, verb: int, chosen: Mention | None) -> bool:
    """Tell whether a verb's speaker is its clause's subject, not the actor nearest before it:
    in a language that puts the subject after its verb (واستدعت X سفير Y، وقالت), when the
    verb is coordinated with the one before it (X thanked Y and said), or an English participle
    after a comma (X telephoned Y, urging both)."""
    if passage.language in VERB_FIRST:
        return chosen is not None
    tokens, before = passage.tokens, verb - 1
    participle = tokens[verb].folded.endswith("ing")  # English
    after_comma = passage.text[tokens[before].end : tokens[verb].start].strip() == ","
    return verb > 0 and (tokens[before].folded in COORDINATORS or (participle and after_comma))


def _inserted(
    passage: SpeechPassage,
    chosen: Mention,
    before: Mention | None,
    verb: Span,
    keep: Callable[[Mention], bool],
) -> Mention | None:
    """Return the designator that speaks instead of the actor chosen: between the verb and
    the actor before it, in a language that does not put its verb first (`the army, she
    stressed, had not fired`); or right after the verb, before the actor chosen after it
    (считает организация, били армянские силы) or instead of the one before it (Анкара,
    заверил он, готова: he, not Ankara)."""
    (first, last), designated, language = verb, passage.designated, passage.language
    if chosen is before and language in VERB_FIRST:
        return None
    if chosen is before:
        between = last_before(designated, first, keep, chosen.end)
        tokens = passage.tokens
        ceiling = tokens[min(last + 1, len(tokens) - 1)].end  # the word right after the verb
        after = first_after(designated, last, keep, ceiling)
        return between or (after if after is not None and after.first == last + 1 else None)
    if chosen.first <= last:
        return None
    inserted = first_after(designated, last, keep, chosen.start)
    return inserted if inserted is not None and inserted.first == last + 1 else None


def _designator_before(
    passage: SpeechPassage, verb: int, start: int, keep: Callable[[Mention], bool]
) -> Mention | None:
    """Return the designator right before a verb whose nearest name follows it, in a language
    that puts its subject first: the name is what the verb addresses (Министерство призывает
    ЮНЕСКО, the ministry urged Armenia)."""
    designator = last_before(passage.designated, verb, keep, start)
    return designator if designator and verb - designator.last - 1 <= ADJACENT else None


def _sentence_before(passage: SpeechPassage, start: int) -> int:
    """Return where the sentence before the one starting at character `start` starts (0: the
    passage's first)."""
    index = bisect_left(passage.sentences, start, key=lambda span: span[0]) - 1
    return passage.sentences[index][0] if index >= 0 else 0


def _before_insertion(
    passage: SpeechPassage, chosen: Mention, verb: int, s_start: int
) -> Mention | None:
    """Return the person whose apposition, relative clause or participle holds the actor
    chosen, when the clause closes right before the verb (`Poghosyan, who speaks for the leader
    Harutyunyan, admitted`; `Hovhannisyan, a representative of the ministry, had insisted`;
    `Putin, speaking at the Valdai club in Moscow, said`)."""
    text = passage.text
    if not _INSERTION_END.fullmatch(text[chosen.end : passage.tokens[verb].start]):
        return None
    opening = last_comma(text, s_start, chosen.start)
    if opening < 0:
        return None
    index = bisect_right(passage.actors, opening, key=lambda m: m.end) - 1
    before = passage.actors[index] if index >= 0 else None
    if before is None or text[before.end : opening].strip():
        return None
    return before if a_person(before.entity) else None


def _person_of(passage: SpeechPassage, chosen: Mention) -> Mention | None:
    """Return the person named right before the organisation chosen and joined to it by
    `of` (Paul Ronzheimer of Germany's Bild, who filmed ..., said): the person speaks, the
    organisation is where they work. (Russian outlets are relays, never speakers.)"""
    if a_person(chosen.entity):
        return None
    index = bisect_left(passage.actors, chosen.start, key=lambda m: m.start) - 1
    while index >= 0 and not a_person(passage.actors[index].entity):
        index -= 1  # past the state of a possessive (Germany's)
    person = passage.actors[index] if index >= 0 else None
    between = passage.text[person.end : chosen.start] if person else ","
    return person if _OF_WORK.match(between) and not re.search(r"[,،;:.]", between) else None


def _designated(passage: SpeechPassage, first: int, last: int, words: Span) -> Mention | None:
    # The designator (`the ministry`) next to the verb, outside the words it reports.
    def undesignated(m: Mention) -> bool:
        return not (words[0] <= m.start < words[1])

    designated = passage.designated
    return next_to(
        last_before(designated, first, undesignated, 0),
        first_after(designated, last, undesignated, len(passage.text)),
        first,
        last,
        passage.language,
    )


def person_after(chosen: Mention, actors: list[Mention]) -> Mention:
    """Return the person named right after an organisation or state (its head or spokesman:
    глава МИД России Сергей Лавров), else the mention itself."""
    if chosen.entity.kind == "person":
        return chosen
    index = bisect_right(actors, chosen.first, key=lambda m: m.first)
    following = actors[index] if index < len(actors) else None
    if following and a_person(following.entity) and following.first == chosen.last + 1:
        return following
    return chosen


def next_to(
    before: Mention | None, after: Mention | None, first: int, last: int, language: str
) -> Mention | None:
    """Return the mention next to the verb, on the side the language puts its subject first."""
    near_after = after if after is not None and after.first - last - 1 <= ADJACENT else None
    near_before = before if before is not None and first - before.last - 1 <= ADJACENT else None
    if language in SUBJECT_FIRST:
        return near_before or near_after
    return near_after or near_before
