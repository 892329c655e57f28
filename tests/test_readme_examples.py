"""Every `curl` line of README.md runs as written against the API served by gunicorn, as
`make run` serves it: only the host, the key and the example files are the test's own."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import SEEDS, fresh_graph, gunicorn_server

from kb_service.config import PROJECT_ROOT, Settings
from kb_service.store.db import Database

README = PROJECT_ROOT / "README.md"
BASE = "http://127.0.0.1:8000"
KEY = "test-key-1"
STATUS_MARK = "KB-STATUS "

# The example files the README's write lines send: our own small curated documents.
EXAMPLE_FILES = {
    "vocabulary.yaml": """kind: vocabulary
event_types:
  - term: readme-example-visit
    label: {en: Visit}
    plover: CONSULT
""",
    "registry.yaml": """kind: registry
actors:
  - id: test-envoy
    kind: person
    names: {en: Test Envoy}
""",
    "my-source.yaml": """kind: source
id: readme-example-source
title: An envoy visits
publisher: Example Desk
published: 2021-05-06
language: en
text_file: my-source.txt
events:
  - id: readme-example-envoy-visit
    title: The envoy visits
    type: readme-example-visit
    date: 2021-05-05
    participants:
      - {actor: test-envoy, role: visitor}
    evidence:
      - passage: 1
        quote: The envoy arrived on Wednesday
""",
    "my-source.txt": "The envoy arrived on Wednesday for talks.\n",
}


def shell_blocks(markdown: str) -> list[list[str]]:
    """Return the README's ```sh blocks as lists of command lines (continuations joined)."""
    blocks = re.findall(r"```sh\n(.*?)```", markdown, flags=re.S)
    return [block.replace("\\\n", " ").splitlines() for block in blocks]


def curl_lines() -> list[str]:
    """Return every line that runs curl, with the assignments its block makes before it."""
    lines = []
    for block in shell_blocks(README.read_text(encoding="utf-8")):
        setup = [line for line in block if re.match(r"^[A-Z]+=", line)]
        lines += ["; ".join([*setup, line]) for line in block if line.lstrip().startswith("curl ")]
    return lines


def expected_statuses(line: str) -> set[int]:
    """The statuses a line may answer: 2xx, or the one its comment names (`# 409 while ...`)."""
    comment = line.partition("#")[2]
    named = {int(code) for code in re.findall(r"\b([1-5]\d\d)\b", comment)}
    return named | {200, 201} if named else {200, 201}


def test_the_readme_has_curl_lines_to_run() -> None:
    lines = curl_lines()
    assert len(lines) >= 20
    assert any("--data-urlencode 'q=لافروف'" in line for line in lines)


def run_line(line: str, base: str, folder: Path) -> tuple[int, str]:
    """Run one README line in bash with `curl` reporting its status code; return it and the
    answer's start."""
    script = (
        "curl() { command curl -sS -w '\\n"
        + STATUS_MARK
        + '%{http_code}\\n\' "$@"; }\n'
        + line.replace(BASE, base).replace("Bearer KEY", f"Bearer {KEY}")
    )
    run = subprocess.run(
        ["bash", "-c", script], cwd=folder, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, (line, run.stderr)
    statuses = re.findall(STATUS_MARK + r"(\d+)", run.stdout)
    assert len(statuses) == 1, (line, run.stdout[-500:])
    return int(statuses[0]), run.stdout[:300]


def test_every_curl_line_of_the_readme_works_as_written(
    settings: Settings, db: Database, tmp_path: Path
) -> None:
    fresh_graph(db, SEEDS)
    for name, content in EXAMPLE_FILES.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    lines = curl_lines()
    with gunicorn_server(settings, workers=1) as base:
        answers = [(line, *run_line(line, base, tmp_path)) for line in lines]
    wrong = [
        (line, status, start)
        for line, status, start in answers
        if status not in expected_statuses(line)
    ]
    assert wrong == [], wrong
    assert "Invalid HTTP request line" not in " ".join(start for _, _, start in answers)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'curl -X DELETE -H "$K" "$API/registry/x"     # 409 while a source cites it',
            {409, 200, 201},
        ),
        ("curl 'http://127.0.0.1:8000/api/v1/actors/russia'   # names, QID", {200, 201}),
    ],
)
def test_a_comment_names_the_status_a_line_may_answer(line: str, expected: set[int]) -> None:
    assert expected_statuses(line) == expected
