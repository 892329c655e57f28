"""The vocabulary in data: terms added by a curated document (no code), refused when unknown
with the nearest known ones, listed by the API, and used by filters and PLOVER codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FIXTURES, curated_ids, graph_checksum, load
from flask.testing import FlaskClient

from kb_service.curation import CurationError, RawFile, collect_files, vocabulary
from kb_service.store.db import Database
from kb_service.write.ingest import ingest

FIXTURE = FIXTURES / "vocabulary"
AUTH = {"Authorization": "Bearer test-key-1"}
YAML = "application/yaml"


def post(client: FlaskClient, endpoint: str, body: bytes, query: str = "") -> Any:
    return client.post(f"/api/v1/{endpoint}{query}", data=body, content_type=YAML, headers=AUTH)


def fixture(name: str) -> bytes:
    return (FIXTURE / f"{name}.yaml").read_bytes()


def fixture_terms() -> dict[str, set[str]]:
    data = yaml.safe_load(fixture("vocabulary"))
    return {name: {item["term"] for item in data.get(name, [])} for name in vocabulary.VOCABULARIES}


@pytest.fixture()
def curated(clean_db: Database, client: FlaskClient) -> Database:
    """The fixture's vocabulary, registry and brief, each posted through the API."""
    for endpoint, name in (("vocabulary", "vocabulary"), ("registry", "registry")):
        assert post(client, endpoint, fixture(name)).status_code == 201
    assert post(client, "sources", fixture("brief")).status_code == 201
    return clean_db


def test_terms_the_vocabulary_lacks_are_refused_with_the_nearest_known(
    clean_db: Database,
) -> None:
    before = graph_checksum(clean_db)
    with pytest.raises(CurationError) as exc:
        ingest(clean_db, collect_files([FIXTURE / "registry.yaml", FIXTURE / "brief.yaml"]))
    found = {(Path(p.file).name, p.field): p for p in exc.value.problems}
    terms = fixture_terms()
    expected = {
        ("registry.yaml", "actors[0].kind"): ("actor kind", *terms["actor_kinds"]),
        ("registry.yaml", "places[0].kind"): ("place kind", *terms["place_kinds"]),
        ("brief.yaml", "events[0].type"): ("event type", *terms["event_types"]),
        ("brief.yaml", "statements[0].kind"): ("statement kind", *terms["statement_kinds"]),
        ("brief.yaml", "relations[0].type"): ("relation type", *terms["relation_types"]),
    }
    assert found.keys() == expected.keys()
    for where, (noun, term) in expected.items():
        problem = found[where]
        assert problem.message.startswith(f"unknown {noun} '{term}'; the nearest known: ")
        assert problem.line > 0
    place = found[("registry.yaml", "places[0].kind")]
    assert place.line == fixture("registry").decode().splitlines().index("    kind: checkpoint") + 1
    assert graph_checksum(clean_db) == before


def test_a_near_miss_names_the_term_meant(clean_db: Database) -> None:
    text = fixture("brief").decode().replace("type: corridor-opened", "type: deploymnt")
    load(clean_db, FIXTURE / "vocabulary.yaml", FIXTURE / "registry.yaml")
    with pytest.raises(CurationError) as exc:
        ingest(clean_db, [RawFile("brief.yaml", text.encode())])
    [problem] = exc.value.problems
    assert problem.field == "events[0].type"
    assert "the nearest known: deployment" in problem.message


def test_a_vocabulary_document_extends_the_model_without_code(
    curated: Database, client: FlaskClient
) -> None:
    listing = client.get("/api/v1/vocabulary").get_json()["data"]
    terms = fixture_terms()
    for name, added in terms.items():
        curated_terms = {t["term"] for t in listing[name] if t["origin"] == "curated"}
        assert curated_terms == added, name
    [opened] = [t for t in listing["event_types"] if t["term"] == "corridor-opened"]
    assert opened["plover"] == "AID" and opened["label"]["ar"] == "فتح ممر إنساني"
    base_terms = {t["term"] for t in listing["event_types"] if t["origin"] == "base"}
    assert set(vocabulary.base().terms["event_types"]) == base_terms
    page = client.get("/api/v1/timeline?type=corridor-opened").get_json()["data"]
    assert [(r["id"], r["plover"]) for r in page] == [("fixture-corridor-opened", "AID")]
    said = client.get("/api/v1/statements?statement_kind=ultimatum").get_json()["data"]
    assert [(r["id"], r["plover"]) for r in said] == [("fixture-east-ultimatum", "THREATEN")]
    ids = curated_ids(FIXTURE)
    assert {r["id"] for r in client.get("/api/v1/actors").get_json()["data"]} == ids["Actor"]


def test_the_same_vocabulary_again_changes_nothing(curated: Database, client: FlaskClient) -> None:
    before = graph_checksum(curated)
    answer = post(client, "vocabulary", fixture("vocabulary"))
    assert answer.status_code == 200
    assert answer.get_json()["data"]["changed"] is False
    assert graph_checksum(curated) == before


def test_a_dry_run_counts_terms_and_writes_nothing(clean_db: Database, client: FlaskClient) -> None:
    before = graph_checksum(clean_db)
    answer = post(client, "vocabulary", fixture("vocabulary"), "?dry_run=true")
    assert answer.status_code == 200
    counts = answer.get_json()["data"]["counts"]["Term"]
    assert counts["created"] == sum(len(t) for t in fixture_terms().values())
    assert graph_checksum(clean_db) == before


def test_a_changed_plover_category_reaches_the_records_of_that_type(
    curated: Database, client: FlaskClient
) -> None:
    changed = fixture("vocabulary").decode().replace("plover: AID", "plover: SUPPORT", 1)
    answer = post(client, "vocabulary", changed.encode())
    assert answer.status_code == 200
    assert answer.get_json()["data"]["counts"]["Term"]["updated"] == 1
    event = client.get("/api/v1/events/fixture-corridor-opened").get_json()["data"]
    assert event["plover"] == "SUPPORT"
    [version] = event["versions"]
    assert version["type"] == "corridor-opened"
    # Sending the source again keeps the new category: it is the vocabulary's, not the source's.
    post(client, "sources", fixture("brief"))
    assert client.get("/api/v1/events/fixture-corridor-opened").get_json()["data"]["plover"] == (
        "SUPPORT"
    )


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ("term: corridor-opened", "term: ceasefire", "event_types[0].term", "base vocabulary"),
        ("plover: AID", "plover: HELP", "event_types[0].plover", "Must be one of"),
        ("term: checkpoint", "term: Checkpoint", "place_kinds[0].term", "kebab-case term"),
        ("    label: {en: Operates}\n", "", "relation_types[0].label", "required"),
    ],
)
def test_a_bad_vocabulary_document_is_refused_naming_the_field(
    clean_db: Database, client: FlaskClient, old: str, new: str, field: str, words: str
) -> None:
    text = fixture("vocabulary").decode()
    assert old in text
    answer = post(client, "vocabulary", text.replace(old, new, 1).encode())
    assert answer.status_code == 422
    [problem] = answer.get_json()["invalid_params"]
    assert problem["name"] == field and words in problem["reason"]
    assert problem["line"] > 0
    assert client.get("/api/v1/vocabulary").get_json()["data"]["place_kinds"] == [
        t for t in vocabulary.base().listing()["place_kinds"]
    ]


def test_a_term_defined_by_two_files_of_a_batch_is_refused(clean_db: Database) -> None:
    files = [
        RawFile("one.yaml", fixture("vocabulary")),
        RawFile("two.yaml", fixture("vocabulary")),
    ]
    with pytest.raises(CurationError) as exc:
        ingest(clean_db, files)
    assert {p.field for p in exc.value.problems} == {
        f"{name}[0].term" for name, terms in fixture_terms().items() if terms
    }
    assert all("already defined in one.yaml" in p.message for p in exc.value.problems)


def test_one_batch_may_define_terms_and_use_them(clean_db: Database, client: FlaskClient) -> None:
    load(clean_db, FIXTURE)
    page = client.get("/api/v1/timeline?type=corridor-opened").get_json()["data"]
    assert [r["id"] for r in page] == ["fixture-corridor-opened"]


def test_a_filter_on_an_unknown_term_is_refused_naming_the_parameter(
    curated: Database, client: FlaskClient
) -> None:
    for url, name in (
        ("/api/v1/timeline?type=corridor-opend", "type"),
        ("/api/v1/statements?statement_kind=ultimatun", "statement_kind"),
    ):
        answer = client.get(url)
        assert answer.status_code == 400
        [problem] = answer.get_json()["invalid_params"]
        assert problem["name"] == name
        assert "corridor-opened" in problem["reason"] or "ultimatum" in problem["reason"]


def test_writing_a_vocabulary_needs_a_key(clean_db: Database, client: FlaskClient) -> None:
    answer = client.post("/api/v1/vocabulary", data=fixture("vocabulary"), content_type=YAML)
    assert answer.status_code == 401
    listing = client.get("/api/v1/vocabulary").get_json()["data"]
    assert all(t["origin"] == "base" for terms in listing.values() for t in terms)


def test_the_base_vocabulary_maps_event_types_to_plover() -> None:
    """The shipped event types of this model's issues, each with a PLOVER category where one
    fits (declaring secession has none)."""
    events = vocabulary.base().terms["event_types"]
    for term in (
        "agreement-signed",
        "deployment",
        "territory-handover",
        "withdrawal",
        "exchange-of-prisoners",
        "exchange-of-bodies",
    ):
        assert events[term].plover is not None, term
    assert {"district", "corridor"} <= set(vocabulary.base().terms["place_kinds"])
