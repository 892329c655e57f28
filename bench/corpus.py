"""A deterministic synthetic corpus in the real curated format: one registry, many sources.

    python -m bench.corpus --events 10000 --out bench/corpus/10k [--seed 1]

DIR/curated/ holds `registry.yaml` and `sources/NNNNN.yaml` (each source's text inline, 100-600
events, well under the 5 MiB limit); DIR/manifest.json says what was made and names the ids the
benchmarks filter on. The same arguments give byte-identical files.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import random
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.synthetic import (
    EVENT_TYPES,
    EVENTS_PER_SOURCE,
    FIRST_DAY,
    LAST_DAY,
    MAX_FILE_BYTES,
    ROLES,
    STATEMENT_KINDS,
    WORDS_AR,
    WORDS_EN,
    Entity,
    World,
    block,
    event_date,
    make_world,
    registry_yaml,
    scalar,
    statement_date,
)

STATEMENTS_PER_EVENT = ((0, 1, 2, 3, 4), (10, 25, 30, 25, 10))  # counts and weights: 2 on average


@dataclass
class Counts:
    """What the generator wrote."""

    sources: int = 0
    events: int = 0
    shared_events: int = 0
    statements: int = 0
    contradicts: int = 0
    relations: int = 0
    passages: int = 0
    bytes: int = 0
    largest_file_bytes: int = 0


class SourceWriter:
    """Build one source: its text, line by line, and the assertions citing those lines."""

    def __init__(self, world: World, number: int, counts: Counts, earlier: list[str]) -> None:
        self.world, self.rng, self.counts = world, world.rng, counts
        self.number = number
        self.language = "ar" if self.rng.random() < 0.2 else "en"
        self.earlier_statements = earlier
        self.agency = world.news[self.rng.randrange(len(world.news))]
        self.lines = [f"Synthetic dispatch {number}" if self.language == "en" else f"نشرة {number}"]
        self.events: list[dict[str, Any]] = []
        self.statements: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []
        self.latest = FIRST_DAY

    def name(self, entity: Entity) -> str:
        """Return an entity's name in the source's language."""
        return entity.ar if self.language == "ar" else entity.en

    def passage(self, text: str, day: dt.date) -> int:
        """Add a line to the text and return its passage number."""
        self.lines.append(text)
        self.latest = max(self.latest, day)
        return len(self.lines)

    def words(self, pool: list[str]) -> str:
        """Return a made-up sentence from a word pool."""
        return " ".join(self.rng.choices(pool, k=self.rng.randint(8, 16)))

    def add_event(self, number: int, day: dt.date) -> None:
        """Add one event, its passage, its statements and perhaps a relation."""
        rng, world = self.rng, self.world
        ident, kind, date = f"event-{number:07d}", rng.choice(EVENT_TYPES), event_date(rng, day)
        actors = world.actors(rng.randint(1, 3))
        cities = [world.cities[i] for i in world.city_pick.distinct(rng.randint(1, 2))]
        joiner = " و" if self.language == "ar" else " and "
        who, where = joiner.join(self.name(a) for a in actors), self.name(cities[0])
        said = (
            f"{who} {kind} قرب {where}" if self.language == "ar" else f"{who} {kind} near {where}"
        )
        event: dict[str, Any] = {
            "id": ident,
            "title": f"{kind.replace('-', ' ').capitalize()} involving {actors[0].en}",
            "type": kind,
            "date": date,
            "participants": [{"actor": a.id, "role": rng.choice(ROLES)} for a in actors],
            "places": [c.id for c in cities],
            "related": [],
            "evidence": [{"passage": self.passage(f"[{date}] {said}.", day), "quote": said}],
        }
        if rng.random() < 0.9:
            event["conflict"] = world.conflicts[world.conflict_pick.pick()].id
        if self.events and rng.random() < 0.1:
            self.events[-1]["related"].append({"type": "precedes", "event": ident})
        self.events.append(event)
        self.counts.events += 1
        counts, weights = STATEMENTS_PER_EVENT
        for _ in range(rng.choices(counts, weights)[0]):
            self.add_statement(event, min(LAST_DAY, day + dt.timedelta(days=rng.randint(0, 2))))
        if rng.random() < 0.04:
            self.add_relation(actors[0], event, day)

    def add_statement(self, event: dict[str, Any], day: dt.date) -> None:
        """Add a statement about an event, quoted verbatim in its own passage."""
        rng, world = self.rng, self.world
        speaker = world.actors(1)[0]
        quote = self.words(WORDS_AR if self.language == "ar" else WORDS_EN)
        via = rng.sample(world.news, rng.choice((0, 1, 1, 2)))
        line = (
            f'قال {self.name(speaker)}: "{quote}"'
            if self.language == "ar"
            else f'{speaker.en} said: "{quote}"'
        )
        suffix = f", according to {via[-1].en}." if via else "."
        statement: dict[str, Any] = {
            "id": f"statement-{self.counts.statements:08d}",
            "kind": rng.choice(STATEMENT_KINDS),
            "speakers": [speaker.id],
            "addressees": [a.id for a in world.actors(rng.choice((0, 0, 1)))],
            "reported_via": [a.id for a in via],
            "about": [event["id"]],
            "date": statement_date(rng, day),
            "quote": quote,
            "language": self.language,
            "text_en": f"{speaker.en} said: {self.words(WORDS_EN)}",
            "contradicts": self.contradicted(),
            "responds_to": [self.statements[-1]["id"]]
            if self.statements and rng.random() < 0.05
            else [],
            "evidence": [{"passage": self.passage(line + suffix, day), "quote": line}],
        }
        statement.update(self.optional_links(event))
        self.statements.append(statement)
        self.counts.statements += 1
        self.counts.contradicts += len(statement["contradicts"])

    def contradicted(self) -> list[str]:
        """Return the statements a new one contradicts: usually none."""
        roll = self.rng.random()
        if roll < 0.06 and self.statements:
            return [self.statements[-1]["id"]]
        if roll < 0.07 and self.earlier_statements:
            return [self.rng.choice(self.earlier_statements)]
        return []

    def optional_links(self, event: dict[str, Any]) -> dict[str, Any]:
        """Return a statement's conflict, occasion and place, each only sometimes."""
        links = {"conflict": event["conflict"]} if "conflict" in event else {}
        if self.rng.random() < 0.3:
            links["occasion"] = event["id"]
        if self.rng.random() < 0.2:
            links["place"] = event["places"][0]
        return links

    def add_relation(self, subject: Entity, event: dict[str, Any], day: dt.date) -> None:
        """Add a lasting relation: the actor is party to the event's conflict, or an office."""
        rng = self.rng
        if "conflict" in event:
            kind, target, role = "party-to", event["conflict"], "party"
        else:
            kind, target, role = "holds-office", self.world.principals[0].id, "envoy"
        said = f"{self.name(subject)} ({role}, {target})"
        relation: dict[str, Any] = {
            "id": f"relation-{self.counts.relations:07d}",
            "type": kind,
            "subject": subject.id,
            "object": target,
            "role": role,
            "evidence": [{"passage": self.passage(f"Background: {said}.", day), "quote": said}],
        }
        if rng.random() < 0.7:
            relation["date"] = f"{day.year:04d}/.." if rng.random() < 0.5 else day.isoformat()
        self.relations.append(relation)
        self.counts.relations += 1

    def share(self, earlier: list[dict[str, Any]]) -> None:
        """Report again about 1% of the previous source's events, with this source's evidence."""
        for event in self.rng.sample(earlier, max(1, len(earlier) // 100)):
            again = copy.deepcopy(event)
            quote = event["evidence"][0]["quote"]
            number = self.passage(f"Earlier reports: {quote}.", FIRST_DAY)
            again["evidence"] = [{"passage": number, "quote": quote}]
            self.events.append(again)
            self.counts.shared_events += 1

    def render(self) -> str:
        """Return the source file's YAML text."""
        published = min(LAST_DAY, self.latest + dt.timedelta(days=self.rng.randint(0, 3)))
        credit = self.passage(f"Photo: {self.agency.en}", FIRST_DAY)
        head = {
            "kind": "source",
            "id": f"synthetic-source-{self.number:05d}",
            "title": self.lines[0],
            "publisher": self.agency.en,
            "credited_to": self.agency.id,
            "published": published.isoformat(),
            "language": self.language,
        }
        lines = [f"{key}: {scalar(value)}" for key, value in head.items()]
        lines += ["text: |", *(f"  {line}" for line in self.lines), f"non_content: [{credit}]"]
        for section in ("events", "statements", "relations"):
            items = getattr(self, section)
            if items:
                lines.append(f"{section}:")
                for item in items:
                    lines += block(item, 4)
        self.counts.passages += len(self.lines)
        return "\n".join(lines) + "\n"


def write(path: Path, text: str, counts: Counts) -> None:
    """Write one curated file, checking it stays under the size limit."""
    raw = text.encode()
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"{path} would be {len(raw)} bytes, over the 5 MiB limit")
    path.write_bytes(raw)
    counts.bytes += len(raw)
    counts.largest_file_bytes = max(counts.largest_file_bytes, len(raw))


def generate(events: int, out: Path, seed: int = 1) -> dict[str, Any]:
    """Write a corpus of `events` events under out/curated and return its manifest."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    world = make_world(rng, events)
    curated = out / "curated"
    shutil.rmtree(curated, ignore_errors=True)
    (curated / "sources").mkdir(parents=True)
    counts = Counts()
    write(curated / "registry.yaml", registry_yaml(world), counts)
    first, last = FIRST_DAY.toordinal(), LAST_DAY.toordinal()
    days = sorted(rng.randint(first, last) for _ in range(events))
    previous: SourceWriter | None = None
    while counts.events < events:
        writer = SourceWriter(world, counts.sources + 1, counts, _statement_ids(previous))
        size = min(rng.randint(*EVENTS_PER_SOURCE), events - counts.events)
        for ordinal in days[counts.events : counts.events + size]:
            writer.add_event(counts.events, dt.date.fromordinal(ordinal))
        if previous is not None:
            writer.share(previous.events)
        write(curated / "sources" / f"{writer.number:05d}.yaml", writer.render(), counts)
        counts.sources += 1
        previous = writer
    manifest = _manifest(world, counts, seed)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def _statement_ids(writer: SourceWriter | None) -> list[str]:
    return [] if writer is None else [s["id"] for s in writer.statements]


def _manifest(world: World, counts: Counts, seed: int) -> dict[str, Any]:
    return {
        "seed": seed,
        "until": LAST_DAY.isoformat(),
        "counts": asdict(counts),
        "actors": len(world.principals) + len(world.news),
        "head_actor": world.principals[0].id,
        "mid_actor": world.principals[len(world.principals) // 20].id,
        "tail_actor": world.principals[-1].id,
        "head_conflict": world.conflicts[0].id,
        "head_region": world.regions[0].id,
    }


def main() -> None:
    """Parse the command line and write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    manifest = generate(args.events, args.out, args.seed)
    print(json.dumps(manifest["counts"]))


if __name__ == "__main__":
    main()
