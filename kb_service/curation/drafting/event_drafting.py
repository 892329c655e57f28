"""The events of a draft: an event wherever a cue of an event type (cues.yaml) meets a date.

- A cue inside quotation marks is the speaker's words, not the text's report (`«the
  ceasefire holds», Lavrov said on Monday`): left out, unless the quotation writes the date
  itself (a quoted statement: `"On 27 September, Lavrov held a phone call ..."`).
- Dates, status, weeks of fighting as a war: event_dates.py. A cue in a passage without a date
  drafts no event, but a pair of cues there (`Russia is to station 1,960 servicemen`) adds its
  passage and actors to the one event of its type dated; a text dating no event (a brief) drafts
  its cues' events of the publication, uncertain. An event needs a name or the conflict.
- Participants: the actors named in the cue's sentence (else its passage), but outlets and
  the speakers of the words that report the event (`Aliyev said that a ceasefire took
  hold`); of an event led by persons, the persons rather than their states; of an event
  between the sides (a ceasefire, a handover; a war naming no one), the conflict's sides.
- Talks naming one side are a meeting (event_talks.py); an event's passages: one item (event_merge).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from kb_service.curation.drafting import budget, conflict_names, event_merge, relays, source_titles
from kb_service.curation.drafting.anchored_dates import Anchors
from kb_service.curation.drafting.cues import Cues
from kb_service.curation.drafting.date_expressions import DateExpression
from kb_service.curation.drafting.event_dates import EventDates, rules
from kb_service.curation.drafting.event_forces import Forces
from kb_service.curation.drafting.event_talks import as_meetings
from kb_service.curation.drafting.event_words import (
    after_sources,
    hands_a_place,
    reported,
    token_range,
    unique,
    words_of,
)
from kb_service.curation.drafting.mentions import Entity, Mention
from kb_service.curation.drafting.passage_dates import PassageDates, clause_of
from kb_service.curation.drafting.passage_reading import PassageReading
from kb_service.curation.drafting.times_of_day import TimesOfDay, text_day
from kb_service.curation.drafting.tokens import quoted_spans, sentence_of

if TYPE_CHECKING:
    from kb_service.curation.vocabulary import Vocabulary

UNKNOWN_KIND = "actor"  # a name proposed without its kind: one word is a place as often as not


class Builder(Protocol):
    """What the draft's builder gives the events: the content passages read, ids, evidence."""

    readings: list[PassageReading]
    cues: Cues
    vocabulary: Vocabulary
    language: str
    published: str
    only_conflict: str | None

    def new_id(self, *parts: str) -> str: ...
    def undated(self) -> str: ...
    def evidence(self, reading: PassageReading, at: int) -> dict[str, Any]: ...
    def conflict(self, mentions: list[Mention]) -> str | None: ...


def drafted(builder: Builder, known: Mapping[str, Entity]) -> list[dict[str, Any]]:
    """Return the events of a draft, those of one real event merged, each in the text's
    conflict when its passage names none. `known` holds the registry's entries by id."""
    items = _Events(builder, known).items()
    as_meetings(items, builder.cues.language, builder.vocabulary.terms["event_types"])
    items = event_merge.merged(items, builder.only_conflict)
    return event_merge.absorbed(items, rules(builder.cues.language).absorbed)


class _Events:
    def __init__(self, builder: Builder, known: Mapping[str, Entity]) -> None:
        self.builder = builder
        self.rules = rules(builder.cues.language)
        self.dates = EventDates(builder.published, self.rules, builder.cues)
        self.anchors = Anchors(builder.cues.language)  # the same day, a day earlier
        self.times = TimesOfDay(builder.language, text_day(builder.readings, builder.published))
        self.terms = builder.vocabulary.terms["event_types"]
        sides = conflict_names.sides(builder.only_conflict or "")
        self.sides = [known[i] for i in sides if i in known]
        self.names_any = any(r.named for r in builder.readings)
        self.forces = Forces(known, builder.cues)
        self.cited: dict[int, set[int]] = {}  # the passages each joined event cites
        self.cue_ends: dict[int, int] = {}  # of the passage read: where each cue ends
        terms = builder.vocabulary.terms  # a proposed district is a place, not an actor
        self.place_kinds = frozenset(terms["place_kinds"]) - frozenset(terms["actor_kinds"])

    def items(self) -> list[dict[str, Any]]:
        """Return the events of dated cues, then add the clauses of undated passages."""
        drafted: dict[str, list[dict[str, Any]]] = {}
        items: list[dict[str, Any]] = []
        later: list[tuple[PassageReading, int, str, bool]] = []
        for reading in self.builder.readings:
            budget.check()
            seen: set[tuple[str, str]] = set()
            text = reading.passage.text
            written = self.times.read(text, reading.spans, self.anchors.read(text, reading.dates))
            dates = self.dates.of_passage(text, reading.spans, written)
            found_cues = [
                (at, term, pair, quote, dates.clause(reading.tokens[at].start))
                for at, term, pair, quote in self.cues_of(reading)
            ]
            for at, term, _, _, clause in found_cues:
                words = token_range(reading, clause)
                back = self.dates.backdrop(reading.tokens[words.start : at])
                dates.claim(clause, term, reading.tokens[at].start, backdrop=back)
            for at, term, pair, quote, clause in found_cues:
                found = self.dated(reading, dates, (at, term), quote, clause)
                if not found:
                    if quote is None:
                        later.append((reading, at, term, pair))
                    continue
                if not self.anchored(reading):
                    continue
                for date in found:
                    kind = self.dates.typed(term, date.edtf, reading.tokens[at])
                    if (kind, date.edtf) not in seen:
                        seen.add((kind, date.edtf))
                        item = self.event(reading, kind, date, at)
                        items.append(item)
                        drafted.setdefault(kind, []).append(item)
        if not items:  # a text that dates nothing: its events are of its day, uncertain
            return self.of_the_day(later)
        for reading, at, term, pair in later:
            if pair and len(drafted.get(term, ())) == 1:  # the one event of its type dated
                self.join(drafted[term][0], reading, at)
        return items

    def dated(
        self,
        reading: PassageReading,
        dates: PassageDates,
        cue: tuple[int, str],
        quote: tuple[int, int] | None,
        clause: tuple[int, int],
    ) -> list[DateExpression]:
        """Return the dates of a cue (first token, type): a quotation's only with its own date."""
        at, term = cue
        start = reading.tokens[at].start
        span = (start, self.cue_ends.get(at, start))
        if quote is None:
            found = dates.chosen(sentence_of(reading.spans, start), clause, term, span)
        else:
            found = [
                d for d in dates.chosen(quote, quote, term, span) if quote[0] <= d.start < quote[1]
            ]
        words = token_range(reading, clause)
        before, within = reading.tokens[words.start : at], reading.tokens[words.start : words.stop]
        if self.dates.backdrop(before):  # since the fighting stopped: dated in its clause, or
            own = (clause, dates.clause(max(span[1] - 1, span[0])))  # its pair's last word's
            found = [d for d in found if any(a <= d.start < b for a, b in own)]
        if self.dates.spans(term):  # a lasting event, a stop: where the fighting began, ended
            ends = (words_of(reading, sentence_of(reading.spans, start)), dates.found)
            clauses = [words_of(reading, dates.clause(d.start)) for d in found]
            found = self.dates.spanned(found, term, within, clauses, ends)
        return self.dates.fitting(
            [self.dates.as_told(d, term, before) for d in found], term, within
        )

    def of_the_day(self, cues: list[tuple[PassageReading, int, str, bool]]) -> list[dict[str, Any]]:
        """Return an event of each type cued in a passage that names an actor or a place,
        dated by the publication, uncertain (`?`): a text that writes no date of an event
        (a short brief) reports the day's news."""
        items: dict[str, dict[str, Any]] = {}
        for reading, at, term, _ in cues:
            if term not in items and term not in self.rules.spans_only and reading.named:
                day = DateExpression(0, 0, "", self.builder.undated(), "publication")
                items[term] = self.event(reading, term, day, at)
        return list(items.values())

    def cues_of(
        self, reading: PassageReading
    ) -> Iterable[tuple[int, str, bool, tuple[int, int] | None]]:
        """Yield (token, type, pair, quotation) of each event cue of a passage, with the
        quotation marks' span that holds it (None outside quotation marks)."""
        text = reading.passage.text
        quoted = quoted_spans(text)
        starts = [s for s, _ in quoted]
        self.cue_ends = {}  # where each cue of the passage ends (a date is nearest to its span)
        for at, phrase in self.builder.cues.events_found(reading.tokens, text):
            start = reading.tokens[at].start
            self.cue_ends[at] = reading.tokens[at + len(phrase.words) - 1].end
            inside = bisect_right(starts, start) - 1
            quote = quoted[inside] if inside >= 0 and start < quoted[inside][1] else None
            if phrase.term in self.terms and hands_a_place(
                reading, at, phrase, self.rules.handing, self.place
            ):
                yield at, phrase.term, phrase.clause, quote

    def place(self, mention: Mention) -> bool:
        return mention.entity.label == "Place" or mention.entity.kind in self.place_kinds

    def anchored(self, reading: PassageReading) -> bool:
        """Return whether an event of the passage is of this text's world: the passage names
        an actor or a place, or another passage does, or the text's conflict is known."""
        return bool(reading.named) or self.names_any or self.builder.only_conflict is not None

    def event(
        self, reading: PassageReading, term: str, date: DateExpression, at: int
    ) -> dict[str, Any]:
        builder, text = self.builder, reading.passage.text
        start = reading.tokens[at].start
        sentence = sentence_of(reading.spans, start)
        actors = self.participants(reading, term, start)
        places = unique(m.entity for m in self.named(reading, sentence) if self.place(m))
        label = self.terms[term].label.get("en", term)
        who = ", ".join(a.name_en for a in actors) or ", ".join(p.name_en for p in places)
        item: dict[str, Any] = {
            "id": builder.new_id(f"p{reading.passage.number}", term),
            "review": "draft",
            "title": f"{label}: {who}"[:300] if who else label,
        }
        if builder.language in source_titles.LANGUAGES:
            own = source_titles.title_span(text, sentence, start)
            if own:
                item[f"title_{builder.language}"] = own
        item["type"] = term
        words = token_range(reading, sentence)
        status = self.dates.status(date, term, reading.tokens, at, words)
        if status != "occurred":
            item["status"] = status
        item["date"] = date.edtf
        conflict = builder.conflict(reading.mentions)
        if conflict:
            item["conflict"] = conflict
        if actors:
            role = f"named in passage {reading.passage.number}"
            item["participants"] = [{"actor": a.id, "role": role} for a in actors]
        if places:
            item["places"] = [p.id for p in places]
        item["evidence"] = [builder.evidence(reading, start)]
        return item

    def named(self, reading: PassageReading, sentence: tuple[int, int]) -> list[Mention]:
        """Return the names of the cue's sentence when it names an actor, else the passage's."""
        named = reading.named
        low = bisect_left(named, sentence[0], key=lambda m: m.start)
        own = named[low : bisect_left(named, sentence[1], key=lambda m: m.start)]
        return own if any(m.entity.label == "Actor" for m in own) else reading.named

    def participants(self, reading: PassageReading, term: str, at: int) -> list[Entity]:
        """Return the participants of an event whose cue starts at character `at`."""
        speakers = {  # of the words that hold the cue, but one named inside those words
            m.entity.id
            for s in reading.speech
            if (s.start <= at < s.end or s.cue_start == at)
            and reported(reading, s, self.builder.cues)
            for m in (*s.speakers, *s.via)
            if not s.start <= m.start < s.end
        }
        named = self.named(reading, sentence := sentence_of(reading.spans, at))
        sources = after_sources(self.builder.cues, self.rules.sources, reading.tokens)
        low, high = clause_of(reading.passage.text, reading.spans, at)
        if term in self.rules.led_by_persons:  # those who talk: up to the cue's clause's end
            own = [m for m in named if m.start < high]  # not `, after X invited`
            if sum(m.entity.label == "Actor" and not self.place(m) for m in own) >= 2:
                named = own
        actors = unique(
            m.entity
            for m in named
            if m.entity.label == "Actor"
            and not self.place(m)
            and not relays.outlet(m.entity)
            and not (m.entity.kind == UNKNOWN_KIND and " " not in m.entity.name_en.strip())
            and m.entity.id not in speakers
            and m.first not in sources
        )
        in_clause = {m.entity.id for m in named if low <= m.start < high}
        if forces := self.forces.of(term, actors, words_of(reading, sentence), in_clause):
            return forces
        if term in self.rules.between_sides or (term in self.rules.fought and not actors):
            return self.sides or [a for a in actors if a.kind == "state"]
        if term in self.rules.led_by_persons and any(a.kind == "person" for a in actors):
            return [a for a in actors if a.kind != "state"]
        return actors

    def join(self, item: dict[str, Any], reading: PassageReading, at: int) -> None:
        """Add a passage that reports an event in a clause without a date to its event."""
        number = reading.passage.number
        cited = self.cited.setdefault(id(item), {e["passage"] for e in item["evidence"]})
        if number in cited:
            return
        cited.add(number)
        start = reading.tokens[at].start
        item["evidence"].append(self.builder.evidence(reading, start))
        if item["type"] in self.rules.between_sides:
            return
        known = {p["actor"] for p in item.get("participants", [])}
        role = f"named in passage {number}"
        added = [
            {"actor": a.id, "role": role}
            for a in self.participants(reading, item["type"], start)
            if a.id not in known
        ]
        if added:
            item["participants"] = [*item.get("participants", []), *added]
