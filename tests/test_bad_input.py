"""Malformed and hostile curated files through both doors: `kb ingest FILE` and POST /sources.

`tests/bad_input/` holds the small bad files. Each is BASE (or REGISTRY_BASE) below, a valid and
plausible document citing seeds/registry.yaml, broken in one way that its first line describes.
The big ones (a 50 MB file, an alias bomb, deep nesting, a very long string, huge text files) are
generated into tmp_path at test time and never committed.

For every file, CORPUS or GENERATED says the one problem expected: its line, its field and a
fragment of its message. Through the CLI the problem must be printed as `PATH:LINE: FIELD: ...`
(exit status 1, no traceback, no raw control characters); through the API it must be a 422
problem+json whose one `invalid_params` entry has that line, and the field as `name` (`body`, the
request body, when the problem concerns the whole document). Either way the graph stays as it was.
The CLI runs in a child process with a 2 GiB address-space limit, and its peak resident memory
(getrusage(RUSAGE_CHILDREN) in a small parent of its own) must stay under PEAK_RSS_LIMIT_MIB.
Windows line ends and byte-order marks are valid and must be accepted by both doors.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SEEDS, edit, graph_checksum, load, wipe
from flask.testing import FlaskClient

from kb_service.config import PROJECT_ROOT, Settings
from kb_service.curation.yaml_loader import MAX_BYTES, MAX_DEPTH
from kb_service.model.text import printable
from kb_service.store.db import Database

CORPUS_DIR = Path(__file__).resolve().parent / "bad_input"
AUTH = {"Authorization": "Bearer test-key-1"}
PEAK_RSS_LIMIT_MIB = 500
ADDRESS_SPACE_LIMIT = 2 * 1024**3
CLI_TIMEOUT_SECONDS = 300  # a hang guard only: nothing asserts how long a run takes
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# The valid source every bad source file is a copy of. Line numbers in CORPUS are one more than
# here: each committed file starts with a `# Bad input: ...` comment.
BASE_ID = "bad-input-desk-2020-09-28"
BASE = f"""\
kind: source
id: {BASE_ID}
title: Lavrov and Bayramov discuss Karabakh by telephone
publisher: Test desk
credited_to: novosti
url: https://news.example.org/2020/09/28/lavrov-bayramov
published: 2020-09-28
language: en
text: |
  Lavrov and Bayramov discuss Karabakh by telephone
  Lavrov and Bayramov spoke by telephone on 27 September, the Russian foreign ministry said.
  Foreign minister Sergey Lavrov called on both sides to "stop the fighting at once".
  Photo: Test desk
non_content: [4]
events:
  - id: bad-input-lavrov-bayramov-call
    title: Lavrov telephones Bayramov
    type: phone-call
    date: 2020-09-27
    conflict: nagorno-karabakh-conflict
    participants:
      - {{actor: sergey-lavrov, role: caller}}
      - {{actor: jeyhun-bayramov, role: called}}
    places: [nagorno-karabakh]
    evidence:
      - passage: 2
        quote: Lavrov and Bayramov spoke by telephone on 27 September
statements:
  - id: bad-input-lavrov-appeal
    kind: appeal
    speakers: [sergey-lavrov]
    addressees: [azerbaijan, armenia]
    reported_via: [russia-mfa, novosti]
    about: [bad-input-lavrov-bayramov-call]
    conflict: nagorno-karabakh-conflict
    occasion: bad-input-lavrov-bayramov-call
    date: 2020-09-27?
    language: en
    quote: stop the fighting at once
    text_en: Sergey Lavrov called on both sides to stop the fighting at once.
    evidence:
      - passage: 3
        quote: 'called on both sides to "stop the fighting at once"'
relations:
  - id: bad-input-lavrov-foreign-minister
    type: holds-office
    subject: sergey-lavrov
    object: russia
    role: Minister of Foreign Affairs
    date: 2020-09-28
    evidence:
      - passage: 3
        quote: Foreign minister Sergey Lavrov
"""
BASE_PASSAGES = [
    "Lavrov and Bayramov discuss Karabakh by telephone",
    "Lavrov and Bayramov spoke by telephone on 27 September, the Russian foreign ministry said.",
    'Foreign minister Sergey Lavrov called on both sides to "stop the fighting at once".',
    "Photo: Test desk",
]
# The valid registry the bad registry files are copies of.
REGISTRY_BASE = """\
kind: registry
actors:
  - id: ilham-aliyev
    kind: person
    names: {en: Ilham Aliyev, ar: إلهام علييف, ru: Ильхам Алиев}
    aliases: {en: [Aliyev], ar: [علييف]}
"""
ABOUT = "    about: [bad-input-lavrov-bayramov-call]\n"
TEXT_BLOCK = BASE[BASE.index("text: |\n") : BASE.index("non_content:")]


@dataclass(frozen=True)
class Expect:
    """The one problem a bad file must produce."""

    line: int | None  # None: a problem about the whole file, reported without a line
    field: str | None  # "" for a problem about the whole document; None: not checked (bugs)
    message: str  # a fragment of the message, never empty
    api_message: str | None = None  # the API's fragment when it differs from the CLI's


CORPUS: dict[str, Expect] = {
    # YAML syntax
    "syntax_colon_in_plain_scalar.yaml": Expect(
        4, "", "YAML syntax error: mapping values are not allowed in this context"
    ),
    "syntax_unclosed_quote.yaml": Expect(55, "", "YAML syntax error: found unexpected end of"),
    "syntax_tab_indentation.yaml": Expect(
        18, "", "YAML syntax error: found a tab character that violates indentation"
    ),
    "syntax_unclosed_flow_sequence.yaml": Expect(
        34, "", "YAML syntax error: did not find expected ',' or ']'"
    ),
    "syntax_two_documents.yaml": Expect(55, "", "a file holds one YAML document, not several"),
    "not_a_mapping.yaml": Expect(1, "", "a curated file must be a mapping"),
    "json_trailing_comma.json": Expect(5, "", "JSON syntax error: Expecting property name"),
    "json_not_an_object.json": Expect(1, "", "a curated file must be a mapping"),
    # wrong types
    "type_passage_quoted.yaml": Expect(27, "events[0].evidence[0].passage", "Not a valid integer."),
    "type_passage_float.yaml": Expect(27, "events[0].evidence[0].passage", "Not a valid integer."),
    "type_non_content_yes.yaml": Expect(15, "non_content[0]", "Not a valid integer."),
    "type_speakers_not_a_list.yaml": Expect(32, "statements[0].speakers", "Not a valid list."),
    "type_title_list.yaml": Expect(4, "title", "Not a valid string."),
    "type_events_mapping.yaml": Expect(16, "events", "Not a valid list."),
    "json_passage_string.json": Expect(36, "events[0].evidence[0].passage", "Not a valid integer."),
    "int_with_5000_digits.yaml": Expect(27, "events[0].evidence[0].passage", "is not a valid int"),
    "explicit_int_tag.yaml": Expect(27, "events[0].evidence[0].passage", "is not a valid int"),
    "explicit_bool_tag.yaml": Expect(15, "non_content[0]", "is not a valid bool"),
    "explicit_float_tag.yaml": Expect(23, "events[0].participants[0].role", "is not a valid float"),
    # unknown, missing and invalid fields
    "field_unknown_top_level.yaml": Expect(6, "author", "unknown field"),
    "field_unknown_in_event.yaml": Expect(26, "events[0].location", "unknown field"),
    "field_unknown_bidi_key.yaml": Expect(6, "\u202eredaeh", "unknown field"),
    "field_missing_title.yaml": Expect(2, "title", "required field is missing"),
    "field_missing_statement_evidence.yaml": Expect(
        30, "statements[0].evidence", "required field is missing"
    ),
    "field_missing_kind.yaml": Expect(2, "kind", "must be 'vocabulary', 'registry' or 'source'"),
    "field_wrong_kind.yaml": Expect(2, "kind", "must be 'vocabulary', 'registry' or 'source'"),
    "field_text_and_text_file.yaml": Expect(
        10, "text_file", "give exactly one of text_file and text"
    ),
    "field_text_file_absent.yaml": Expect(
        10,
        "text_file",
        "no file 'lavrov-bayramov-missing.txt' beside it",
        api_message="give the text inline as `text`",
    ),
    "field_url_javascript.yaml": Expect(7, "url", "Not a valid URL."),
    "field_language_not_a_tag.yaml": Expect(9, "language", "does not match expected pattern"),
    "field_publisher_too_long.yaml": Expect(5, "publisher", "Length must be between 1 and 300."),
    "registry_unknown_actor_kind.yaml": Expect(
        5, "actors[0].kind", "unknown actor kind 'president'; the nearest known: person"
    ),
    "duplicate_key_top_level.yaml": Expect(6, "publisher", "key appears twice"),
    "duplicate_key_nested.yaml": Expect(
        21,
        "events[0].date",
        "key appears twice",
    ),
    "json_duplicate_key.json": Expect(
        6,
        "publisher",
        "appears twice",
    ),
    # dates
    "date_invalid_month.yaml": Expect(
        20, "events[0].date", "'2020-13-27' is not a valid EDTF date"
    ),
    "date_not_edtf.yaml": Expect(8, "published", "'28/09/2020' is not a valid EDTF date"),
    "date_reversed_interval.yaml": Expect(
        51, "relations[0].date", "'2020-09-28/2004-03-09' ends before it starts"
    ),
    "date_day_does_not_exist.yaml": Expect(
        20, "events[0].date", "'2019-02-29' names a day that does not exist"
    ),
    "date_year_zero.yaml": Expect(
        20, "events[0].date", "'0000' lies outside the years 1 to 9999 that can be stored"
    ),
    "date_after_publication.yaml": Expect(
        38,
        "statements[0].date",
        "'2020-09-29' is after the source's publication (2020-09-28)",
    ),
    "date_interval_after_publication.yaml": Expect(
        20,
        "events[0].date",
        "'2020-10/2020-11' is after the source's publication (2020-09-28); an event the source "
        "announces is `status: scheduled`, a deadline `status: due`",
    ),
    "date_open_one_of_set.yaml": Expect(
        20,
        "events[0].date",
        "is an EDTF set or list",
    ),
    "date_with_terminal_escape.yaml": Expect(20, "events[0].date", "is not a valid EDTF date"),
    # ids
    "id_unknown_speaker.yaml": Expect(32, "statements[0].speakers[0]", "unknown id 'ilham-aliyev'"),
    "id_unknown_occasion.yaml": Expect(
        37, "statements[0].occasion", "unknown id 'lavrov-bayramov-meeting-2020-10-09'"
    ),
    "id_wrong_kind_place.yaml": Expect(
        25, "events[0].places[0]", "'azerbaijan' is an actor, not a place"
    ),
    "id_duplicate_in_file.yaml": Expect(
        46,
        "relations[0].id",
        "id 'bad-input-lavrov-bayramov-call' is already defined in ",
        api_message="is already defined in request body:events",
    ),
    "id_taken_in_database.yaml": Expect(
        17, "events[0].id", "id 'stepanakert' is already used by a place in the database"
    ),
    "id_not_kebab_case.yaml": Expect(3, "id", "must be a kebab-case id (a-z, 0-9, -)"),
    # passages and quotes
    "quote_not_in_passage.yaml": Expect(
        28, "events[0].evidence[0].quote", "quote does not appear verbatim in passage 2"
    ),
    "quote_paraphrased.yaml": Expect(
        40, "statements[0].quote", "quote does not appear verbatim in any cited passage"
    ),
    "passage_out_of_range.yaml": Expect(
        53,
        "relations[0].evidence[0].passage",
        "passage 9 is out of range: the text has 4 passages",
    ),
    "passage_zero.yaml": Expect(
        27, "events[0].evidence[0].passage", "Must be greater than or equal to 1."
    ),
    "passage_huge.yaml": Expect(
        27,
        "events[0].evidence[0].passage",
        "passage 99999999999999999999999999 is out of range: the text has 4 passages",
    ),
    "non_content_out_of_range.yaml": Expect(
        15, "non_content[1]", "passage 12 is out of range: the text has 4 passages"
    ),
    # encodings
    "empty.yaml": Expect(1, "", "file is empty"),
    "not_utf8_latin1.yaml": Expect(5, "", "file is not valid UTF-8"),
    "not_utf8_utf16.yaml": Expect(1, "", "file is not valid UTF-8"),
    # characters
    "raw_bell_character.yaml": Expect(4, "", "file has a character YAML forbids"),
    "raw_nul_character.yaml": Expect(14, "", "file has a character YAML forbids"),
    "raw_escape_character.yaml": Expect(41, "", "file has a character YAML forbids"),
    "escaped_control_character.yaml": Expect(4, "title", "contains a control character U+001B"),
    "escaped_newline_in_single_line_field.yaml": Expect(
        41, "statements[0].text_en", "contains a control character U+000A"
    ),
    "escaped_nul.yaml": Expect(50, "relations[0].role", "contains a control character U+0000"),
    "escaped_lone_surrogate.yaml": Expect(
        4, "", "YAML syntax error: found invalid Unicode character escape code"
    ),
    "rlo_in_publisher.yaml": Expect(
        5, "publisher", "contains a bidirectional control character U+202E"
    ),
    "registry_rlo_in_actor_name.yaml": Expect(
        6, "actors[0].names.en", "contains a bidirectional control character U+202E"
    ),
    "registry_rli_in_alias.yaml": Expect(
        7, "actors[0].aliases.ar[0]", "contains a bidirectional control character U+2067"
    ),
    # tags, anchors and keys
    "python_object_tag.yaml": Expect(
        4, "", "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"
    ),
    "python_name_tag.yaml": Expect(
        5, "", "YAML tag 'tag:yaml.org,2002:python/name:os.system' is not allowed"
    ),
    "local_tag.yaml": Expect(6, "", "YAML tag '!include' is not allowed"),
    "binary_tag.yaml": Expect(5, "", "YAML tag 'tag:yaml.org,2002:binary' is not allowed"),
    "anchor_and_alias.yaml": Expect(21, "", "YAML anchors (&name) are not allowed"),
    "merge_key.yaml": Expect(47, "", "keys must be plain text"),
    "non_string_key.yaml": Expect(16, "", "keys must be plain text"),
}


# --- the big files, generated --------------------------------------------------------------------


def line_of(text: str, marker: str) -> int:
    """Return the line on which `marker` first occurs."""
    return text[: text.index(marker)].count("\n") + 1


@dataclass(frozen=True)
class Built:
    """A generated bad file, the file its problem names, and what is expected."""

    path: Path
    expect: Expect
    problem_file: Path | None = None  # when the problem names another file (a text_file)
    api_status: int | None = 422  # None: the case cannot be posted (a text_file beside it)


def fifty_megabytes(folder: Path) -> Built:
    path = folder / "fifty_megabytes.yaml"
    head, tail = BASE.split("  Photo: Test desk\n")
    line = "  Lavrov and Bayramov spoke by telephone on 27 September, the ministry said.\n"
    block = line * 10_000
    with path.open("w", encoding="utf-8") as out:
        out.write(head)
        while out.tell() < 50 * 1024**2:
            out.write(block)
        out.write("  Photo: Test desk\n" + tail)
    assert path.stat().st_size > 50 * 1024**2
    return Built(path, Expect(None, "", f"file is larger than {MAX_BYTES} bytes"), api_status=413)


def alias_bomb(folder: Path) -> Built:
    # "Billion laughs": ten levels of ten aliases each, 10**9 strings once expanded.
    levels = ["      - &lol0 bad-input-lavrov-bayramov-call"]
    levels += [f"      - &lol{i} [{', '.join([f'*lol{i - 1}'] * 10)}]" for i in range(1, 10)]
    text = edit(BASE, ABOUT, "    about:\n" + "\n".join(levels) + "\n")
    path = folder / "alias_bomb.yaml"
    path.write_text(text, encoding="utf-8")
    return Built(path, Expect(line_of(text, "&lol0"), "", "YAML anchors (&name) are not allowed"))


def deep_nesting_block(folder: Path) -> Built:
    # One mapping level per line below `about`; the root is depth 0 and `about`'s value depth 3.
    levels = 40
    nested = "".join("      " + "  " * i + "k:\n" for i in range(levels))
    text = edit(BASE, ABOUT, "    about:\n" + nested)
    first_too_deep = line_of(text, "    about:\n") + 1 + (MAX_DEPTH + 1 - 3)
    path = folder / "deep_nesting_block.yaml"
    path.write_text(text, encoding="utf-8")
    return Built(path, Expect(first_too_deep, "", f"nesting deeper than {MAX_DEPTH}"))


def deep_nesting_flow(folder: Path) -> Built:
    depth = 100_000
    text = edit(BASE, ABOUT, "    about: " + "[" * depth + "]" * depth + "\n")
    path = folder / "deep_nesting_flow.yaml"
    path.write_text(text, encoding="utf-8")
    line = line_of(text, "    about: [")
    return Built(path, Expect(line, "", "YAML syntax error: exceeded maximum nesting depth"))


def deep_nesting_json(folder: Path) -> Built:
    depth = 100_000
    document = yaml.safe_load(BASE)
    document["statements"][0]["about"] = "NESTED"
    text = json.dumps(document, default=str, indent=2, ensure_ascii=False)
    text = edit(text, '"NESTED"', "[" * depth + "]" * depth)
    path = folder / "deep_nesting.json"
    path.write_text(text, encoding="utf-8")
    return Built(path, Expect(None, "", "JSON is nested too deeply"))


def very_long_string(folder: Path) -> Built:
    # Under the API's 1 MiB body limit, so that both doors must read and refuse it.
    title = ("Lavrov and Bayramov discuss Karabakh by telephone " * 20_000)[:1_000_000].strip()
    text = edit(
        BASE, "title: Lavrov and Bayramov discuss Karabakh by telephone\n", f"title: {title}\n"
    )
    path = folder / "very_long_string.yaml"
    path.write_text(text, encoding="utf-8")
    assert 1_000_000 < path.stat().st_size < 1024**2
    return Built(path, Expect(3, "title", "Length must be between 1 and 1000."))


def _with_text_file(folder: Path, size: int, *, sparse: bool) -> tuple[Path, Path]:
    path = folder / "source_with_big_text_file.yaml"
    path.write_text(edit(BASE, TEXT_BLOCK, "text_file: big.txt\n"), encoding="utf-8")
    text_file = folder / "big.txt"
    with text_file.open("wb") as out:
        if sparse:
            out.truncate(size)  # sparse: one hole, no disk used
        else:
            chunk = b"Lavrov and Bayramov spoke by telephone on 27 September.\n" * 20_000
            while out.tell() < size:
                out.write(chunk)
    return path, text_file


def huge_text_file(folder: Path) -> Built:
    path, text_file = _with_text_file(folder, 50 * 1024**2, sparse=False)
    expect = Expect(None, "", f"file is larger than {MAX_BYTES} bytes")
    return Built(path, expect, problem_file=text_file, api_status=None)


def sparse_text_file(folder: Path) -> Built:
    path, text_file = _with_text_file(folder, 768 * 1024**2, sparse=True)
    expect = Expect(None, "", f"file is larger than {MAX_BYTES} bytes")
    return Built(path, expect, problem_file=text_file, api_status=None)


def edtf_set_date(folder: Path) -> Built:
    # A valid EDTF set of 50 days (550 characters) takes dates.parse half a second of CPU
    # (~11 ms a member); a 1 MiB body of such sets, a quarter of an hour. Query dates are capped
    # at 64 characters; curated dates are not.
    date = "{" + ",".join(["2020-09-27"] * 50) + "}"
    text = edit(BASE, "    date: 2020-09-27\n", f"    date: '{date}'\n")
    path = folder / "edtf_set_date.yaml"
    path.write_text(text, encoding="utf-8")
    return Built(
        path, Expect(line_of(text, "{2020"), "events[0].date", "a date is at most 64 characters")
    )


GENERATED: dict[str, Callable[[Path], Built]] = {
    "fifty_megabytes": fifty_megabytes,
    "alias_bomb": alias_bomb,
    "deep_nesting_block": deep_nesting_block,
    "deep_nesting_flow": deep_nesting_flow,
    "deep_nesting_json": deep_nesting_json,
    "very_long_string": very_long_string,
    "huge_text_file": huge_text_file,
    "sparse_text_file": sparse_text_file,
    "edtf_set_date": edtf_set_date,
}
PEAK_RSS_MIB: dict[str, float] = {}  # measured peaks, printed at the end of the module


# --- running the CLI -----------------------------------------------------------------------------

# A small Python process limits its address space (inherited by its child), runs the CLI as its
# only child, and writes the child's peak resident memory (getrusage(RUSAGE_CHILDREN)) to a file.
# Measured from this test process instead, the figure would include pytest's own memory, which
# the forked child shares until it executes the CLI.
MEASURED_CLI = """\
import resource, subprocess, sys
limit, figure, *args = sys.argv[1:]
resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
status = subprocess.call([sys.executable, "-m", "kb_service.cli", *args])
with open(figure, "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(status if status >= 0 else 128 - status)
"""


@dataclass(frozen=True)
class CliRun:
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mib: float


def run_cli(env: dict[str, str], *args: str) -> CliRun:
    """Run `kb ARGS` in a child process; return its status, output and peak resident memory."""
    with (
        tempfile.TemporaryDirectory() as folder,
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
    ):
        figure = Path(folder) / "peak-rss-kib"
        limit = str(ADDRESS_SPACE_LIMIT)
        child = subprocess.Popen(
            [sys.executable, "-c", MEASURED_CLI, limit, str(figure), *args],
            stdout=out,
            stderr=err,
            env=env,
            cwd=PROJECT_ROOT,
            start_new_session=True,  # its own process group, so that a hang kills both
        )
        try:
            child.wait(timeout=CLI_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            pytest.fail(f"kb {' '.join(args)} still ran after {CLI_TIMEOUT_SECONDS} s")
        out.seek(0)
        err.seek(0)
        return CliRun(
            child.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            int(figure.read_text()) / 1024,  # ru_maxrss is in KiB on Linux
        )


@pytest.fixture(scope="module")
def cli_env(db: Database, settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "KB_NEO4J_URI": db.uri,
        "KB_NEO4J_PASSWORD": settings.neo4j_password,
        "KB_NEO4J_DATABASE": db.name,
    }


@pytest.fixture(scope="module")
def registry_db(db: Database) -> Iterator[tuple[Database, str]]:
    """The seed registry alone, loaded once for the module, and its checksum."""
    wipe(db)
    load(db, SEEDS / "registry.yaml")
    yield db, graph_checksum(db)
    if PEAK_RSS_MIB:
        figures = ", ".join(f"{name} {mib:.0f} MiB" for name, mib in sorted(PEAK_RSS_MIB.items()))
        print(f"\npeak RSS of `kb ingest`: {figures}")


@pytest.fixture()
def graph(registry_db: tuple[Database, str]) -> Iterator[tuple[Database, str]]:
    """The registry-only graph and its checksum; put back after the test if the test changed it
    (tests assert that it did not: this only keeps one failure from spreading)."""
    db, baseline = registry_db
    assert graph_checksum(db) == baseline
    try:
        yield db, baseline
    finally:
        if graph_checksum(db) != baseline:
            wipe(db)
            load(db, SEEDS / "registry.yaml")


def raw_characters(text: str) -> list[str]:
    """Control characters (other than newline) and bidi controls in CLI output."""
    return sorted(
        {
            f"U+{ord(char):04X}"
            for char in text
            if (unicodedata.category(char) == "Cc" and char != "\n") or char in BIDI_CONTROLS
        }
    )


def assert_cli_refused(run: CliRun, problem_file: Path, expect: Expect) -> None:
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.returncode == 1, run.stderr[-2000:]
    assert "1 problem(s); nothing was written:" in run.stderr
    lines = run.stderr.splitlines()
    problems = [
        line for line in lines if line.startswith("  ") and not line.startswith("      fix: ")
    ]
    assert len(problems) == 1, problems
    [problem] = problems
    where = f"  {problem_file}:{expect.line}: " if expect.line else f"  {problem_file}: "
    assert problem.startswith(where), problem[:300]
    rest = problem[len(where) :]
    if expect.field:  # the CLI escapes control and bidi characters before printing
        assert rest.startswith(f"{printable(expect.field)}: "), rest[:300]
    elif expect.field == "":
        assert rest.startswith(expect.message), rest[:300]  # no field before the message
    assert expect.message in rest, rest[:300]
    assert raw_characters(run.stdout + run.stderr) == []


def post(client: FlaskClient, body: bytes, path: Path) -> Any:
    """Send a bad file where a curator would: a registry file to /registry, others to /sources."""
    content_type = "application/json" if path.suffix == ".json" else "application/yaml"
    endpoint = "registry" if path.name.startswith("registry_") else "sources"
    return client.post(f"/api/v1/{endpoint}", data=body, content_type=content_type, headers=AUTH)


def assert_api_refused(response: Any, expect: Expect) -> None:
    assert response.status_code == 422, response.get_data(as_text=True)[:500]
    assert response.headers["Content-Type"] == "application/problem+json"
    body = response.get_json()
    assert body["status"] == 422
    assert "nothing was written" in body["detail"]
    assert len(body["invalid_params"]) == 1, body["invalid_params"]
    [problem] = body["invalid_params"]
    assert problem["line"] == (expect.line or 0)
    if expect.field is not None:
        assert problem["name"] == (expect.field or "body")
    fragment = expect.api_message if expect.api_message is not None else expect.message
    assert fragment in problem["reason"]


def corpus_params(door: str) -> list[Any]:
    return [pytest.param(name, id=name) for name in CORPUS]


def generated_params(door: str) -> list[Any]:
    return [
        pytest.param(name, id=name)
        for name in GENERATED
        if door == "cli" or name not in ("huge_text_file", "sparse_text_file")
    ]


# --- the corpus ----------------------------------------------------------------------------------


def test_the_corpus_is_the_manifest() -> None:
    files = sorted(path.name for path in CORPUS_DIR.iterdir())
    assert files == sorted(CORPUS)
    assert len(files) >= 30
    assert all((CORPUS_DIR / name).stat().st_size < 64 * 1024 for name in files)


# What ingesting BASE, or REGISTRY_BASE, into the graph fixture changes: (created, updated,
# removed) per kind, as `kb ingest` prints them; every kind not named is (0, 0, 0).
BASE_CHANGES = {
    "Source": (1, 0, 0),
    "Event": (1, 0, 0),
    "Statement": (1, 0, 0),
    "Relation": (1, 0, 0),
    "Link": (17, 0, 0),
}
REGISTRY_BASE_CHANGES = {"Actor": (1, 0, 0)}


def printed_changes(stdout: str, verb: str) -> dict[str, tuple[int, ...]]:
    """Return the non-zero rows of the change table `kb ingest` prints, after its first line
    ("1 file(s) valid; <verb>:")."""
    lines = stdout.splitlines()
    assert lines[0] == f"1 file(s) valid; {verb}:", stdout
    rows = [line.split() for line in lines[2:] if re.fullmatch(r"  \w+( +\d+){3}", line)]
    found = {row[0]: tuple(int(n) for n in row[1:]) for row in rows}
    return {kind: counts for kind, counts in found.items() if counts != (0, 0, 0)}


def test_the_undamaged_documents_are_valid(
    graph: tuple[Database, str], cli_env: dict[str, str], tmp_path: Path
) -> None:
    # Every bad file is one of these with one thing broken.
    for name, text, changes in (
        ("source.yaml", BASE, BASE_CHANGES),
        ("registry.yaml", REGISTRY_BASE, REGISTRY_BASE_CHANGES),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        run = run_cli(cli_env, "ingest", "--dry-run", str(path))
        assert run.returncode == 0, run.stderr
        assert printed_changes(run.stdout, "would change") == changes
    assert graph_checksum(graph[0]) == graph[1]


@pytest.mark.parametrize("name", corpus_params("cli"))
def test_cli_refuses_bad_file(
    graph: tuple[Database, str], cli_env: dict[str, str], name: str
) -> None:
    path = CORPUS_DIR / name
    run = run_cli(cli_env, "ingest", str(path))
    assert_cli_refused(run, path, CORPUS[name])
    assert run.peak_rss_mib < PEAK_RSS_LIMIT_MIB
    assert graph_checksum(graph[0]) == graph[1]


@pytest.mark.parametrize("name", corpus_params("api"))
def test_api_refuses_bad_file(graph: tuple[Database, str], client: FlaskClient, name: str) -> None:
    path = CORPUS_DIR / name
    assert_api_refused(post(client, path.read_bytes(), path), CORPUS[name])
    assert graph_checksum(graph[0]) == graph[1]


# --- the big files -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", generated_params("cli"))
def test_cli_refuses_big_file_in_bounded_memory(
    graph: tuple[Database, str], cli_env: dict[str, str], tmp_path: Path, name: str
) -> None:
    built = GENERATED[name](tmp_path)
    run = run_cli(cli_env, "ingest", str(built.path))
    PEAK_RSS_MIB[name] = run.peak_rss_mib
    assert_cli_refused(run, built.problem_file or built.path, built.expect)
    assert run.peak_rss_mib < PEAK_RSS_LIMIT_MIB
    assert graph_checksum(graph[0]) == graph[1]


@pytest.mark.parametrize("name", generated_params("api"))
def test_api_refuses_big_file(
    graph: tuple[Database, str], client: FlaskClient, tmp_path: Path, name: str
) -> None:
    built = GENERATED[name](tmp_path)
    response = post(client, built.path.read_bytes(), built.path)
    if built.api_status == 413:
        assert response.status_code == 413
        assert response.headers["Content-Type"] == "application/problem+json"
        assert response.get_json()["status"] == 413
    else:
        assert_api_refused(response, built.expect)
    assert graph_checksum(graph[0]) == graph[1]


# --- valid but unusual: accepted by both doors ---------------------------------------------------

ACCEPTED: dict[str, Callable[[str], bytes]] = {
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda text: text.replace("\n", "\r").encode("utf-8"),
    "bom": lambda text: ("\ufeff" + text).encode("utf-8"),
    "bom-crlf": lambda text: ("\ufeff" + text).replace("\n", "\r\n").encode("utf-8"),
}


def assert_base_source_stored(client: FlaskClient) -> None:
    shown = client.get(f"/api/v1/sources/{BASE_ID}")
    assert shown.status_code == 200
    data = shown.get_json()["data"]
    assert data["title"] == "Lavrov and Bayramov discuss Karabakh by telephone"
    assert [p["text"] for p in data["passages"]] == BASE_PASSAGES


def retract_and_compare(client: FlaskClient, db: Database, baseline: str) -> None:
    assert client.delete(f"/api/v1/sources/{BASE_ID}", headers=AUTH).status_code == 200
    assert graph_checksum(db) == baseline


@pytest.mark.parametrize("variant", ACCEPTED)
def test_cli_accepts_windows_line_ends_and_byte_order_mark(
    graph: tuple[Database, str],
    cli_env: dict[str, str],
    client: FlaskClient,
    tmp_path: Path,
    variant: str,
) -> None:
    path = tmp_path / f"{variant}.yaml"
    path.write_bytes(ACCEPTED[variant](BASE))
    run = run_cli(cli_env, "ingest", str(path))
    assert run.returncode == 0, run.stderr
    assert printed_changes(run.stdout, "changed") == BASE_CHANGES
    assert_base_source_stored(client)
    retract_and_compare(client, *graph)


@pytest.mark.parametrize("variant", ACCEPTED)
def test_api_accepts_windows_line_ends_and_byte_order_mark(
    graph: tuple[Database, str], client: FlaskClient, variant: str
) -> None:
    response = post(client, ACCEPTED[variant](BASE), Path("body.yaml"))
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["data"]["counts"]["Source"]["created"] == 1
    assert_base_source_stored(client)
    retract_and_compare(client, *graph)


def test_every_expected_problem_names_its_words(tmp_path: Path) -> None:
    """An empty fragment would be found in any message: each expectation names its words."""
    expected = [*CORPUS.values(), *(build(tmp_path).expect for build in GENERATED.values())]
    assert expected and all(e.message.strip() for e in expected)
