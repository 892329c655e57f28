"""The synthetic corpus's world: registry entities, skewed samplers, EDTF dates, YAML writing."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import random
from dataclasses import dataclass, field
from typing import Any

FIRST_DAY = dt.date(1988, 1, 1)
# Fixed, so that the corpus does not change with the day it is made.
LAST_DAY = dt.date(2026, 11, 28)
MAX_FILE_BYTES = 5 * 1024 * 1024
EVENTS_PER_SOURCE = (100, 600)
NEWS_ACTORS = 20
EVENT_TYPES = (
    "phone-call", "meeting", "negotiations", "armed-clash", "shelling", "air-strike",
    "offensive", "war", "martial-law", "mobilisation", "ceasefire", "escalation",
)  # fmt: skip
STATEMENT_KINDS = (
    "announcement", "appeal", "claim", "accusation", "concern", "denial", "position",
    "commitment", "report",
)  # fmt: skip
PRINCIPAL_KINDS = ("person",) * 6 + ("state", "ministry", "armed-force", "organisation")
ROLES = ("attacker", "defender", "mediator", "party", "host", "negotiator")
FIRST_EN = [
    "Amir",
    "Lena",
    "Oleg",
    "Sara",
    "Davit",
    "Nadia",
    "Ilham",
    "Rustam",
    "Elena",
    "Karen",
    "Leyla",
    "Artur",
    "Maria",
    "Farid",
]
LAST_EN = [
    "Aliyev",
    "Petrov",
    "Sarkisov",
    "Haddad",
    "Mansour",
    "Orlov",
    "Grigoryan",
    "Nasser",
    "Volkov",
    "Karimi",
]
FIRST_AR = [
    "أمير",
    "لينا",
    "أوليغ",
    "سارة",
    "داود",
    "نادية",
    "إلهام",
    "رستم",
    "إيلينا",
    "كارين",
    "ليلى",
    "آرتور",
    "ماريا",
    "فريد",
]
LAST_AR = [
    "علييف",
    "بتروف",
    "سركيسوف",
    "حداد",
    "منصور",
    "أورلوف",
    "غريغوريان",
    "ناصر",
    "فولكوف",
    "كريمي",
]
WORDS_EN = [
    "the",
    "ceasefire",
    "must",
    "be",
    "respected",
    "by",
    "all",
    "sides",
    "we",
    "condemn",
    "shelling",
    "of",
    "civilian",
    "areas",
    "negotiations",
    "will",
    "continue",
    "our",
    "forces",
    "responded",
    "to",
    "provocations",
    "along",
    "line",
    "contact",
    "humanitarian",
    "corridor",
    "open",
    "talks",
    "resume",
    "next",
    "week",
    "aggression",
    "cannot",
    "go",
    "unanswered",
    "peace",
    "process",
    "remains",
    "only",
    "path",
    "troops",
    "withdrawn",
    "from",
    "positions",
    "international",
    "observers",
    "should",
    "investigate",
]
WORDS_AR = [
    "وقف",
    "إطلاق",
    "النار",
    "يجب",
    "احترام",
    "جميع",
    "الأطراف",
    "ندين",
    "قصف",
    "المناطق",
    "المدنية",
    "المفاوضات",
    "ستستمر",
    "قواتنا",
    "ردت",
    "على",
    "الاستفزازات",
    "خط",
    "التماس",
    "ممر",
    "إنساني",
    "المحادثات",
    "الأسبوع",
    "المقبل",
    "العدوان",
    "السلام",
    "الحل",
    "الوحيد",
    "القوات",
    "انسحبت",
    "من",
    "المواقع",
    "المراقبين",
    "الدوليين",
    "التحقيق",
]


class Zipf:
    """Draw ranks 0..size-1 with probability proportional to 1 / (rank + 1) ** exponent."""

    def __init__(self, size: int, exponent: float, rng: random.Random) -> None:
        weights = (1 / (rank**exponent) for rank in range(1, size + 1))
        self.cumulative = list(itertools.accumulate(weights))
        self.rng = rng

    def pick(self) -> int:
        """Return one rank."""
        return bisect.bisect(self.cumulative, self.rng.random() * self.cumulative[-1])

    def distinct(self, count: int) -> list[int]:
        """Return up to `count` different ranks, in draw order."""
        return list(dict.fromkeys(self.pick() for _ in range(count)))


@dataclass(frozen=True)
class Entity:
    """One registry entity: id, kind and its English and Arabic names."""

    id: str
    kind: str
    en: str
    ar: str


@dataclass
class World:
    """The registry's entities and the skewed samplers that pick them."""

    rng: random.Random
    news: list[Entity]
    principals: list[Entity]
    regions: list[Entity]
    cities: list[Entity]
    conflicts: list[Entity]
    actor_pick: Zipf = field(init=False)
    city_pick: Zipf = field(init=False)
    conflict_pick: Zipf = field(init=False)

    def __post_init__(self) -> None:
        self.actor_pick = Zipf(len(self.principals), 1.1, self.rng)
        self.city_pick = Zipf(len(self.cities), 0.9, self.rng)
        self.conflict_pick = Zipf(len(self.conflicts), 1.0, self.rng)

    def actors(self, count: int) -> list[Entity]:
        """Return up to `count` distinct principal actors, popular ones far more often."""
        return [self.principals[i] for i in self.actor_pick.distinct(count)]


def person_name(index: int) -> tuple[str, str]:
    """Return an English and an Arabic name, unique per index."""
    first, rest = index % len(FIRST_EN), index // len(FIRST_EN)
    last, number = rest % len(LAST_EN), rest // len(LAST_EN)
    suffix = f" {number + 1}" if number else ""
    return (
        f"{FIRST_EN[first]} {LAST_EN[last]}{suffix}",
        f"{FIRST_AR[first]} {LAST_AR[last]}{suffix}",
    )


def make_world(rng: random.Random, events: int) -> World:
    """Make the registry's entities: more actors for bigger corpora, at most 15,000."""
    principals = []
    for i in range(max(200, min(15_000, events // 20))):
        kind = PRINCIPAL_KINDS[i % len(PRINCIPAL_KINDS)]
        en, ar = person_name(i)
        if kind != "person":
            en, ar = f"{kind.replace('-', ' ').title()} of {en}", f"{ar} ({kind})"
        principals.append(Entity(f"{kind}-{i:05d}", kind, en, ar))
    news = [
        Entity(f"agency-{i:02d}", "news-agency" if i % 2 else "news-outlet", f"Agency {i}",
               f"وكالة {i}")
        for i in range(NEWS_ACTORS)
    ]  # fmt: skip
    regions = [Entity(f"region-{i:02d}", "region", f"Region {i}", f"منطقة {i}") for i in range(30)]
    cities = [Entity(f"city-{i:03d}", f"region-{i % 30:02d}", f"Town {i}", f"بلدة {i}")
              for i in range(270)]  # fmt: skip
    conflicts = [
        Entity(f"conflict-{i:02d}", "", f"Synthetic conflict {i}", f"نزاع {i}") for i in range(12)
    ]
    return World(rng, news, principals, regions, cities, conflicts)


def scalar(value: Any) -> str:
    """Write a YAML scalar: integers bare, text as a double-quoted (JSON-compatible) string."""
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def flow(item: dict[str, Any]) -> str:
    """Write a small mapping on one line."""
    return "{" + ", ".join(f"{key}: {scalar(value)}" for key, value in item.items()) + "}"


def block(item: dict[str, Any], indent: int) -> list[str]:
    """Write one list item of a section (an event, statement or relation) as YAML lines."""
    pad = " " * indent
    lines = []
    for key, value in item.items():
        if isinstance(value, list) and not value:
            continue
        if isinstance(value, list) and isinstance(value[0], dict):
            lines.append(f"{pad}{key}:")
            lines.extend(f"{pad}  - {flow(entry)}" for entry in value)
        elif isinstance(value, list):
            lines.append(f"{pad}{key}: [{', '.join(scalar(v) for v in value)}]")
        elif isinstance(value, dict):
            lines.append(f"{pad}{key}: {flow(value)}")
        else:
            lines.append(f"{pad}{key}: {scalar(value)}")
    lines[0] = f"{' ' * (indent - 2)}- {lines[0].lstrip()}"
    return lines


def registry_yaml(world: World) -> str:
    """Return the registry file's text."""
    lines = ["# Synthetic registry for the benchmarks (bench/corpus.py).", "kind: registry"]
    sections = {
        "conflicts": [({"id": c.id}, c) for c in world.conflicts],
        "actors": [({"id": a.id, "kind": a.kind}, a) for a in world.news + world.principals],
        "places": [({"id": p.id, "kind": "region"}, p) for p in world.regions]
        + [({"id": p.id, "kind": "city", "within": p.kind}, p) for p in world.cities],
    }
    for section, items in sections.items():
        lines.append(f"{section}:")
        for head, entity in items:
            lines += block({**head, "names": {"en": entity.en, "ar": entity.ar}}, 4)
    return "\n".join(lines) + "\n"


def event_date(rng: random.Random, day: dt.date) -> str:
    """Return an EDTF date around `day` with mixed precision; it never begins after `day`."""
    roll, year = rng.random(), day.year
    if roll < 0.60:
        return day.isoformat()
    if roll < 0.66:
        return day.isoformat() + "?"
    if roll < 0.80:
        return f"{year:04d}-{day.month:02d}"
    if roll < 0.88 or year == FIRST_DAY.year:
        return f"{year:04d}"
    if roll < 0.95:
        return f"{max(FIRST_DAY.year, year - rng.randint(1, 3)):04d}/{year:04d}"
    if roll < 0.98:
        return f"../{day.isoformat()}"
    return f"{year:04d}/.."


def statement_date(rng: random.Random, day: dt.date) -> str:
    """Return a statement's date: mostly a day, sometimes uncertain or only a month."""
    roll = rng.random()
    if roll < 0.85:
        return day.isoformat()
    if roll < 0.95:
        return day.isoformat() + "?"
    return f"{day.year:04d}-{day.month:02d}"
