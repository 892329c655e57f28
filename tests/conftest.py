"""Fixtures: one throwaway real Neo4j for the whole run, the app, and a clean or seeded graph."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, LiteralString, TypeVar

import pytest

from kb_service import create_app
from kb_service.config import PROJECT_ROOT, Settings
from kb_service.curation.drafting import Draft, Entity, draft
from kb_service.curation.vocabulary import base
from kb_service.store import neo4j_local
from kb_service.store.db import Database
from kb_service.store.schema import apply_schema
from kb_service.write.change_report import Report


def free_port() -> int:
    """A port nothing listens on (bound, then released): for a server to start on, or for a
    client to find closed."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


T = TypeVar("T")


def at_once(tasks: Sequence[Callable[[], T]], timeout: float = 120) -> list[T]:
    """Run every task in its own thread, released together by a barrier; return the results
    in the tasks' order. A task still running after twice `timeout` fails the test."""
    barrier = threading.Barrier(len(tasks))
    results: list[Any] = [None] * len(tasks)

    def run(index: int, task: Callable[[], T]) -> None:
        barrier.wait(timeout=timeout)
        results[index] = task()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(tasks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=2 * timeout)
    assert not any(thread.is_alive() for thread in threads), "a writer hung"
    return results


def edit(text: str, old: str, new: str) -> str:
    """Replace `old`, which must occur exactly once, so that no edit silently misses."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


@pytest.fixture(scope="session")
def neo4j_uri() -> Iterator[str]:
    """Start a real Neo4j on free ports in a temporary folder (or use KB_TEST_NEO4J_URI)."""
    external = os.environ.get("KB_TEST_NEO4J_URI")
    if external:
        yield external
        return
    data_dir = Path(tempfile.mkdtemp(prefix="kb-test-neo4j-"))
    instance = neo4j_local.LocalNeo4j(
        home=PROJECT_ROOT / ".kb", data_dir=data_dir, bolt_port=free_port(), http_port=free_port()
    )
    neo4j_local.start(instance)
    os.environ["KB_TEST_NEO4J_HTTP_PORT"] = str(instance.http_port)
    try:
        yield f"bolt://127.0.0.1:{instance.bolt_port}"
    finally:
        neo4j_local.stop(instance)
        shutil.rmtree(data_dir, ignore_errors=True)


# The suite's clients are all one address: budgets for expensive requests that no test reaches by
# accident (tests/test_hostile_clients.py serves the API with tight ones).
GENEROUS_BUDGETS = {
    "KB_ANON_RATE": "100000/minute",
    "KB_ANON_HEAVY_CONCURRENCY": "1000",
    "KB_ANON_HEAVY_TOTAL": "1000",
}


@pytest.fixture(scope="session")
def settings(neo4j_uri: str) -> Settings:
    os.environ.update(GENEROUS_BUDGETS)  # for the gunicorn servers tests start, too
    return Settings.from_env(
        {
            "KB_NEO4J_URI": neo4j_uri,
            "KB_NEO4J_PASSWORD": os.environ.get("KB_TEST_NEO4J_PASSWORD", ""),
            "KB_API_KEYS": "test-key-1,test-key-2",
            "KB_CORS_ORIGINS": "https://dashboard.example.org",
            "KB_MAX_BODY_BYTES": "1048576",
            **GENEROUS_BUDGETS,
        }
    )


@pytest.fixture(scope="session")
def db(settings: Settings) -> Iterator[Database]:
    database = Database(settings)
    apply_schema(database)
    yield database
    database.close()


@pytest.fixture(scope="session")
def app(settings: Settings, db: Database):  # type: ignore[no-untyped-def]
    application = create_app(settings)
    application.config.update(TESTING=True)
    return application


@pytest.fixture()
def client(app):  # type: ignore[no-untyped-def]
    return app.test_client()


SEEDS = PROJECT_ROOT / "seeds"
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
SEED_SOURCE = "rt-arabic-2020-09-27-lavrov-karabakh"


def seed_source_inline() -> str:
    """The seed source with its text inline (`text: |2` block) instead of `text_file`."""
    text = (SEEDS / "000_d0b46a30435dc835.txt").read_text(encoding="utf-8")
    block = "".join(f"  {line}\n" if line.strip() else "\n" for line in text.splitlines())
    document = (SEEDS / "000_d0b46a30435dc835.yaml").read_text(encoding="utf-8")
    inline = document.replace("text_file: 000_d0b46a30435dc835.txt\n", "text: |2\n" + block)
    assert inline != document
    return inline


def wipe(database: Database) -> None:
    database.run_batched("admin/wipe")


def load(database: Database, *paths: Path) -> Report:
    from kb_service.curation import collect_files
    from kb_service.write.ingest import ingest

    return ingest(database, collect_files(paths))


def graph_checksum(database: Database) -> str:
    import hashlib
    import json

    rows = database.read("admin/checksum")
    items = sorted(json.dumps([r["kind"], r["item"]], sort_keys=True, default=str) for r in rows)
    return hashlib.sha256("\n".join(items).encode()).hexdigest()


@pytest.fixture()
def clean_db(db: Database) -> Database:
    """A database emptied before the test (tests that write use this)."""
    wipe(db)
    return db


def fresh_graph(database: Database, *paths: Path) -> Database:
    """Empty the database, then load these curated files through the real ingestion."""
    wipe(database)
    load(database, *paths)
    return database


@pytest.fixture(scope="module")
def seeded_db(db: Database) -> Database:
    """The seed article loaded through the real ingestion, once per read-only module."""
    return fresh_graph(db, SEEDS)


def cypher(database: Database, text: LiteralString, **params: object) -> list[dict[str, Any]]:
    """Run ad-hoc Cypher in a test, to check the graph independently of the service's queries."""
    records, _, _ = database.driver.execute_query(text, params, database_=database.name)
    return [record.data() for record in records]


@dataclass(frozen=True)
class Served:
    """An API served by gunicorn for a test: its base URL and the gunicorn master's pid."""

    base: str
    pid: int


@contextmanager
def serve_app(
    environment: dict[str, str], workers: int = 2, log: Path | None = None
) -> Iterator[Served]:
    """Serve the API under real gunicorn (the command `make run` uses) on a free port, with
    the `KB_*` settings of `environment` over this process's; stop it after the test."""
    import subprocess

    from kb_service.cli import gunicorn_command

    port = free_port()
    out: IO[bytes] | int = log.open("wb") if log is not None else subprocess.DEVNULL
    try:
        server = subprocess.Popen(
            gunicorn_command("127.0.0.1", port, workers),
            env={**os.environ, **environment},
            stdout=out,
            stderr=subprocess.STDOUT if log is not None else subprocess.DEVNULL,
        )
    finally:
        if not isinstance(out, int):
            out.close()
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base)
        yield Served(base, server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)


@contextmanager
def gunicorn_server(
    settings: Settings, workers: int = 2, env: dict[str, str] | None = None, log: Path | None = None
) -> Iterator[str]:
    """Serve the API against the database of `settings`; yield its base URL."""
    environment = {
        "KB_NEO4J_URI": settings.neo4j_uri,
        "KB_NEO4J_PASSWORD": settings.neo4j_password,
        "KB_API_KEYS": ",".join(settings.api_keys),
        "KB_CORS_ORIGINS": ",".join(settings.cors_origins),
        **(env or {}),
    }
    with serve_app(environment, workers, log) as served:
        yield served.base


@pytest.fixture(scope="module")
def live_server(settings: Settings) -> Iterator[str]:
    """The API under real gunicorn on a free port, against the test database."""
    with gunicorn_server(settings) as base:
        yield base


def wait_until_up(base: str) -> None:
    """Poll /healthz until the server answers (about 30 s at most), or fail loudly."""
    import time
    import urllib.request

    for _ in range(150):
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server at {base} did not start")


def walk_pages(client: Any, url: str) -> list[str]:
    """Follow `url` (a list under /api/v1, with its query) page by page; return every id seen."""
    seen: list[str] = []
    cursor = ""
    while True:
        response = client.get(f"/api/v1{url}{cursor}")
        assert response.status_code == 200, response.get_data(as_text=True)
        body = response.get_json()
        seen += [item["id"] for item in body["data"]]
        if body["next_cursor"] is None:
            return seen
        cursor = f"&cursor={body['next_cursor']}"


def stored_order(database: Database, match: LiteralString, window: str, order: str) -> list[str]:
    """The oracle of a page walk: ids of `match` (binding n) whose stored day keys overlap the
    window (`&from=..&to=..`), sorted by (seek, end, id) straight from what Neo4j holds, the seek
    day being the start, or the end for an unknown start."""
    from kb_service.model import dates

    rows = cypher(database, match + " RETURN DISTINCT n.id AS id, n.start_key AS s, n.end_key AS e")
    bounds = dict(pair.split("=") for pair in window.split("&")[1:])
    low = dates.parse(bounds["from"]).start_key if "from" in bounds else dates.OPEN_START_KEY
    high = dates.parse(bounds["to"]).end_key if "to" in bounds else dates.OPEN_END_KEY
    # Time order: the earliest day, or the latest when the start is unknown; then end, id.
    keyed = sorted(
        (r["s"] if r["s"] != dates.OPEN_START_KEY else r["e"], r["e"], r["id"])
        for r in rows
        if r["s"] <= high and r["e"] >= low  # type: ignore[operator]
    )
    return [str(ident) for _, _, ident in (keyed[::-1] if order == "desc" else keyed)]


SECTION_LABELS = {
    "actors": "Actor",
    "places": "Place",
    "conflicts": "Conflict",
    "events": "Event",
    "statements": "Statement",
    "relations": "Relation",
}


def curated_ids(*paths: Path) -> dict[str, set[str]]:
    """The distinct ids of each label that these curated files (or folders) define, and the
    passages of their sources: expected counts derived from the data a test loads, never typed
    in, so that adding a source to seeds/ breaks no test."""
    import yaml

    from kb_service.curation import collect_files
    from kb_service.model.text import split_passages

    found: dict[str, set[str]] = {}
    for file in collect_files(paths):
        assert file.path is not None
        data = yaml.safe_load(file.path.read_text(encoding="utf-8"))
        for section, label in SECTION_LABELS.items():
            found.setdefault(label, set()).update(item["id"] for item in data.get(section) or [])
        if data["kind"] == "source":
            found.setdefault("Source", set()).add(data["id"])
            text = data.get("text") or (file.path.parent / data["text_file"]).read_text("utf-8")
            numbers = range(1, len(split_passages(text)) + 1)
            found.setdefault("Passage", set()).update(f"{data['id']}#{n}" for n in numbers)
    return {label: ids for label, ids in found.items() if ids}


def curated_counts(*paths: Path) -> dict[str, int]:
    """How many records of each label loading these files makes."""
    return {label: len(ids) for label, ids in curated_ids(*paths).items()}


def seed_files_except(name: str) -> list[Path]:
    """Every curated file in seeds/ but one."""
    from kb_service.curation import collect_files

    return [Path(f.name) for f in collect_files([SEEDS]) if Path(f.name).name != name]


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium under Playwright, for pages and the real clients (make test installs
    it; a missing one fails loudly). Per module: Playwright's sync API runs one instance at a
    time, and other modules start their own."""
    from playwright.sync_api import sync_playwright

    assert shutil.which("chromium"), "make test installs Debian's chromium"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


def open_page(browser: Any, url: str, *, width: int = 1200, height: int = 700) -> Any:
    """Open a page of ours in Chromium and wait until it says it is ready (body[data-ready]);
    return (page, the console and page errors it raises, every URL it requests)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    page.wait_for_selector("body[data-ready]", state="attached", timeout=30_000)
    return page, errors, requests


def timeline_items(base: str, query: str, key: str = "data") -> list[dict[str, Any]]:
    """Return every item of /api/v1/timeline?<query> from a live server, page after page:
    records ("data") or, with format=geojson, features ("features")."""
    import json
    import urllib.request

    found: list[dict[str, Any]] = []
    cursor = None
    while True:
        url = f"{base}/api/v1/timeline?{query}&limit=500" + (f"&cursor={cursor}" if cursor else "")
        with urllib.request.urlopen(url, timeout=10) as response:
            body = json.load(response)
        found += body[key]
        cursor = body["next_cursor"]
        if not cursor:
            return found


def registry_entity(ident: str, label: str, kind: str | None, *names: str) -> Entity:
    """A registry entry the drafter matches a text against: its first name is its label."""
    return Entity(ident, label, names[0], names, kind)


def draft_fixture(
    text: str,
    entities: Iterable[Entity],
    language: str | None,
    published: str | None,
    source_id: str = "fixtures",
) -> Draft:
    """Draft a test's own text with its own registry entries and the base vocabulary."""
    return draft(
        text,
        source_id=source_id,
        publisher="Test fixtures",
        entities=entities,
        vocabulary=base(),
        language=language,
        published=published,
    )
