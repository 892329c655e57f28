"""The words a reporting verb reports, as a span of its passage (see speech.py for the rules).

Every lookup starts from the verb and goes only as far as its rule lets it (a quotation, a
colon or a complementiser near the verb; the words up to a full stop, at most a quote's
length), so a passage that is one long sentence costs each verb the same little.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kb_service.curation.drafting.tokens import (
    COMMA,
    COORDINATORS,
    QUOTE_MAX,
    SENTENCE_END,
    Token,
    last_comma,
)
from kb_service.curation.drafting.wording import TRIM, Span, Wording, trimmed
from kb_service.model import names

QUOTE_NEAR = 6  # a quotation further from its verb than this many words is not its words
COLON_NEAR = 6  # likewise a colon
OPENER_NEAR = 8  # and a complementiser
OPENER_TOKENS = 4 * OPENER_NEAR  # nor one further than this many tokens (one long word: a URL)
TAIL_SPEAKER = 7  # words between the comma and a reporting verb that ends a sentence, at most
TAIL_BEFORE = 4  # words of the clause before it, at least
APPOSITION_WORDS = 12  # of a speaker's title, name and who they are between commas, at most
TITLE_WORDS = 5  # words of a title between a verb and its speaker's name, at most
INSERTION_WORDS = 3  # words after a verb set off by commas inside its words, at most
_NEXT_WORD = re.compile(r"\w+")
_CLAUSE_CLOSE = re.compile(r"[;(]")  # a semicolon, or an aside in parentheses


def _ends_clause(text: str, at: int, end: int) -> bool:
    return at >= end or text[at : at + 1] in ",.;:!?"


def reported(wording: Wording, after: int, sentence: Span) -> Span | None:
    """Return the words a verb (ending before token `after`) reports, in this order of
    preference: the clause a complementiser opens, the quotation after the verb, the words
    after a colon, the quotation before the verb, the rest of the sentence."""
    text, tokens, count = wording.text, wording.tokens, wording.count
    s_start, s_end = sentence
    cue_end = tokens[after - 1].end
    quote_after = _quote_after(wording, cue_end, s_end)
    if quote_after is not None and _a_name(wording, quote_after):
        quote_after = None  # an outlet's name in quotation marks (заявил телеканалу «Аль-Арабия»)
    inserted = _inserted_end(wording, after, s_start, s_end)  # X, утверждают в ведомстве, Y
    bound = s_end if quote_after is None else quote_after[0]
    opener = _opener(wording, after, bound if inserted is None else min(bound, inserted + 1))
    if opener is not None:
        return trimmed(text, opener.start, s_end)
    if quote_after is not None:
        return trimmed(text, *quote_after)
    colon = text.find(":", cue_end, min(s_end, count.reach(cue_end, COLON_NEAR) + 1))
    after_colon = trimmed(text, colon + 1, s_end) if colon >= 0 else None
    if after_colon is not None:  # else the words end the passage at the colon (о следующем:)
        return after_colon
    quote_before = _quote_before(wording, tokens[after - 1].start, s_start)
    if quote_before is not None:
        return trimmed(text, *quote_before)
    return _rest(wording, after, sentence, inserted)


def _rest(wording: Wording, after: int, sentence: Span, inserted: int | None) -> Span | None:
    """Return the rest of the sentence after a verb (ending before token `after`) as its words:
    past the speaker named right after it, or past the reporting clause it opens (`inserted`);
    the clause before it when it ends the sentence."""
    text, tokens = wording.text, wording.tokens
    s_start, s_end = sentence
    start = cue_end = tokens[after - 1].end
    name_end = wording.name_ends.get(after)  # the speaker named right after the verb
    if name_end is not None and COMMA.search(text, cue_end, tokens[after].start):
        name_end = None  # past a comma, the name opens the words (Как заявил X, Армения ...)
    if name_end is not None and (not wording.subject_first or _ends_clause(text, name_end, s_end)):
        start = name_end
    elif name_end is None:  # X, заверили в министерстве, Y: the words are Y
        start = inserted or start
    # A full stop inside a quotation ends the words too; none further than a quote's length.
    stop = SENTENCE_END.search(text, start, min(s_end, start + QUOTE_MAX + 1))
    end = stop.start() if stop else s_end
    if closing := _CLAUSE_CLOSE.search(text, start, end):
        end = closing.start()  # the reporting clause ends (...; слова приводит X; (по данным X))
    verb_start = tokens[after - 1].start
    before = _clause_before(wording, verb_start, (start, end), s_start)
    titled = _titled_speaker_end(wording, after, s_end)
    if before is None and titled is not None:  # `..., рассказал командующий Мурадов, который`
        before = _clause_before(wording, verb_start, (titled, end), s_start)
    return before or trimmed(text, start, end)


def _inserted_end(wording: Wording, after: int, s_start: int, s_end: int) -> int | None:
    """Return where a reporting clause before its words ends, when the verb opens it (right
    after a comma, or at the sentence's start) and the clause, up to the next comma at most
    INSERTION_WORDS words past the verb, only names its speaker (_names_a_speaker: `Та же
    участь, предупредили в министерстве, ждет`; `..., заверили там, строго соблюдает`;
    `Сообщили в Минобороны, ...`): at the first word after that comma. No complementiser further
    on opens the words (not `Выдумки, утверждают в ведомстве, служат ширмой для того, что`)."""
    text, tokens = wording.text, wording.tokens
    if not wording.inserted:
        return None  # a language without such clauses (من جانبه، قال X، في مؤتمر صحفي، إن)
    verb_start, cue_end = tokens[after - 1].start, tokens[after - 1].end
    opening = max(last_comma(text, s_start, verb_start) + 1, s_start)
    if text[opening:verb_start].strip():
        return None  # a word before the verb in its clause: it opens no reporting clause
    closing = COMMA.search(text, cue_end, min(s_end, wording.count.reach(cue_end, INSERTION_WORDS)))
    if closing is None or not _names_a_speaker(wording, after, closing.start()):
        return None
    first = _NEXT_WORD.search(text, closing.end(), s_end)  # the words' first, past spaces
    return first.start() if first else None


def _names_a_speaker(wording: Wording, after: int, end: int) -> bool:
    """Tell whether the words from token `after` to character `end` only name a speaker: names
    and designators, and the words beside them in such a clause (reported_speech.yaml
    `inserted`: в министерстве, там)."""
    tokens, k = wording.tokens, after
    while k < len(tokens) and tokens[k].start < end:
        name_end = wording.name_ends.get(k)
        if name_end is not None:
            k = bisect_left(tokens, name_end, key=lambda token: token.start)  # past the name
        elif tokens[k].folded in wording.inserted:
            k += 1
        else:
            return False
    return k > after


def _titled_speaker_end(wording: Wording, after: int, s_end: int) -> int | None:
    """Return where the speaker's name ends when it follows the verb, maybe past its titles,
    and a clause ends with it (`сообщил представитель МККК в Ереване Иван Петров, ...`), or
    a tail word follows it (`said Rafayel Ponjoyan in a video`); none when a verb follows the
    name right after it (`X, an aide, said Armenian forces had shelled Y`: its words' subject,
    reported_speech.yaml `subject_verbs`)."""
    first = wording.name_ends.get(after)
    if first is not None and _next_word_in(wording, first, wording.subject_verbs):
        return None  # said Armenian forces had ...
    for k in range(after, min(after + 1 + TITLE_WORDS, len(wording.tokens))):
        end = wording.name_ends.get(k)
        if end is None:
            continue
        if (k > after and _ends_clause(wording.text, end, s_end)) or _tail_at(wording, end):
            return end
    return None


def _tail_at(wording: Wording, at: int) -> bool:
    """Tell whether the word right after character `at` opens a reporting clause's tail."""
    return _next_word_in(wording, at, wording.tails)


def _next_word_in(
    wording: Wording, at: int, words: frozenset[str], *, adjacent: bool = False
) -> bool:
    """Tell whether the next word from character `at` (`adjacent`: past spaces only) is one of
    `words`, folded."""
    word = _NEXT_WORD.search(wording.text, at)
    if word is None or (adjacent and wording.text[at : word.start()].strip()):
        return False
    return names.fold(word.group()) in words


def _clause_before(wording: Wording, verb_start: int, tail: Span, s_start: int) -> Span | None:
    """Return the words before a reporting clause that ends its sentence (`<words>, the
    ministry said in a statement.`): the clause before the last comma ahead of the verb, when
    the speaker stands between them (a few words; in English, none only when the speaker's name
    or title follows the verb: `..., said Foreign Minister Lavrov`), and after the verb only a
    tail that a tail word opens, shorter than that clause."""
    text, count = wording.text, wording.count
    comma = last_comma(text, s_start, verb_start)
    between = count(comma + 1, verb_start)
    if comma < 0 or between > TAIL_SPEAKER or _opens_relative(wording, comma + 1):
        return None  # nor `X, who counts the dead and accuses Y`: the verb is X's, its words Y
    if wording.subject_first and not between and _lower_after(text, verb_start):
        comma = _before_apposition(wording, s_start, comma)  # <words>, title, name, said in
        if comma < 0:
            return None  # `X, who filmed inside, said the army ...`: the comma closes an insertion
    first = _NEXT_WORD.search(text, tail[0], tail[1])
    set_off = _set_off(wording, tail, first)  # X, he said, and Y; X, the ministry said, adding
    if first is not None and not set_off and names.fold(first.group()) not in wording.tails:
        return None
    words, named = count(s_start, comma), _ends_in_name(wording, tail)
    if words < TAIL_BEFORE or (
        words <= count(*_own_clause(wording, tail)) and not (set_off or named)
    ):
        return None
    return trimmed(text, s_start, comma)


def _before_apposition(wording: Wording, s_start: int, comma: int) -> int:
    """Return the comma before a speaker's title and name set off by commas right before the
    verb (`<words>, the Catholicos of All Armenians, Karekin II, said in ...`: the one after
    <words>), else -1. (The tail after the verb still decides: `..., who filmed inside, said
    the army` has words after it.)"""
    name = last_comma(wording.text, s_start, comma)
    title = last_comma(wording.text, s_start, name) if name >= 0 else -1
    return title if title >= 0 and wording.count(title + 1, comma) <= APPOSITION_WORDS else -1


def _ends_in_name(wording: Wording, tail: Span) -> bool:
    """Tell whether a tail ends with its speaker's name after a title (`..., написал в четверг
    на своей странице вице-премьер Армении Тигран Авинян;`): all of it is the reporting
    clause (not `... بحق أردوغان`, the verb's object)."""
    end = tail[0] + len(wording.text[tail[0] : tail[1]].rstrip(TRIM))
    return end in wording.titled


def _own_clause(wording: Wording, tail: Span) -> Span:
    """Return the tail after a reporting verb up to its first comma, in a language that puts
    the subject first (`..., Aliyev wrote on Twitter on Thursday, after ...`: what follows the
    comma is no more of the tail); the whole tail in another (its subject may follow), or when
    a comma sets the verb off (`In thirty years, he said, the mediators ...`)."""
    text = wording.text
    comma = COMMA.search(text, tail[0], tail[1]) if wording.subject_first else None
    if (
        comma
        and not text[tail[0] : comma.start()].strip()
        and _opens_relative(wording, comma.end())
    ):
        return tail[0], tail[0]  # `said X, who heads ...`: the clause is about the speaker
    return (tail[0], comma.start()) if comma and text[tail[0] : comma.start()].strip() else tail


def _opens_relative(wording: Wording, at: int) -> bool:
    """Tell whether the word at character `at` (past spaces) is a subject's relative pronoun."""
    return _next_word_in(wording, at, wording.relatives, adjacent=True)


def _set_off(wording: Wording, tail: Span, first: re.Match[str] | None) -> bool:
    """Tell whether a comma closes the reporting clause and what follows is no more of the
    words: a coordinated clause or a participle (X, he said, and Y; X, he said, so Y; X, the
    ministry said, completing ...; X, an aide said, Baku having granted ...): the words are the
    clause before."""
    if first is None or wording.text[tail[0] : first.start()].strip() not in (",", "،"):
        return False
    word = first.group().lower()
    second = _NEXT_WORD.search(wording.text, first.end(), tail[1])  # Baku having, not is so far
    named = second.group() if second and first.group()[:1].isupper() else word
    set_off = word in COORDINATORS or bool({names.fold(word), names.fold(named)} & wording.set_off)
    return set_off or (word.endswith("ing") and len(word) > 4)


def _lower_after(text: str, verb_start: int) -> bool:
    """Return whether the word after the verb at `verb_start` is in lower case (said the
    army ...), not a speaker's name or title (said Foreign Minister Lavrov)."""
    verb = _NEXT_WORD.search(text, verb_start)
    after = _NEXT_WORD.search(text, verb.end()) if verb else None
    return after is not None and after.group().islower()


def _quote_after(wording: Wording, cue_end: int, s_end: int) -> Span | None:
    """Return the first quotation that opens after the verb, when it is near it."""
    quotes = wording.quotes
    index = bisect_left(quotes, cue_end, key=lambda quote: quote[0])
    if index == len(quotes) or quotes[index][0] >= s_end:
        return None
    return quotes[index] if wording.count(cue_end, quotes[index][0]) <= QUOTE_NEAR else None


def _a_name(wording: Wording, quote: Span) -> bool:
    """Tell whether a quotation holds a name only (a mention begins and ends with it)."""
    index = bisect_left(wording.tokens, quote[0], key=lambda token: token.start)
    return wording.name_ends.get(index) == quote[1]


def _quote_before(wording: Wording, verb_start: int, s_start: int) -> Span | None:
    """Return the last quotation of the sentence that closes before the verb."""
    quotes = wording.quotes
    index = bisect_right(quotes, verb_start, key=lambda quote: quote[1]) - 1
    if index >= 0 and quotes[index][0] >= s_start:
        return quotes[index]
    return None


def _opener(wording: Wording, after: int, before: int) -> Token | None:
    """Return the complementiser near the verb that opens its words, before `before`."""
    cue_end = wording.tokens[after - 1].end
    limit = min(before, wording.count.reach(cue_end, OPENER_NEAR) + 1)
    tokens = wording.tokens
    for k in range(after, min(after + OPENER_TOKENS, len(tokens))):
        if tokens[k].start >= limit:
            break
        next_word = tokens[k + 1].folded if k + 1 < len(tokens) else ""
        if tokens[k].forms & wording.complementisers and next_word not in wording.demonstrated:
            return tokens[k]  # not `that evening`
    return None
