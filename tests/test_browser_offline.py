"""Neo4j Browser offline and guided: the real Browser (the one the local Neo4j serves), driven
in Debian's Chromium, sends nothing to any host but this machine while a user connects, runs a
query and plays the exploration guide; the guide (/browser-guide) walks through
cypher/explore/*.cypher, built from the files themselves; docker-compose.yml sets the same."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from kb_service.config import PROJECT_ROOT
from kb_service.read.explore_queries import guide_query
from kb_service.store.cypher import cypher_root

EXPLORE = sorted((cypher_root() / "explore").glob("*.cypher"))
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
TITLE = "Exploring the conflict knowledge base"
# The settings that keep the Browser offline: docker-compose.yml must carry the launcher's values.
OFFLINE_SETTINGS = [
    "dbms.usage_report.enabled",
    "client.allow_telemetry",
    "dbms.security.http_static_content_security_policy_header",
    "browser.remote_content_hostname_whitelist",
]


def leaves_this_machine(url: str) -> bool:
    """Tell whether `url` names another host (data: and blob: URLs stay in the page)."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return False
    return parts.hostname not in LOCAL_HOSTS


def expected(path: Path) -> tuple[str | None, str]:
    """The `:param` command a file's header names (if any) and its query, read plainly."""
    text = path.read_text(encoding="utf-8")
    found = re.search(r"^// In Neo4j Browser: (:param .*)$", text, re.MULTILINE)
    body = [line for line in text.strip().splitlines() if not line.startswith("//")]
    return (found[1] if found else None), "\n".join(body).strip()


@pytest.fixture()
def browser_page(browser: Any, neo4j_uri: str) -> Iterator[tuple[Any, list[str], set[str]]]:
    """A fresh Neo4j Browser page connected to the test database; every request its context
    makes from the first byte on (pages, workers, web sockets), and the URLs that Chromium
    refused to send because the page's Content-Security-Policy forbids them."""
    http = os.environ["KB_TEST_NEO4J_HTTP_PORT"]  # set by the session's Neo4j (conftest)
    bolt = neo4j_uri.rsplit(":", 1)[1]
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    requested: list[str] = []
    refused: set[str] = set()
    context.on("request", lambda request: requested.append(request.url))
    context.on("requestfailed", lambda r: r.failure == "csp" and refused.add(r.url))
    page = context.new_page()
    page.on("websocket", lambda socket: requested.append(socket.url))
    page.goto(
        f"http://127.0.0.1:{http}/browser/?connectURL=bolt://127.0.0.1:{bolt}"
        "&preselectAuthMethod=NO_AUTH"
    )
    page.wait_for_selector("text=Connected to Neo4j", timeout=60_000)
    yield page, requested, refused
    context.close()


def run(page: Any, command: str) -> None:
    """Paste a command into the Browser's editor, as a user does, and run it."""
    page.locator("[data-testid=activeEditor]").click()
    page.evaluate("(text) => navigator.clipboard.writeText(text)", command)
    page.keyboard.press("Control+V")
    page.locator("[data-testid=editor-Run]").click()


def play_guide(page: Any, base: str) -> Any:
    """Play the guide from the API server, by the address the README gives (localhost), and wait
    until its frame shows the guide or says why not; return the frame."""
    # A session just connected to a freshly started Neo4j may not have applied the server's
    # list of guide hosts yet (seen in this test); the Browser's own default allows localhost.
    url = base.replace("//127.0.0.1:", "//localhost:") + "/browser-guide"
    run(page, f":play {url}")
    outcome = re.compile(f"{TITLE}|No guide by that name|Remote guide error")
    page.locator("[data-testid=frame]", has_text=outcome).first.wait_for(timeout=30_000)
    return page.locator("[data-testid=frame]").first


def editor_text(page: Any) -> str:
    """Return the text in the Browser's editor, copied as a user copies it (the editor draws
    only the lines in view)."""
    page.locator("[data-testid=activeEditor]").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Control+C")
    text: str = page.evaluate("() => navigator.clipboard.readText()")
    return text


def test_the_browser_sends_nothing_beyond_this_machine(
    browser_page: tuple[Any, list[str], set[str]], live_server: str
) -> None:
    page, requested, refused = browser_page
    run(page, "UNWIND [6, 7] AS n RETURN n * 7 AS product")
    page.locator("[data-testid=frame]", has_text="49").first.wait_for()
    guide = play_guide(page, live_server)
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/browser-guide") for url in requested)  # the recording works
    sent = sorted({url for url in requested if leaves_this_machine(url) and url not in refused})
    assert sent == [], "Neo4j Browser sent requests to other hosts:\n" + "\n".join(sent)
    assert guide.get_by_text(TITLE).count() == 1


def test_the_guide_plays_a_slide_per_explore_query_and_a_click_fills_the_editor(
    browser_page: tuple[Any, list[str], set[str]], live_server: str
) -> None:
    page, _, _ = browser_page
    carousel = play_guide(page, live_server).get_by_test_id("carousel")
    slides = len(EXPLORE) + 1  # an opening slide, then one per query
    carousel.get_by_text(f"1 / {slides}").wait_for()
    for number, path in enumerate(EXPLORE, start=2):
        carousel.get_by_test_id("nextSlide").click()
        carousel.get_by_text(f"{number} / {slides}").wait_for()
        setup, body = expected(path)
        blocks = carousel.locator("pre.runnable")
        assert blocks.all_inner_texts() == ([setup] if setup else []) + [body], path.name
        blocks.last.click()
        assert editor_text(page) == body, path.name


def test_the_guide_page_answers_neo4j_browser_across_origins(client: Any) -> None:
    page = client.get("/browser-guide")
    assert page.status_code == 200
    assert page.mimetype == "text/html"
    assert page.headers["Access-Control-Allow-Origin"] == "*"
    text = html.unescape(page.get_data(as_text=True))
    for path in EXPLORE:
        setup, body = expected(path)
        assert f">{body}</pre>" in text, path.name
        assert setup is None or f">{setup}</pre>" in text, path.name
    assert client.get("/browser-guide?slide=2").status_code == 400  # it takes no parameter
    preflight = client.options(
        "/browser-guide",
        headers={
            "Origin": "http://127.0.0.1:7474",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "pragma,cache-control,sentry-trace",
        },
    )
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    allowed = preflight.headers["Access-Control-Allow-Headers"].lower()
    assert {"pragma", "cache-control", "sentry-trace"} <= set(re.split(r",\s*", allowed))


def test_a_header_becomes_a_slide() -> None:
    text = (
        "// Who met whom: every meeting of two actors,\n"
        "// with its place.\n"
        "// In Neo4j Browser: :param actor => 'someone'\n"
        "// Parameters: $actor (actor id).\n"
        "// Returns: other (node), place (name),\n"
        "//   oldest first.\n"
        "MATCH (a:Actor {id: $actor})-[:MET]-(other:Actor)\n"
        "RETURN other\n"
    )
    query = guide_query("explore/who_met_whom", text)
    assert query.title == "Who met whom"
    assert query.answers == "Who met whom: every meeting of two actors, with its place."
    assert query.setup == ":param actor => 'someone'"
    assert query.returns == "other (node), place (name), oldest first."
    assert query.body == "MATCH (a:Actor {id: $actor})-[:MET]-(other:Actor)\nRETURN other"


def test_a_query_without_parameters_has_nothing_to_set_first() -> None:
    text = (
        "// Every actor.\n// In Neo4j Browser: no parameters.\n// Returns: a.\nMATCH (a) RETURN a"
    )
    query = guide_query("explore/all", text)
    assert (query.setup, query.returns, query.body) == (None, "a.", "MATCH (a) RETURN a")


def launcher_settings() -> dict[str, str]:
    """Return the settings Launcher.java gives Neo4j as string literals, concatenations joined."""
    source = (PROJECT_ROOT / "neo4j-local" / "Launcher.java").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for call in re.findall(r"config\.put\((.*?)\);", source, re.DOTALL):
        key, *value = re.findall(r'"((?:[^"\\]|\\.)*)"', call)
        found[key] = "".join(value)
    return found


def test_docker_compose_keeps_the_browser_offline_as_the_launcher_does() -> None:
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    environment = compose["services"]["neo4j"]["environment"]
    launcher = launcher_settings()
    for setting in OFFLINE_SETTINGS:
        # The Neo4j image's naming: "_" doubles, then "." becomes "_".
        name = "NEO4J_" + setting.replace("_", "__").replace(".", "_")
        assert environment.get(name) == launcher[setting], setting
