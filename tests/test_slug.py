"""One rule for ids made of text, on both sides: the workbench's ids.js gives what the server
gives for the same texts (drafting's slug() for a source's id, transliteration's kebab() for an
entry's id). ids.js runs under node, without a browser or Neo4j."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import playwright
import pytest

from kb_service.config import PROJECT_ROOT
from kb_service.curation.drafting import slug
from kb_service.curation.drafting.transliteration import kebab

IDS_JS = PROJECT_ROOT / "kb_service" / "static" / "curate" / "ids.js"
# ids.js imports nothing, so that it loads as a data: URL: node reads a .js file outside a
# package as CommonJS.
RUN = """
import { readFileSync } from "node:fs";
const source = readFileSync(process.argv[1], "utf8");
const ids = await import("data:text/javascript;base64," + Buffer.from(source).toString("base64"));
const texts = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(texts.map((text) => [ids.slug(text), ids.nameId(text)])));
"""

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ"
# (text, the source id slug() makes of it, the entry id kebab() makes of it)
PINNED = [
    ("", "source", ""),
    ("Norland Wire 2024-05-20.txt", "norland-wire-2024-05-20-txt", "norland-wire-2024-05-20-txt"),
    ("Sébastien Ørsted-Łukasz", "s-bastien-rsted-ukasz", "sebastien-rsted-ukasz"),
    ("Министерство иностранных дел", "source", "ministerstvo-inostrannykh-del"),
    ("وزارة الخارجية", "source", "wzara-alkharjya"),
    ("--Hello, World!--", "hello-world", "hello-world"),
]
TABLE = [text for text, _, _ in PINNED] + [
    "Ilham Əliyev in Ağdam",
    "Straße ẞ und Ærø",
    "İstanbul",
    "\u212aelvin",  # the Kelvin sign: its lower case is an ASCII k
    "ＡＢＣ１２３ full width",
    "قرار ٢٠٢٤ و 2334",
    "Ёлка, Щука и Подъезд",
    "Путин and بوتين met",
    "a_b.c/d\\e\u00a0f\tg\nh",
    "   ---   ",
    "ъь",
    "word " * 60,  # 300 characters: no side cuts an id short
    "x" * 130,
    "ﷲ ﻻ",  # Arabic presentation forms
    "emoji 🙂 and 𝒜𝒷𝒸",
    *CYRILLIC,
    *CYRILLIC.upper(),
    *ARABIC,
]


def node() -> str:
    """Return the system's node, or the one Playwright ships (the browser tests' driver)."""
    found = shutil.which("node")
    bundled = Path(playwright.__file__).parent / "driver" / "node"
    if found is None and bundled.exists():
        found = str(bundled)
    assert found is not None, "no node to run ids.js with"
    return found


def in_javascript(texts: list[str]) -> list[list[str]]:
    ran = subprocess.run(
        [node(), "--input-type=module", "-e", RUN, "--", str(IDS_JS)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    answer: list[list[str]] = json.loads(ran.stdout)
    return answer


@pytest.fixture(scope="module")
def javascript() -> dict[str, list[str]]:
    return dict(zip(TABLE, in_javascript(TABLE), strict=True))


@pytest.mark.parametrize(("text", "source_id", "entry_id"), PINNED)
def test_the_server_makes_the_documented_ids(text: str, source_id: str, entry_id: str) -> None:
    assert (slug(text), kebab(text)) == (source_id, entry_id)


@pytest.mark.parametrize("text", TABLE)
def test_the_page_makes_the_ids_the_server_makes(
    javascript: dict[str, list[str]], text: str
) -> None:
    assert javascript[text] == [slug(text), kebab(text)]


def test_the_table_tells_the_two_rules_apart(javascript: dict[str, list[str]]) -> None:
    # Were the page to use one rule for both ids, some row would show it.
    assert sum(source != entry for source, entry in javascript.values()) > 10
