"""An outlet's own report (Как пишет газета «Коммерсантъ», ..., AZERTAC reported; TASS
reported that ...; ..., сообщило агентство X; ذكرت وكالة X أن ...): the outlet speaks its own
report when no other verb of its sentence reports someone's words. Its phrases are
reported_speech.yaml's `own_report`."""

from __future__ import annotations

from bisect import bisect_left

from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.reported_words import reported
from kb_service.curation.drafting.speech_forms import Heard
from kb_service.curation.drafting.speech_types import SpeechPassage
from kb_service.curation.drafting.tokens import last_comma, sentence_of
from kb_service.curation.drafting.wording import MIN_WORDS, Span, trimmed

Found = tuple[int, int, Heard]  # an own report: its phrase's first and end tokens, and words
OWN_REACH = 2  # words between an own-report phrase and its outlet after it, at most
OUTLET_FIRST = {"en", "ru"}  # an outlet may name itself before its verb (Интерфакс сообщил)
CLAUSE_OPENING = ",;:—–-.!?؟"  # marks after which a verb opens its clause (..., сообщило X)


def own_reports(passage: SpeechPassage, verbs: list[int], spans: list[Span]) -> list[Found]:
    """Return (phrase start, phrase end, words and outlet) of each outlet's own report: an
    own-report phrase, its outlet (own_outlet), and no other verb in the sentence."""
    tokens, words = passage.tokens, passage.words
    starts = [tokens[v].start for v in verbs]  # in order
    found: list[Found] = []
    for n, phrase in words.cues.found(words.own_report, tokens):
        end = n + len(phrase.words)
        outlet, start = own_outlet(passage, n, end), tokens[n].start
        sentence = sentence_of(spans, start)
        if outlet is None:
            continue
        verb = bisect_left(starts, sentence[0])
        if verb < len(starts) and starts[verb] < sentence[1]:
            continue  # another verb reports someone's words: the outlet relays them
        if outlet.last < n:  # `<words>, the state agency AZERTAC reported.`, `X reported that`
            comma = last_comma(passage.text, sentence[0], outlet.start)
            after = reported(passage.wording, end, sentence)
            heard = trimmed(passage.text, sentence[0], comma) if comma > 0 else after
        elif passage.wording.count(sentence[0], start) < MIN_WORDS:
            heard = reported(passage.wording, outlet.last + 1, sentence)
        else:
            heard = trimmed(passage.text, sentence[0], start)
        if heard:
            found.append((n, end, (heard, (outlet,))))
    return found


def own_outlet(passage: SpeechPassage, first: int, end: int) -> Mention | None:
    """Return the outlet of an own-report phrase at tokens `first` to `end` - 1: named within
    two words after a phrase that opens its clause (как пишет газета «Коммерсантъ», ...,
    сообщило агентство X, ذكرت وكالة X) and cites no source after it, or, in English and
    Russian, within two words before it when no word of a source follows it (`AZERTAC
    reported.`, `ТАСС сообщил, что`, not `TASS reported, quoting the ministry`)."""
    relays, tokens = passage.relays, passage.tokens
    index = bisect_left(relays, end, key=lambda m: m.first)
    if index < len(relays) and relays[index].first - end <= OWN_REACH:
        # the outlet after a verb is its subject where the verb opens its clause (..., сообщило
        # агентство X; ذكرت وكالة X), not a verb's addressee (Нагдалян сообщила РИА Новости)
        after = relays[index]
        if _cites(passage, after.last + 1):  # ذكرت وكالة X نقلا عن Y: X relays Y's words
            return None
        if any(end <= m.first < after.first for m in passage.actors):
            return None  # сообщил Аветян сайту Aysor.am: the speaker between, the outlet told
        return after if _opens(passage, first) else None
    before = relays[index - 1] if index > 0 else None
    if before is None or passage.language not in OUTLET_FIRST:
        return None
    between = passage.text[before.end : tokens[first].start]
    if first - before.last - 1 > OWN_REACH or "," in between:
        return None  # `the Trend news agency reported`, not `AZERTAC, which reported`
    return None if _cites(passage, end) else before


def _cites(passage: SpeechPassage, at: int) -> bool:
    """Tell whether a word of a source (quoting, نقلا) stands within reach from token `at`."""
    following = {t.folded for t in passage.tokens[at : at + OWN_REACH + 1]}
    return bool(following & passage.words.sources)


def _opens(passage: SpeechPassage, first: int) -> bool:
    """Tell whether token `first` opens its clause (`как пишет` opens its own): the passage
    begins there, or a clause or sentence mark stands right before it."""
    tokens, text = passage.tokens, passage.text
    if tokens[first].folded == "как" or first == 0:
        return True
    between = text[tokens[first - 1].end : tokens[first].start]
    return any(mark in between for mark in CLAUSE_OPENING)
