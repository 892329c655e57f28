"""Arabic organisations the registry lacks, by their head (unknown_names.yaml `arabic_heads`,
`arabic_ministry_heads`) and the words after it:

- definite words: adjectives and genitives (اللجنة الدولية للصليب الأحمر, النيابة العامة
  الأذربيجانية);
- a genitive chain opened by a word with the preposition li (لشؤون اللاجئين, لشؤون أسرى الحرب),
  its words indefinite until a definite one ends it, and definite words joined by wa after it
  (والرهائن والمفقودين): المفوضية السامية للأمم المتحدة لشؤون اللاجئين;
- a news agency's name after its word (agency: وكالة الأناضول التركية, قناة الجزيرة);
- a ministry: its head and two definite words or more, the last its state's adjective
  (وزارة الخارجية الأذربيجانية), or its topic and its state (owned_names.py).

The name ends in a definite word: an indefinite word at its end is the sentence's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kb_service.curation.drafting import owned_names, registry_forms
from kb_service.curation.drafting.proposed_entries import li_genitive, without_proclitic
from kb_service.curation.drafting.tokens import Token
from kb_service.curation.drafting.transliteration import kebab
from kb_service.model import names

if TYPE_CHECKING:
    from kb_service.curation.drafting.unknown_names import _Reader

MAX_WORDS = 7  # words after an Arabic organisation's head, at most
MAX_AGENCY = 3  # words of an agency's name after its word, at most
_ARTICLE = ("ال", "لل")  # the article, alone or after the preposition li
_HAMZA_ALEFS = ("أ", "إ", "آ")  # a word's first letter that folds to a bare alef


def find(reader: _Reader) -> None:
    """Propose the Arabic organisations of the passage."""
    tokens, at, rule = reader.tokens, 0, reader.rule
    while at < len(tokens):
        # a definite head (الوزارة) is the designator, never a name's head
        ministry = bool(tokens[at].forms & rule.arabic_ministries) and not definite(tokens[at])
        if at in reader.taken or not (ministry or tokens[at].forms & rule.arabic_heads):
            at += 1
            continue
        owned = None if not ministry else owned_names.arabic_in_capital(reader, at)
        owned = owned_names.arabic(reader, at) if ministry and owned is None else owned
        if owned is not None:  # وزارة خارجية جمهورية أذربيجان, وزارة الدفاع في باكو
            at = owned + 1
            continue
        last = _last(reader, at, chains=not ministry)
        while ministry and last > at + 1 and not tokens[last].folded.endswith("يه"):
            last -= 1  # a ministry ends in its state's adjective (الأذربيجانية), not its object
        if last - at >= (2 if ministry else 1):
            words = reader.text[tokens[at].end : tokens[last].end]
            name = _head(reader, tokens[at].text) + words  # لوزارة: وزارة, لمنظمة: منظمة
            kind = "ministry" if ministry else "organisation"
            reader.add(at, last, kind, name=name, ident=kebab(name))  # one entry, whatever clitic
        at = last + 1
    owned_names.arabic_topics(reader)  # الخارجية الأذربيجانية
    registry_forms.arabic_armed_forces(reader)  # الجيش الأرميني


def _last(reader: _Reader, head: int, *, chains: bool) -> int:
    """Return the last word of the name whose head is token `head`: past the definite words,
    and (`chains`) a genitive chain opened by li and the words joined by wa after it."""
    last, at, pending, chain = head, head + 1, 0, False
    while at < len(reader.tokens) and at - head <= MAX_WORDS and _free(reader, at):
        folded = reader.tokens[at].folded  # a hamza's alef is no article's (إلهام, ألكسندر)
        article = not reader.tokens[at].text.startswith(_HAMZA_ALEFS)
        if article and (folded.startswith(("ال", "لل")) or (chain and folded.startswith("وال"))):
            last, pending = at, 0  # a definite word ends the name so far
        elif chains and not pending and li_genitive(folded):
            chain, pending = True, 1  # لشؤون: a chain that a definite word must end
        elif pending == 1 and not folded.startswith("و"):
            pending = 2  # أسرى in لشؤون أسرى الحرب
        else:
            break
        at += 1
    return last


def definite(token: Token) -> bool:
    """Return whether an Arabic word has the article (الوزارة, للوزارة, والوزارة)."""
    return token.folded.startswith((*_ARTICLE, "وال", "بال", "فال"))


def _free(reader: _Reader, at: int) -> bool:
    """Return whether token `at` may continue a name: untaken, after a space, no particle."""
    return (
        at not in reader.taken
        and reader.joined(at)
        and reader.tokens[at].folded not in reader.rule.particles
    )


def _head(reader: _Reader, word: str) -> str:
    """Return an organisation's head without a proclitic, where the rest is a head itself
    (لمنظمة: منظمة, للجنة: اللجنة; لجنة keeps its lam)."""
    heads = reader.rule.arabic_heads | reader.rule.arabic_ministries
    return without_proclitic(word, lambda form: names.fold(form) in heads)


def agency(reader: _Reader, at: int, length: int) -> None:
    """Propose the agency named after the agency word at `at` (`length` words): its words up
    to a particle, a known name, a nationality (التركية) or a word without the article after
    one with it (قناة الجزيرة أجريت: a verb), named with the word too."""
    tokens = reader.tokens
    first = last = at + length
    while last < len(tokens) and last - first < MAX_AGENCY and last not in reader.taken:
        folded, before = tokens[last].folded, tokens[last - 1].folded
        nationality = last > first and _nationality(folded)
        # a word without the article after one with it, not after a nationality (وكالة الأنباء
        # الأذربيجانية أذرتاج): no more of the name
        indefinite = last > first and _definite(before) and not _nationality(before)
        if not reader.joined(last) or folded in reader.rule.particles or nationality:
            break
        if indefinite and not _definite(folded):
            break
        last += 1
    if last == first:
        return
    words = reader.text[tokens[at].end : tokens[last - 1].end]  # the agency's words too
    head = without_proclitic(tokens[at].text, lambda form: form.startswith("وكال"))  # لوكالة
    reader.add(first, last - 1, "news-agency", name=f"{head}{words}")


def _nationality(folded: str) -> bool:
    """Tell whether a folded Arabic word is a nationality's adjective (التركية)."""
    return folded.startswith("ال") and folded.endswith("يه")


def _definite(folded: str) -> bool:
    """Tell whether a folded Arabic word has the article, maybe after ل (للأنباء); not after
    و, which joins a second name (قناتا الجزيرة والعربية), as `definite` allows."""
    return folded.startswith(_ARTICLE)
