"""A draft proposes, as new aliases, the words of its passages that are one edit from a registry
name (زوراب and زغراب for زهراب), and the drafted items name the entry anyway. A short word one
edit from a short name, and a word of the same root (Russian for Russia), are never proposed.

The registry below is the test's own (spellings as the issue reports them); the texts are
invented. The last test drafts through POST /api/v1/drafts against a real Neo4j.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from conftest import draft_fixture, fresh_graph
from flask.testing import FlaskClient

from kb_service.curation import CurationError, RawFile
from kb_service.curation.documents import parse_file
from kb_service.curation.drafting import Draft
from kb_service.curation.drafting.mentions import entities_of_registry
from kb_service.curation.drafting.spellings import near
from kb_service.curation.drafting.writer import to_yaml
from kb_service.store.db import Database

REGISTRY: dict[str, Any] = {
    "kind": "registry",
    "actors": [
        {
            "id": "zohrab-mnatsakanyan",
            "kind": "person",
            "names": {
                "ar": "زهراب مناتساكانيان",
                "en": "Zohrab Mnatsakanyan",
                "ru": "Зограб Мнацаканян",
            },
        },
        {
            "id": "russia",
            "kind": "state",
            "names": {"ar": "روسيا", "en": "Russia", "ru": "Россия"},
            "aliases": {"ru": ["Российская Федерация"]},
        },
        {
            "id": "russia-mfa",
            "kind": "ministry",
            "names": {"ar": "وزارة الخارجية الروسية", "en": "Russian Foreign Ministry"},
            "aliases": {"ar": ["الخارجية الروسية"]},
        },
        {"id": "iran", "kind": "state", "names": {"en": "Iran", "ar": "إيران"}},
        {"id": "azerbaijan", "kind": "state", "names": {"en": "Azerbaijan"}},
        {"id": "france", "kind": "state", "names": {"en": "France", "ru": "Франция"}},
    ],
}
ENTITIES = entities_of_registry(REGISTRY)
AUTH = {"Authorization": "Bearer test-key-1"}


def drafted(text: str, language: str) -> Draft:
    return draft_fixture(
        text,
        ENTITIES,
        language,
        "2020-10-10",
        "fixture-spellings",
    )


def proposed(text: str, language: str) -> list[tuple[str, str, str]]:
    document = drafted(text, language).document
    return [(p["entity"], p["language"], p["spelling"]) for p in document["proposed_aliases"]]


@pytest.mark.parametrize(
    ("text", "spelling"),
    [
        ("وقال زوراب مناتساكانيان إن الوضع خطير.", "زوراب مناتساكانيان"),
        ("وقال زغراب مناتساكانيان إن الوضع خطير.", "زغراب مناتساكانيان"),
        ("وأكد وزوراب مناتساكانيان ذلك.", "زوراب مناتساكانيان"),  # without the clitic و
    ],
)
def test_arabic_spellings_of_zohrab_are_proposed(text: str, spelling: str) -> None:
    assert proposed(text, "ar") == [("zohrab-mnatsakanyan", "ar", spelling)]


def test_a_russian_case_ending_of_a_registry_name_is_matched_without_an_alias() -> None:
    # Russian names are matched in any case form (mentions.py), so `Российской Федерации`
    # names the registry's `Российская Федерация` and no alias needs proposing.
    text = "Представитель Российской Федерации выступил 10 октября 2020 года."
    draft = drafted(text, "ru")
    assert [m.entity.id for r in draft.readings for m in r.named] == ["russia"]
    assert "proposed_aliases" not in draft.document


@pytest.mark.parametrize(
    ("text", "entity", "spelling"),
    [
        ("Zohrab Mnatsakanian spoke.", "zohrab-mnatsakanyan", "Zohrab Mnatsakanian"),
        ("Azerbaijian answered.", "azerbaijan", "Azerbaijian"),
    ],
)
def test_an_english_one_letter_misspelling_is_proposed(
    text: str, entity: str, spelling: str
) -> None:
    assert proposed(text, "en") == [(entity, "en", spelling)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Iron ore prices rose on 10 October 2020.", "en"),  # a short word one edit from Iran
        ("Russian troops moved on 10 October 2020.", "en"),  # Russia's root, not its name
        ("قالت وكالة روسية إن الوضع خطير.", "ar"),  # روسية: an adjective of روسيا
        ("Zohrab Mnatsakanyan spoke on 10 October 2020.", "en"),  # the registry has it
        ("Zorab Mnatsakanian spoke on 10 October 2020.", "en"),  # two words spelled otherwise
        ("قال وزير الخارجية الروسي إن الوضع خطير.", "ar"),  # the minister, not the ministry
        ("Депутаты фракции вышли из зала 10 октября 2020 года.", "ru"),  # lower case: no Франция
    ],
)
def test_no_proposal_for_a_common_word_or_a_known_name(text: str, language: str) -> None:
    assert "proposed_aliases" not in drafted(text, language).document


def test_a_near_miss_needs_one_edit_at_most() -> None:
    assert near("زوراب", "زهراب", at_end=False)
    assert near("mnatsakanain", "mnatsakanian", at_end=False)  # two letters swapped
    assert not near("zorab", "zohrab1", at_end=True)
    assert not near("russian", "russia", at_end=False)


def test_the_drafted_items_name_the_entry_spelled_otherwise() -> None:
    result = drafted("On 10 October 2020 Zohrab Mnatsakanian held talks with Azerbaijan.", "en")
    [event] = result.document["events"]
    # talks are led by the people the sentence names (event_rules.yaml `led_by_persons`)
    assert [p["actor"] for p in event["participants"]] == ["zohrab-mnatsakanyan"]
    [passage] = result.readings
    assert [m.entity.id for m in passage.mentions] == ["zohrab-mnatsakanyan", "azerbaijan"]


def test_each_spelling_is_proposed_once_where_first_read() -> None:
    text = "زوراب مناتساكانيان تحدث يوم 10 أكتوبر 2020.\n\nثم قال زوراب مناتساكانيان إنه متفائل."
    document = drafted(text, "ar").document
    assert document["proposed_aliases"] == [
        {
            "entity": "zohrab-mnatsakanyan",
            "language": "ar",
            "spelling": "زوراب مناتساكانيان",
            "passage": 1,
        }
    ]


def test_kb_draft_writes_the_proposals_and_ingest_refuses_them_until_moved() -> None:
    text = "Zohrab Mnatsakanian spoke on 10 October 2020."
    written = to_yaml(drafted(text, "en"), source_name="brief.txt")
    assert yaml.safe_load(written)["proposed_aliases"] == [
        {
            "entity": "zohrab-mnatsakanyan",
            "language": "en",
            "spelling": "Zohrab Mnatsakanian",
            "passage": 1,
        }
    ]
    with pytest.raises(CurationError) as exc:
        parse_file(RawFile("brief.yaml", written.encode()))
    [problem] = [p for p in exc.value.problems if p.field == "proposed_aliases"]
    assert "aliases in the registry" in problem.message


def test_post_drafts_returns_the_proposals_with_their_registry_document(
    db: Database, app: Any, tmp_path: Any
) -> None:
    """The proposal's registry document, posted as it is, adds the alias and keeps the rest;
    the next draft of the text then names the entry and proposes nothing."""
    path = tmp_path / "registry.yaml"
    path.write_text(yaml.safe_dump(REGISTRY, allow_unicode=True), encoding="utf-8")
    fresh_graph(db, path)
    client: FlaskClient = app.test_client()
    body = {"text": "وقال زغراب مناتساكانيان إن الوضع خطير.", "published": "2020-10-10"}
    response = client.post("/api/v1/drafts", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)
    [proposal] = response.get_json()["data"]["proposed_aliases"]
    assert_proposal(proposal)
    posted = client.post("/api/v1/registry", json=proposal["registry"], headers=AUTH)
    assert posted.status_code in (200, 201), posted.get_data(as_text=True)
    actor = client.get("/api/v1/actors/zohrab-mnatsakanyan").get_json()["data"]
    assert actor["names"]["ru"] == "Зограб Мнацаканян"  # kept
    again = client.post("/api/v1/drafts", json=body).get_json()["data"]
    assert again["proposed_aliases"] == []
    assert again["passages"][0]["names"][0]["id"] == "zohrab-mnatsakanyan"


def assert_proposal(proposal: dict[str, Any]) -> None:
    assert proposal == {
        "entity": "zohrab-mnatsakanyan",
        "language": "ar",
        "spelling": "زغراب مناتساكانيان",
        "passage": 1,
        "registry": {
            "kind": "registry",
            "actors": [
                {
                    "id": "zohrab-mnatsakanyan",
                    "kind": "person",
                    "names": {"en": "Zohrab Mnatsakanyan"},
                    "aliases": {"ar": ["زغراب مناتساكانيان"]},
                }
            ],
        },
    }
