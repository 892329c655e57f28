"""The Arabic workbench (/curate?lang=ar) is wholly Arabic, in Debian's Chromium served by
gunicorn: the drafter's non-content reason, the API's problems (said by their codes), the date
reading's refusals and the change summary are all in Arabic.

"Wholly Arabic" is checked on the page's visible text (`innerText`, so hidden elements and the
values typed into fields are left out; an element marked `lang="en"`, the language switch's
"English", is English on purpose, and a link to the API shows an address, not words). In it,
every word with a Latin letter must be one of:
- an id or a term: an id of the test's registry or document, or a vocabulary term, bare or in
  parentheses as the type lists show them;
- a field path of the document (`events[0].date`, `published`);
- an EDTF date (digits, X and `-/.?~%`);
- the name of a format or command the labels keep as written: EDTF, YAML, UTF-8, ISO,
  Authorization (an HTTP header), Shift (a key), .txt, and `kb draft`."""

from __future__ import annotations

import json
import re
import urllib.request
from typing import Any

import pytest
import yaml
from conftest import FIXTURES, load, open_page, wipe
from playwright.sync_api import expect

from kb_service.curation import problem_codes
from kb_service.model import date_reading
from kb_service.store.db import Database

TEXT = FIXTURES / "workbench_arabic" / "ar.txt"
REGISTRY = FIXTURES / "workbench" / "registry.yaml"
KEY = "test-key-1"
SOURCE_ID = "workbench-arabic-brief"
EVENT_QUOTE = "اجتمع وفدا نورلاند وأوستمارك يوم الأحد في كيسل"
KEPT_NAMES = {"EDTF", "YAML", "UTF-8", "ISO", "Authorization", "Shift"}
SECTIONS = ("events", "statements", "relations", "actors", "places", "conflicts")
SOURCE_FIELDS = {"id", "title", "publisher", "published", "language", "url", "text_file", "body"}
PATH = re.compile(r"^(" + "|".join(SECTIONS) + r")\[\d+\](\.[a-z_]+(\[\d+\])?)*$")
EDTF = re.compile(r"^[0-9X?~%/.\-]+$")
WORD = re.compile(r"[^\s()«»،:؛,;—]+")
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture()
def registry(db: Database) -> Database:
    wipe(db)
    load(db, REGISTRY)
    return db


def fetch(base: str, path: str) -> dict[str, Any]:
    with urllib.request.urlopen(base + path, timeout=10) as response:
        body: dict[str, Any] = json.load(response)
    return body


def allowed_ids(base: str) -> set[str]:
    """The ids and terms the page may show as they are: the registry's, the document's and
    every vocabulary term."""
    registry = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    ids = {
        entry["id"]
        for section in registry.values()
        if isinstance(section, list)
        for entry in section
    }
    vocabulary = fetch(base, "/api/v1/vocabulary")["data"]
    terms = {term["term"] for section in vocabulary.values() for term in section}
    return ids | terms | {SOURCE_ID, f"{SOURCE_ID}-event-1"}


def foreign_words(text: str, ids: set[str]) -> list[str]:
    """Return the words of `text` with a Latin letter that are not allowed (module docstring)."""
    text = text.replace("kb draft", " ").replace(".txt", " ")
    found = []
    for word in WORD.findall(text):
        bare = word.strip(".،")
        if not LATIN.search(word) or word in KEPT_NAMES or bare in KEPT_NAMES:
            continue
        if bare in ids or bare in SOURCE_FIELDS or PATH.match(bare) or EDTF.match(word):
            continue
        found.append(word)
    return found


def visible_text(page: Any) -> str:
    """Return the page's visible text without the elements marked as English on purpose."""
    text: str = page.evaluate(
        """() => {
             const copy = document.body.cloneNode(true);
             copy.querySelectorAll('[lang=en], a[href^="/api/"]').forEach(node => node.remove());
             document.body.after(copy);
             copy.hidden = false;
             const shown = copy.innerText;
             copy.remove();
             return shown;
           }"""
    )
    return text


def test_the_definition_finds_english_words() -> None:
    ids = {"norland", "meeting"}
    assert foreign_words("Source created: 1", ids) == ["Source", "created"]
    assert foreign_words("a navigation line", ids) == ["a", "navigation", "line"]
    assert foreign_words("events[0].date: 2024-05-26 (meeting) norland ../2024 X", ids) == []
    assert foreign_words("حقل EDTF و kb draft و YAML", ids) == []


def test_every_problem_code_has_an_arabic_sentence(live_server: str, browser: Any) -> None:
    page, _, _ = open_page(browser, f"{live_server}/curate?lang=ar")
    sentences = page.evaluate(
        "async () => (await import('/static/curate/problem_words.js')).WORDS.ar"
    )
    codes = set(problem_codes.CODES) | {code for code, _ in date_reading.REFUSALS}
    missing = sorted(code for code in codes if not sentences.get(code))
    assert missing == []
    page.close()


def test_an_arabic_session_shows_no_english(
    registry: Database, live_server: str, browser: Any
) -> None:
    page, errors, _ = open_page(browser, f"{live_server}/curate?lang=ar", width=1280)
    ids = allowed_ids(live_server)
    page.fill("#api-key", KEY)
    page.set_input_files("#files", str(TEXT))
    page.click("#open-text")
    page.wait_for_selector("body[data-opened]")
    # The drafter's reason for the photo credit, in Arabic.
    expect(page.locator("#passage-list li").nth(4).locator(".hint")).to_have_text(
        "سطر تنقل أو نسبة أو تعليق صورة"
    )
    page.fill('input[data-path="id"]', SOURCE_ID)
    page.fill('input[data-path="publisher"]', "نشرة الاختبار")

    area = page.locator('textarea[data-passage="3"]')
    start = area.input_value().index(EVENT_QUOTE)
    area.evaluate(
        "(node, [a, b]) => { node.focus(); node.setSelectionRange(a, b);"
        " node.dispatchEvent(new Event('select')); }",
        [start, start + len(EVENT_QUOTE)],
    )
    expect(page.locator("#selection-quote")).to_have_text(EVENT_QUOTE)
    page.click("#new-event")
    page.fill('[data-path="events[0].title"]', "Norland and Ostmark meet at Kessel")
    page.select_option('[data-path="events[0].type"]', "meeting")
    # The title in the source's words: a field of its own on an Arabic source's event.
    title_ar = page.locator('input[data-path="events[0].title_ar"]')
    expect(page.locator(f"label[for='{title_ar.get_attribute('id')}']")).to_have_text(
        "العنوان بالعربية (بكلمات المصدر)"
    )
    title_ar.fill(EVENT_QUOTE)

    # A date the date reading refuses: the reading beside the field says why, in Arabic.
    date = page.locator('input[data-path="events[0].date"]')
    date.fill("2024-13-45")
    reading = page.locator('[data-path="events[0].date"] ~ output')
    expect(reading).to_have_text("2024-13-45 ليس تاريخًا صالحًا بصيغة EDTF")
    assert foreign_words(visible_text(page), ids) == []

    # A date after the publication: the dry run's problem, beside the field, in Arabic.
    date.fill("2024-05-26")
    problem = page.locator('.problem[data-for="events[0].date"]')
    expect(problem).to_contain_text("التاريخ 2024-05-26 بعد تاريخ نشر المصدر (2024-05-20)")
    expect(page.locator("#problems li")).to_have_count(1)
    assert foreign_words(visible_text(page), ids) == []

    # Fixed: the change summary, in Arabic.
    date.fill("2024-05-19")
    page.wait_for_selector('body[data-checked="ok"]')
    expect(page.locator("#validation")).to_contain_text("مصادر جديدة: 1، أحداث جديدة: 1")
    assert foreign_words(visible_text(page), ids) == []

    # Submitted: the summary again, in Arabic, and the event keeps its title in the source's words.
    page.click("#submit")
    page.wait_for_selector('body[data-submitted="ok"]')
    expect(page.locator("#result")).to_contain_text("كُتب: مصادر جديدة: 1، أحداث جديدة: 1")
    assert foreign_words(visible_text(page), ids) == []
    event = fetch(live_server, f"/api/v1/events/{SOURCE_ID}-event-1")["data"]
    assert event["title_ar"] == EVENT_QUOTE
    assert [e for e in errors if not e.startswith("Failed to load resource")] == []
    page.close()
