"""How much a new event, statement or relation resembles a stored one: a score and its reasons.

Pure: the features of both records come in (dates as day keys and precision, registry ids,
type and PLOVER category, folded words), a score from 0 to 1 and the reasons for it come out.
Registry ids are the same in every language, so an Arabic report and an English report of one
meeting meet through the actors both name, with nothing translated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kb_service.model import names
from kb_service.model.dates import OPEN_END_KEY, OPEN_START_KEY

# Days a date may miss another by and still be taken for it, by precision: a report dated by
# the day is often a day or two off (the day it was announced, the day it was reported); a
# month or a season is a looser reading, so it gets more slack beyond its own bounds.
TOLERANCE_DAYS = {"day": 3, "month": 7, "season": 15, "year": 31}
COARSE_TOLERANCE_DAYS = 366  # decade, century, millennium
WEEK_DAYS = 7  # two spans this short that overlap are good evidence of one date
NARROW_SPAN_DAYS = 31  # within a month, less so
WIDE_SPAN_DAYS = 366  # a stored record longer than a year, or still going, dates nothing
WIDE_SPAN_SHARE = 0.75  # so only a close match on everything else is shown against one
# A deadline (status `due`) is a plan that moves: an obligation's deadline is extended (a
# handover put back ten days) more often than a second obligation of the same kind at the same
# place is made within weeks. So a deadline and a report of the same type at the same place are
# matched this far apart. Not `scheduled`: a ceasefire from noon that fails is followed by a new
# one a week later, not moved. Not beyond read.candidates.QUERY_REACH_DAYS, so the graph is
# still asked a bounded window.
DEADLINE_STATUS = "due"
DEADLINE_TOLERANCE_DAYS = 31

# A new record whose best candidate scores at least THRESHOLD is a warning at ingest: with the
# weights below it takes the same dates, the same type (or PLOVER category) and the participants
# in common, or for a statement the speaker and many of its words. Candidates under FLOOR are
# not shown: the same type on the same day alone (0.5) stays under it, as do two relations that
# share one end.
THRESHOLD = 0.6
FLOOR = 0.55
MAX_CANDIDATES = 5
MIN_WORD = 4  # shorter words (articles, prepositions) say nothing about the record

# Function words of four letters or more that every report uses.
_COMMON_WORDS = frozenset(
    {
        "that", "this", "with", "from", "have", "were", "said", "after", "their", "which",
        "would", "about", "also", "between", "during", "against", "других", "после", "было",
        "который", "которые", "также", "заявил", "между", "على", "الى", "التي", "الذي", "بين",
        "بعد", "قال", "وقال",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Weights:
    """The share of the score each kind of evidence carries (they sum to 1)."""

    date: float
    type: float
    plover: float  # the same PLOVER category but another type
    actors: float
    places: float
    words: float
    both_ends: bool = False  # the actors are the record itself: all of them must agree


# Events: who took part and when says most; the type confirms. Two reports rarely list the same
# participants, so the share is of the shorter list. Statements: a speaker says many things on
# one day, so the words (the quote, its English text) count more than the kind. Relations: the
# subject and object are the relation (one shared end counts a quarter); dates are often open.
WEIGHTS = {
    "Event": Weights(date=0.25, type=0.25, plover=0.12, actors=0.3, places=0.08, words=0.12),
    "Statement": Weights(date=0.2, type=0.1, plover=0.05, actors=0.25, places=0.05, words=0.35),
    "Relation": Weights(
        date=0.1, type=0.2, plover=0.1, actors=0.7, places=0.0, words=0.0, both_ends=True
    ),
}
_ACTOR_NOUNS = {"Event": "participants", "Statement": "speakers", "Relation": "subject/object"}


@dataclass(frozen=True)
class Features:
    """What a record is compared by."""

    id: str
    label: str  # Event, Statement or Relation
    type: str  # the event type, statement kind or relation type
    plover: str | None
    date: str  # the EDTF text, for the reasons
    start_key: int
    end_key: int
    precision: str
    actors: frozenset[str] = frozenset()  # participants, speakers and addressees, or both ends
    places: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()  # the places and the places they are within
    words: frozenset[str] = frozenset()
    status: str = "occurred"  # an event's status; a statement or relation counts as occurred


@dataclass(frozen=True)
class Resemblance:
    """How much one stored record resembles a new one, and why."""

    id: str
    score: float
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        """Return the candidate as the curated file and the API show it."""
        return {"id": self.id, "score": self.score, "reasons": list(self.reasons)}


def tolerance(precision: str) -> int:
    """Return the days a date of `precision` may miss another by."""
    if precision == "open":
        return 0  # an open date already reaches as far as it can
    return TOLERANCE_DAYS.get(precision, COARSE_TOLERANCE_DAYS)


def word_keys(texts: Iterable[str | None]) -> frozenset[str]:
    """Return the folded words of `texts` that can tell one report from another."""
    found = {
        word
        for text in texts
        if text
        for word in names.words(text)
        if len(word) >= MIN_WORD and not word.isdigit()
    }
    return frozenset(found - _COMMON_WORDS)


def slack_days(new: Features, stored: Features) -> int:
    """Return the days two dates may miss each other by and still be one record's."""
    slack = max(tolerance(new.precision), tolerance(stored.precision))
    return max(slack, DEADLINE_TOLERANCE_DAYS) if moved_deadline(new, stored) else slack


def moved_deadline(new: Features, stored: Features) -> bool:
    """Tell whether two events may be one obligation whose deadline moved: one of them `due`,
    the same type, at a place both name."""
    due = DEADLINE_STATUS in (new.status, stored.status)
    return due and new.type == stored.type and bool(new.places & stored.places)


def date_score(new: Features, stored: Features) -> tuple[float, str, float] | None:
    """Return how well two dates agree (0..1), why, and the share of the rest of the score that
    counts; None when they cannot be one date."""
    slack = slack_days(new, stored)
    if new.start_key > stored.end_key + slack or stored.start_key > new.end_key + slack:
        return None
    shown = f"{new.date}, {stored.date}"
    near = max(tolerance(new.precision), tolerance(stored.precision))
    gap = max(new.start_key - stored.end_key, stored.start_key - new.end_key)
    if gap > near:
        return 0.4, f"a deadline moved by {gap} days ({shown})", 1.0
    if gap > 0:
        return 0.6, f"dates within {near} days ({shown})", 1.0
    same = (new.start_key, new.end_key) == (stored.start_key, stored.end_key)
    if same and (_open(new) or _span(new) <= WEEK_DAYS):
        return 1.0, f"same date ({new.date})", 1.0
    # The same month (or season, year) is not the same day: it is scored as the span it is.
    if same:
        reason = f"same span ({new.date}, {_span(new)} days)"
    else:
        reason = f"dates overlap ({_within(new, stored) or _within(stored, new) or shown})"
    wider = max(_span(new), _span(stored))
    if wider <= WEEK_DAYS:
        return 0.9, reason, 1.0
    if wider <= NARROW_SPAN_DAYS:
        return 0.6, reason, 1.0  # a month holds several events of a kind between two parties
    if not (_process(stored) or _long_before(new, stored) or _long_before(stored, new)):
        return 0.4, reason, 1.0  # a coarse date, or one known only by its end, may hold the other
    # A stored record over years (or still going) contains many events: more likely a part of it.
    return 0.0, reason, WIDE_SPAN_SHARE


def resemble(new: Features, stored: Features) -> Resemblance | None:
    """Score how much `stored` resembles `new`; None when they cannot be one record (another
    kind, or dates that do not meet)."""
    if new.label != stored.label or new.id == stored.id:
        return None
    dated = date_score(new, stored)
    if dated is None:
        return None
    weights = WEIGHTS[new.label]
    score, reasons = 0.0, [dated[1]]
    if new.type == stored.type:
        score += weights.type
        reasons.append(f"same type: {new.type}")
    elif new.plover and new.plover == stored.plover:
        score += weights.plover
        reasons.append(f"same PLOVER category: {new.plover}")
    shared = sorted(new.actors & stored.actors)
    if shared:
        score += weights.actors * _share(len(shared), new, stored, weights)
        reasons.append(f"shared {_ACTOR_NOUNS[new.label]}: {', '.join(shared)}")
    score, reasons = _places(new, stored, weights, score, reasons)
    common = sorted(new.words & stored.words)
    if common and weights.words:
        score += weights.words * min(1.0, len(common) / max(1, min(len(new.words), 6)))
        reasons.append(f"words in common: {', '.join(common[:8])}")
    score = weights.date * dated[0] + score * dated[2]
    return Resemblance(stored.id, round(min(score, 1.0), 2), tuple(reasons))


def best(new: Features, stored: Iterable[Features]) -> list[Resemblance]:
    """Return the stored records that may be `new`, at or above FLOOR, best first (at most
    MAX_CANDIDATES; ties by id)."""
    found = [r for r in (resemble(new, other) for other in stored) if r and r.score >= FLOOR]
    found.sort(key=lambda r: (-r.score, r.id))
    return found[:MAX_CANDIDATES]


def _share(shared: int, new: Features, stored: Features, weights: Weights) -> float:
    if weights.both_ends:
        return (shared / max(len(new.actors), len(stored.actors))) ** 2
    return shared / min(len(new.actors), len(stored.actors))


def _places(
    new: Features, stored: Features, weights: Weights, score: float, reasons: list[str]
) -> tuple[float, list[str]]:
    # When one of the two names no participants, who took part cannot tell them apart; where it
    # happened is then what does (with the type and the date), so the place carries both shares.
    weight = weights.places
    if not (new.actors and stored.actors):
        weight += weights.actors
    same = sorted(new.places & stored.places)
    if same:
        return score + weight, [*reasons, f"same places: {', '.join(same)}"]
    nested = sorted((new.places & stored.regions) | (stored.places & new.regions))
    if nested:
        return score + weight / 2, [*reasons, f"nested places: {', '.join(nested)}"]
    return score, reasons


def _open(features: Features) -> bool:
    return features.start_key == OPEN_START_KEY or features.end_key == OPEN_END_KEY


def _span(features: Features) -> int:
    if _open(features):
        return OPEN_END_KEY
    return features.end_key - features.start_key + 1


def _process(features: Features) -> bool:
    """Tell whether a record may run over years: still going (an open end), or a span longer
    than a year. A date known only by its end (`../D`, "by D") is not one by itself."""
    if features.end_key == OPEN_END_KEY:
        return True
    return features.start_key != OPEN_START_KEY and _span(features) > WIDE_SPAN_DAYS


def _long_before(by: Features, other: Features) -> bool:
    """Tell whether `by` is known only by its end and `other` ended over a month before it:
    "by 8 November" dates the days before 8 November, not a year earlier."""
    known_end = by.start_key == OPEN_START_KEY and by.end_key != OPEN_END_KEY
    return known_end and other.end_key < by.end_key - NARROW_SPAN_DAYS


def _within(inner: Features, outer: Features) -> str | None:
    if outer.start_key <= inner.start_key and inner.end_key <= outer.end_key:
        return f"{inner.date} within {outer.date}"
    return None
