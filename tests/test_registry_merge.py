"""Issue 24 (4a): the registry learns without losing. An entry sent again is merged onto the
stored one (left-out fields kept, aliases united, values given replace), only `remove:` takes
anything away, the report says what happened to each field, and concurrent writers each merge
onto what the one before committed. Expected values come from this file's own documents."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

import pytest
from conftest import at_once, cypher, graph_checksum, gunicorn_server, wipe
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from kb_service.config import Settings
from kb_service.curation import CurationError, RawFile, validate
from kb_service.curation.registry_merge import entry_of_props, merge
from kb_service.store.db import Database
from kb_service.write.ingest import ingest
from kb_service.write.row_builder import registry_row

AUTH = {"Authorization": "Bearer test-key-1"}
TIMEOUT = 120  # seconds a request may take before the test fails (a hang guard, not a figure)

BASE = """\
kind: registry
actors:
  - id: merge-envoy
    kind: person
    names: {en: Merge Envoy, ar: المبعوث المدمج, ru: Сводный посланник}
    aliases: {ar: [المبعوث], en: [The Envoy]}
    description: An envoy made up for these tests.
"""
# The tester's case: an existing actor sent with only its English name and one new alias.
NEW_ALIAS = """\
kind: registry
actors:
  - id: merge-envoy
    kind: person
    names: {en: Merge Envoy}
    aliases: {ar: [مبعوث الدمج]}
"""
REMOVAL = """\
kind: registry
actors:
  - id: merge-envoy
    kind: person
    names: {en: Merge Envoy}
    remove:
      names: [ru]
      aliases: {ar: [المبعوث]}
      fields: [description]
"""
ENVOY = (
    "MATCH (a:Actor {id: 'merge-envoy'}) RETURN a.name_en AS en, a.name_ar AS ar, "
    "a.name_ru AS ru, a.aliases_en AS aliases_en, a.aliases_ar AS aliases_ar, "
    "a.description AS description"
)


def send(client: FlaskClient, body: str, dry_run: bool = False) -> TestResponse:
    path = "/api/v1/registry" + ("?dry_run=true" if dry_run else "")
    return client.post(path, data=body.encode(), content_type="application/yaml", headers=AUTH)


def envoy(db: Database) -> dict[str, Any]:
    [row] = cypher(db, ENVOY)
    return row


def stored(entry: dict[str, Any]) -> dict[str, Any]:
    """An entry as it comes back from the graph (stored, then read back)."""
    return entry_of_props(registry_row("Actor", entry)["props"])


def entry(**given: Any) -> dict[str, Any]:
    """An actor entry as the schema loads it: aliases in every language, other names a list."""
    aliases = {"en": [], "ar": [], "ru": [], **given.pop("aliases", {})}
    return {"kind": "person", "other_names": [], **given, "aliases": aliases}


# --- pure: the merge rule ----------------------------------------------------------------------


def test_a_left_out_name_is_kept_and_a_new_alias_added() -> None:
    before = stored(entry(id="m", names={"en": "M", "ar": "م", "ru": "М"}, aliases={"ar": ["أ"]}))
    merged = merge(before, entry(id="m", names={"en": "M2"}, aliases={"ar": ["ب"]}))
    assert merged.entry["names"] == {"en": "M2", "ar": "م", "ru": "М"}
    assert merged.entry["aliases"] == {"ar": ["أ", "ب"]}
    assert merged.fields == {
        "names.en": "changed",
        "names.ar": "kept",
        "names.ru": "kept",
        "aliases.ar": "+1",
    }
    assert merged.problems == []


def test_aliases_are_a_union_stored_first_then_the_new_ones_in_order() -> None:
    before = stored(entry(id="m", names={"en": "M"}, aliases={"en": ["b", "a"], "ru": ["р"]}))
    merged = merge(before, entry(id="m", names={"en": "M"}, aliases={"en": ["c", "a", "d", "c"]}))
    assert merged.entry["aliases"] == {"en": ["b", "a", "c", "d"], "ru": ["р"]}
    assert merged.fields == {"aliases.en": "+2", "aliases.ru": "kept"}


def test_a_value_given_replaces_and_a_removal_takes_away() -> None:
    before = stored(
        entry(id="m", names={"en": "M", "ru": "М"}, aliases={"en": ["x", "y"]}, wikidata="Q5")
    )
    removal = {"names": ["ru"], "aliases": {"en": ["x"]}, "removed_fields": ["wikidata"]}
    given = entry(id="m", names={"en": "M"}, kind="state", description="new", remove=removal)
    merged = merge(before, given)
    assert merged.problems == []
    assert merged.entry == {
        "id": "m",
        "names": {"en": "M"},
        "aliases": {"en": ["y"]},
        "kind": "state",
        "description": "new",
        "other_names": [],
    }
    assert merged.fields == {
        "names.ru": "removed",
        "aliases.en": "-1",
        "kind": "changed",
        "wikidata": "removed",
        "description": "added",
    }


def test_removing_what_is_not_there_or_is_given_is_a_problem() -> None:
    before = stored(entry(id="m", names={"en": "M", "ar": "م"}, aliases={"en": ["x"]}))
    removal = {"names": ["ru", "ar"], "aliases": {"en": ["z"]}, "removed_fields": ["wikidata"]}
    given = entry(id="m", names={"en": "M", "ar": "م"}, remove=removal)
    assert merge(before, given).problems == [
        (("remove", "names", 1), "names.ar is both given and removed: leave one out"),
        (("remove", "names", 0), "names.ru is not stored, so it cannot be removed"),
        (("remove", "aliases", "en", 0), "'z' is not stored in aliases.en"),
        (("remove", "fields", 0), "wikidata is not stored, so it cannot be removed"),
    ]
    new = merge(None, entry(id="n", names={"en": "N"}, remove={"removed_fields": ["wikidata"]}))
    assert new.problems == [(("remove", "fields", 0), "cannot remove wikidata: 'n' is a new entry")]


def test_a_stored_place_reads_back_as_the_entry_that_wrote_it() -> None:
    place = {
        "id": "p",
        "kind": "city",
        "names": {"en": "P", "ar": "ب"},
        "aliases": {"en": ["Pee", "Pe"]},
        "other_names": [{"name": "Pə", "language": "az", "used_by": ["a", "b"]}],
        "within": "q",
        "location": {"lat": 1.5, "lon": 2.25, "geonames": 42},
    }
    props = registry_row("Place", place)["props"]
    assert entry_of_props(props) == {**place, "other_names": [{**place["other_names"][0]}]}
    assert registry_row("Place", merge(entry_of_props(props), place).entry)["props"] == props


def test_names_en_and_kind_cannot_be_removed() -> None:
    document = NEW_ALIAS + "    remove: {names: [en], fields: [kind]}\n"
    with pytest.raises(CurationError) as raised:
        validate([RawFile("update.yaml", document.encode())], lambda ids, replacing: {})
    assert [(p.file, p.line, p.field) for p in raised.value.problems] == [
        ("update.yaml", 7, "actors[0].remove.fields[0]"),
        ("update.yaml", 7, "actors[0].remove.names[0]"),
    ]
    assert "kind and names are replaced, not removed" in raised.value.problems[0].message
    assert "names.en is required" in raised.value.problems[1].message


# --- through the API and `kb ingest` -------------------------------------------------------------


def test_the_testers_case_keeps_the_names_left_out(clean_db: Database, client: FlaskClient) -> None:
    assert send(client, BASE).status_code == 201
    response = send(client, NEW_ALIAS)
    assert response.status_code == 200
    assert envoy(clean_db) == {
        "en": "Merge Envoy",
        "ar": "المبعوث المدمج",
        "ru": "Сводный посланник",
        "aliases_en": "The Envoy",
        "aliases_ar": "المبعوث | مبعوث الدمج",
        "description": "An envoy made up for these tests.",
    }
    [change] = response.get_json()["data"]["registry_changes"]
    assert change == {
        "id": "merge-envoy",
        "kind": "Actor",
        "change": "updated",
        "fields": {
            "names.ar": "kept",
            "names.ru": "kept",
            "aliases.en": "kept",
            "aliases.ar": "+1",
            "description": "kept",
        },
    }


# Only the new spelling: no names, no kind (the stored ones are kept).
ALIAS_ONLY = """\
kind: registry
actors:
  - id: merge-envoy
    aliases: {ar: [زوراب]}
"""


def test_an_update_may_leave_out_its_kind_and_every_name(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, BASE).status_code == 201
    response = send(client, ALIAS_ONLY)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert envoy(clean_db) == {
        "en": "Merge Envoy",
        "ar": "المبعوث المدمج",
        "ru": "Сводный посланник",
        "aliases_en": "The Envoy",
        "aliases_ar": "المبعوث | زوراب",
        "description": "An envoy made up for these tests.",
    }
    [row] = cypher(clean_db, "MATCH (a:Actor {id: 'merge-envoy'}) RETURN a.kind AS kind")
    assert row == {"kind": "person"}
    [change] = response.get_json()["data"]["registry_changes"]
    assert change["fields"]["kind"] == "kept"
    assert change["fields"]["names.en"] == "kept"
    assert change["fields"]["aliases.ar"] == "+1"


def test_a_new_entry_without_its_kind_or_english_name_is_refused_naming_both(
    clean_db: Database, client: FlaskClient
) -> None:
    response = send(client, ALIAS_ONLY)
    assert response.status_code == 422
    problems = [(p["name"], p["line"]) for p in response.get_json()["invalid_params"]]
    assert problems == [("actors[0].kind", 3), ("actors[0].names.en", 3)]
    reasons = {p["reason"] for p in response.get_json()["invalid_params"]}
    assert reasons == {
        "is required: 'merge-envoy' is a new entry (an update of a stored one may leave it out)"
    }
    assert cypher(clean_db, "MATCH (a:Actor) RETURN count(a) AS n") == [{"n": 0}]


def test_the_dry_run_shows_each_field_and_writes_nothing(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, BASE).status_code == 201
    before = graph_checksum(clean_db)
    response = send(client, NEW_ALIAS, dry_run=True)
    assert response.status_code == 200
    data = response.get_json()["data"]
    assert data["counts"]["Actor"]["updated"] == 1
    [change] = data["registry_changes"]
    assert (change["change"], change["fields"]["names.ar"], change["fields"]["aliases.ar"]) == (
        "updated",
        "kept",
        "+1",
    )
    assert graph_checksum(clean_db) == before


def test_remove_takes_away_only_what_it_names(clean_db: Database, client: FlaskClient) -> None:
    assert send(client, BASE).status_code == 201
    response = send(client, REMOVAL)
    assert response.status_code == 200
    assert envoy(clean_db) == {
        "en": "Merge Envoy",
        "ar": "المبعوث المدمج",
        "ru": None,
        "aliases_en": "The Envoy",
        "aliases_ar": None,
        "description": None,
    }
    [change] = response.get_json()["data"]["registry_changes"]
    assert {k: v for k, v in change["fields"].items() if v != "kept"} == {
        "names.ru": "removed",
        "aliases.ar": "-1",
        "description": "removed",
    }


def test_a_removal_that_cannot_be_done_names_its_line_and_writes_nothing(
    clean_db: Database, client: FlaskClient
) -> None:
    assert send(client, BASE).status_code == 201
    before = graph_checksum(clean_db)
    document = REMOVAL.replace("[المبعوث]", "[مجهول]").replace("[description]", "[wikidata]")
    response = send(client, document)
    assert response.status_code == 422
    assert [(p["name"], p["line"], p["reason"]) for p in response.get_json()["invalid_params"]] == [
        ("actors[0].remove.aliases.ar[0]", 8, "'مجهول' is not stored in aliases.ar"),
        ("actors[0].remove.fields[0]", 9, "wikidata is not stored, so it cannot be removed"),
    ]
    assert graph_checksum(clean_db) == before


def test_ingesting_a_registry_again_changes_nothing(clean_db: Database) -> None:
    def run(document: str) -> dict[str, Any]:
        return ingest(clean_db, [RawFile("registry.yaml", document.encode())]).as_dict()

    first = run(BASE)  # a fresh graph: stored as sent, every entry created
    assert first["registry_changes"] == [
        {"id": "merge-envoy", "kind": "Actor", "change": "created", "fields": {}}
    ]
    assert run(NEW_ALIAS)["changed"] is True
    merged = graph_checksum(clean_db)
    for document in (BASE, NEW_ALIAS):  # each already merged in: the same fingerprint
        again = run(document)
        assert (again["changed"], again["registry_changes"]) == (False, [])
        assert graph_checksum(clean_db) == merged


def test_the_command_line_prints_each_entrys_fields(
    clean_db: Database, settings: Settings, tmp_path: Any
) -> None:
    from click.testing import CliRunner

    from kb_service.cli import main

    load_text(clean_db, BASE)
    path = tmp_path / "update.yaml"
    path.write_text(NEW_ALIAS, encoding="utf-8")
    env = {"KB_NEO4J_URI": clean_db.uri, "KB_NEO4J_DATABASE": clean_db.name}
    env["KB_NEO4J_PASSWORD"] = settings.neo4j_password
    result = CliRunner().invoke(main, ["ingest", "--dry-run", str(path)], env=env)
    assert result.exit_code == 0, result.output
    assert (
        "  Actor merge-envoy updated: names.ar kept, names.ru kept, aliases.en kept, "
        "aliases.ar +1, description kept"
    ) in result.stdout.splitlines()


def load_text(db: Database, document: str) -> None:
    ingest(db, [RawFile("registry.yaml", document.encode())])


# --- concurrent writers, through real gunicorn ---------------------------------------------------


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[str]:
    with gunicorn_server(settings, workers=2) as base:
        yield base


def request(base: str, method: str, path: str, body: str | None = None) -> int:
    data = body.encode() if body is not None else None
    headers = {**AUTH, "Content-Type": "application/yaml"}
    call = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(call, timeout=TIMEOUT) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        error.read()
        return int(error.code)


def together(base: str, calls: Sequence[tuple[str, str, str | None]]) -> dict[int, int]:
    """Send every call from its own thread, released at once; return {call index: status}."""
    return dict(enumerate(at_once([partial(request, base, *call) for call in calls], TIMEOUT)))


def with_alias(alias: str) -> str:
    return NEW_ALIAS.replace("مبعوث الدمج", alias)


def test_concurrent_writers_each_add_their_alias(db: Database, server: str) -> None:
    aliases = [f"مبعوث رقم {n}" for n in range(6)]
    for _ in range(2):
        wipe(db)
        load_text(db, BASE)
        calls = [("POST", "/api/v1/registry", with_alias(alias)) for alias in aliases]
        assert set(together(server, calls).values()) == {200}
        after = envoy(db)
        stored_aliases = after["aliases_ar"].split(" | ")
        assert stored_aliases[0] == "المبعوث" and sorted(stored_aliases[1:]) == sorted(aliases)
        assert (after["ar"], after["ru"]) == ("المبعوث المدمج", "Сводный посланник")
        end = graph_checksum(db)
        # One clean write of the union, in the order the writers committed, gives the same graph.
        wipe(db)
        load_text(db, BASE)
        union = NEW_ALIAS.replace("[مبعوث الدمج]", "[" + ", ".join(stored_aliases[1:]) + "]")
        assert request(server, "POST", "/api/v1/registry", union) == 200
        assert graph_checksum(db) == end


def test_a_write_racing_a_delete_leaves_the_merged_entry_or_none(db: Database, server: str) -> None:
    post = ("POST", "/api/v1/registry", NEW_ALIAS)
    delete = ("DELETE", "/api/v1/registry/merge-envoy", None)
    # The two orders, one after the other: (POST, DELETE) statuses by the graph each leaves.
    wipe(db)
    load_text(db, BASE)
    assert request(server, *post) == 200
    assert envoy(db)["ru"] == "Сводный посланник"  # merged, not replaced
    assert request(server, *delete) == 200
    expected = {graph_checksum(db): (200, 200)}  # posted, then deleted: no entry
    wipe(db)
    load_text(db, BASE)
    assert request(server, *delete) == 200
    assert request(server, *post) == 201  # onto nothing: the document alone
    expected[graph_checksum(db)] = (201, 200)
    for _ in range(4):
        wipe(db)
        load_text(db, BASE)
        statuses = together(server, [post, delete])
        end = graph_checksum(db)
        assert end in expected, "a graph neither order leaves"
        assert (statuses[0], statuses[1]) == expected[end]
