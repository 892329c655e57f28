"""docker-compose.yml is valid for Docker Compose, and the README documents every setting."""

from __future__ import annotations

import re
import shutil
import subprocess

import yaml

from kb_service.config import PROJECT_ROOT, SETTINGS


def test_compose_file_is_valid() -> None:
    assert shutil.which("docker-compose"), "make test installs Debian's docker-compose"
    done = subprocess.run(
        ["docker-compose", "config", "-q"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_compose_waits_for_a_healthy_neo4j_5_26() -> None:
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert "healthcheck" in neo4j
    assert compose["services"]["api"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert compose["services"]["api"]["build"] == "."


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text()
    table_rows = set(re.findall(r"^\| `(KB_[A-Z0-9_]+)` \|", readme, flags=re.MULTILINE))
    assert set(SETTINGS) <= table_rows, sorted(set(SETTINGS) - table_rows)
    for name, (default, _) in SETTINGS.items():
        shown = f"`{default}`" if default else "(empty)"
        assert f"| `{name}` | {shown} |" in readme, name
