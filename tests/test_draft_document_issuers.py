"""Who issues a document that the text is (issue 25): the subject of `reports the following`,
even after an earlier verb of the same sentence issued another document (`Pursuant to the
statement signed on 9 November by ..., the Ministry reports the following`), alone when the
names before it end a phrase with a comma; its points of the day it is published; a document
that reports makes reports of its points; a head, a state's form and its name (Министерство
иностранных дел Республики Армения) are one ministry; and a designator right before a verb
speaks, not the name the verb addresses (the ministry urged Armenia). Texts are our own.
Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

PUBLISHED = "2020-11-12"
REGISTRY = [
    entity("russia", "Actor", "state", "Russia", "روسيا", "России", "Russian Federation"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджана"),
    entity(
        "russia-mod",
        "Actor",
        "ministry",
        "Ministry of Defence of Russia",
        "وزارة الدفاع الروسية",
        "Министерство обороны России",
        "the Ministry of Defence of Russia",
    ),
]
PURSUANT = {
    "en": (
        "Pursuant to the statement signed on 9 November by the President of Azerbaijan, the "
        "Prime Minister of Armenia and the President of Russia, the Ministry of Defence of "
        "Russia reports the following:\n"
        "1. The first columns of the contingent crossed into the area at dawn.\n"
        "2. Two field hospitals are being set up near the river."
    ),
    "ru": (
        "Во исполнение заявления, подписанного 9 ноября президентом Азербайджана, "
        "премьер-министром Армении и президентом России, Министерство обороны России сообщает "
        "следующее.\n"
        "1. Первые колонны контингента вошли в район на рассвете.\n"
        "2. Возле реки разворачиваются два полевых госпиталя."
    ),
    "ar": (
        "تنفيذا للبيان الذي وقعه في 9 نوفمبر رئيس أذربيجان ورئيس وزراء أرمينيا ورئيس روسيا، "
        "تفيد وزارة الدفاع الروسية بما يلي:\n"
        "1. دخلت الطوابير الأولى من القوة إلى المنطقة فجرا.\n"
        "2. يجري إنشاء مستشفيين ميدانيين قرب النهر."
    ),
}


def statements(text: str, language: str, registry: list[Any] | None = None) -> list[Any]:
    document = draft_fixture(text, registry or REGISTRY, language, PUBLISHED, "doc").document
    return list(document["statements"])


@pytest.mark.parametrize("language", sorted(PURSUANT))
def test_the_following_after_a_signed_statement_is_the_ministrys_document_of_its_day(
    language: str,
) -> None:
    found = statements(PURSUANT[language], language)
    assert [(s["evidence"][0]["passage"], s["speakers"], s["date"]) for s in found] == [
        (1, ["russia-mod"], PUBLISHED),
        (2, ["russia-mod"], PUBLISHED),
        (3, ["russia-mod"], PUBLISHED),
    ]


@pytest.mark.parametrize("language", sorted(PURSUANT))
def test_the_points_of_a_document_that_reports_are_reports(language: str) -> None:
    found = statements(PURSUANT[language], language)
    assert [s["kind"] for s in found[1:]] == ["report", "report"]
    declared = PURSUANT[language].replace("reports the following", "declares the following")
    declared = declared.replace("сообщает следующее", "заявляет следующее")
    declared = declared.replace("تفيد وزارة الدفاع الروسية بما", "تعلن وزارة الدفاع الروسية ما")
    assert [s["kind"] for s in statements(declared, language)[1:]] == [
        "announcement",
        "announcement",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia and Armenia declare the following:\n1. The border stays open.", "en"),
        ("Россия и Армения заявляют следующее.\n1. Граница остается открытой.", "ru"),
    ],
)
def test_names_joined_by_and_declare_together(text: str, language: str) -> None:
    point = statements(text, language)[-1]
    assert sorted(point["speakers"]) == ["armenia", "russia"]


def test_a_head_before_a_states_form_and_name_is_one_ministry() -> None:
    text = (
        "Министерство иностранных дел Республики Армения заявляет следующее.\n"
        "1. Удары по городу продолжаются. Генеральная прокуратура Азербайджана сообщила о "
        "новых жертвах."
    )
    document = draft_fixture(text, REGISTRY, "ru", PUBLISHED, "doc").document
    entries = {e["names"]["ru"]: e for e in document["proposed_entries"]}
    ministry = entries["Министерство иностранных дел Республики Армения"]
    prosecutor = entries["Генеральная прокуратура Азербайджана"]
    assert (ministry["kind"], prosecutor["kind"]) == ("ministry", "government")
    spoken = [(s["evidence"][0]["passage"], s["speakers"]) for s in document["statements"]]
    assert spoken == [(1, [ministry["id"]]), (2, [ministry["id"]]), (2, [prosecutor["id"]])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Ministry of Defence of Russia spoke of the convoys. The ministry urged Armenia "
            "to keep the road open.",
            "en",
        ),
        (
            "Министерство обороны России сообщило о колоннах. Министерство призвало Армению "
            "держать дорогу открытой.",
            "ru",
        ),
    ],
)
def test_a_designator_before_the_verb_speaks_not_the_name_it_addresses(
    text: str, language: str
) -> None:
    appeal = [s for s in statements(text, language) if s["kind"] == "appeal"]
    assert [s["speakers"] for s in appeal] == [["russia-mod"]]
