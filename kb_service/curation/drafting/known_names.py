"""Names proposed earlier in a text, read again wherever they stand: Aliyev after Ilham
Aliyev, علييف after إلهام علييف, Путиным after Владимир Путин (folded, without a clitic or a
case ending), a surname one edit away (Pashinian after Nikol Pashinyan), and an Arabic
organisation's short form (الأمانة العامة after الأمانة العامة لجامعة الدول العربية), but not
where it starts another body's name (المكتب الصحفي لرئيس أذربيجان). Read while the
passages are read (so a later passage names the entry the earlier one proposed), and once more
over the whole text when all is read (a headline names a city the body proposes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kb_service.curation.drafting import owned_names
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.name_rules import in_zone, rules
from kb_service.curation.drafting.proposed_entries import Proposals, li_genitive
from kb_service.curation.drafting.tokens import Token
from kb_service.model import names

ATTACHED = frozenset({"التابع", "التابعه"})  # belonging to (folded): another body's name goes on
IN = "في"  # before an institution's head: another body's name goes on (المكتب الصحفي في وزارة)

if TYPE_CHECKING:
    from kb_service.curation.drafting.passage_reading import PassageReading


def again(readings: list[PassageReading], proposals: Proposals) -> None:
    """Read the proposed names once more in every passage of content, now that the whole text
    has proposed them (a headline names the city its body proposes)."""
    for reading in readings:
        if reading.passage.not_content is not None or not proposals.entities:
            continue
        taken = {k for m in reading.named for k in range(m.first, m.last + 1)}
        tokens, passage = reading.tokens, reading.passage
        found = find(proposals, passage.number, passage.text, tokens, taken)
        if found:
            reading.proposed = sorted([*reading.proposed, *found], key=lambda m: m.first)


def find(
    proposals: Proposals,
    passage: int,
    text: str,
    tokens: list[Token],
    taken: set[int],
    left: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Return the mentions of proposed names in the tokens that `taken` leaves free (marking
    them taken), the longest name first at each word; record where each was seen. Words in
    `left` are left to other rules (a place adjective before its noun)."""
    found: list[Mention] = []
    capitals = proposals.language in ("en", "ru")
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if at in taken or at in left or (capitals and not token.text[0].isupper()):
            at += 1
            continue
        length, entity = longest(proposals, tokens, at, taken)
        if entity is None and capitals:
            entity, length = proposals.near_person(token.folded), 1
        last = at + length - 1
        if (
            entity is None
            or in_zone(rules(proposals.language), tokens, at, last)
            or _another_body(proposals, entity, tokens, at, last)
        ):
            at += 1
            continue
        found.append(Mention(entity, at, last, token.start, tokens[last].end))
        proposals.saw(entity, passage, text[token.start : tokens[last].end])
        taken.update(range(at, last + 1))
        at = last + 1
    return found


def _another_body(
    proposals: Proposals, entity: Entity, tokens: list[Token], at: int, last: int
) -> bool:
    """Tell whether an Arabic organisation's short form (tokens `at` to `last`) starts another
    body's name, which goes on with its own genitive, the word of one's belonging, a state's
    adjective, or `in` and an institution's head (المكتب الصحفي لرئيس أذربيجان, المكتب الصحفي
    التابع لرئيس أذربيجان, المكتب الصحفي الأذربيجاني, المكتب الصحفي في وزارة الدفاع, after
    المكتب الصحفي للكرملين)."""
    if (entity.id, last - at + 1) not in proposals.shorts:
        return False
    after = tokens[last + 1].folded if last + 1 < len(tokens) else ""
    rule = rules(proposals.language)
    beyond = tokens[last + 2].forms if last + 2 < len(tokens) else frozenset()
    inside = after == IN and bool(beyond & (rule.arabic_heads | rule.arabic_ministries))
    adjective = owned_names.arabic_demonym(proposals.known, after, feminine=False) is not None
    return li_genitive(after) or after in ATTACHED or adjective or inside


def longest(
    proposals: Proposals, tokens: list[Token], at: int, taken: set[int]
) -> tuple[int, Entity | None]:
    """Return the length and entry of the longest proposed name at token `at` (0, None)."""
    best: tuple[int, Entity | None] = (0, None)
    for form in tokens[at].forms:
        for words, entity in proposals.by_first.get(form, ()):
            if len(words) > best[0] and _follows(words, tokens, at, taken):
                best = (len(words), entity)
    return best


def _follows(words: tuple[str, ...], tokens: list[Token], at: int, taken: set[int]) -> bool:
    if at + len(words) > len(tokens):
        return False
    return all(
        at + k not in taken and (word in tokens[at + k].forms or _stem_of(word, tokens[at + k]))
        for k, word in enumerate(words[1:], start=1)
    )


def _stem_of(word: str, token: Token) -> bool:
    """Tell whether a name's word and a token meet without their endings (Russian cases)."""
    return bool(token.forms & {word, *names.Forms.of(word).variants})


def forget(
    proposals: Proposals, found: list[Mention], drop: list[Mention], passage: int, text: str
) -> None:
    """Take back names found in a passage that a longer name holds after all (Минобороны
    Армении: the registry's ministry; Tigran Avinyan: a headline's Avinyan is his surname):
    no longer found there, nor recorded as seen there."""
    for mention in drop:
        proposals.unsaw(mention.entity, passage, text[mention.start : mention.end])
    found[:] = [m for m in found if m not in drop]
