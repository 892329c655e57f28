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


def test_curation_json_schema_reference_is_current() -> None:
    import json

    from kb_service.curation.reference import json_schema

    shipped = json.loads((PROJECT_ROOT / "docs" / "curation-schema.json").read_text())
    assert shipped == json_schema(), "run: .venv/bin/kb curation-schema > docs/curation-schema.json"
    assert set(shipped["$defs"]["Source"]["required"]) >= {"id", "kind", "published", "title"}


def test_the_seed_text_is_the_original_unchanged() -> None:
    import hashlib

    original = PROJECT_ROOT.parent / "shared" / "seeds" / "000_d0b46a30435dc835.txt"
    copy = PROJECT_ROOT / "seeds" / "000_d0b46a30435dc835.txt"
    # The digest of ../shared/seeds/000_d0b46a30435dc835.txt as it was handed over.
    assert (
        hashlib.sha256(copy.read_bytes()).hexdigest()
        == "62d9de37c2dec827ec15df688c9598b5f27f54638aa316cb29c7754781677197"
    )
    if original.exists():
        assert copy.read_bytes() == original.read_bytes()
