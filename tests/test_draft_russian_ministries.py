"""A ministry as Russian news name it without its name (issue 25): by the state's adjective
(российский МИД, в армянском внешнеполитическом ведомстве), by a registry name's initials (МИД
РФ), and by a designator in any case (сообщили в министерстве). Texts are our own. Pure: no
Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("russia", "Actor", "state", "Russia", "Россия", "Российская Федерация", "России"),
    entity("armenia", "Actor", "state", "Armenia", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "Азербайджан", "Азербайджана"),
    entity(
        "russia-mfa",
        "Actor",
        "ministry",
        "Ministry of Foreign Affairs of Russia",
        "МИД России",
        "Министерство иностранных дел России",
    ),
]


def drafted(text: str) -> dict[str, Any]:
    return dict(draft_fixture(text, REGISTRY, "ru", "2020-10-06", "ministries").document)


def speakers(document: dict[str, Any]) -> list[list[str]]:
    return [s["speakers"] for s in document["statements"]]


def proposed_actors(document: dict[str, Any]) -> list[str]:
    entries = document.get("proposed_entries") or []
    return [e["id"] for e in entries if e["kind"] not in ("city", "district")]


@pytest.mark.parametrize(
    "text",
    [
        "Москва готова принять министров, напомнили в российском МИД.",
        "Москва готова принять министров, напомнили в российском внешнеполитическом ведомстве.",
        "Российское внешнеполитическое ведомство заявило, что Москва готова принять министров.",
        "Москва готова принять министров, сообщили в МИД РФ.",
    ],
)
def test_the_registry_ministry_by_its_states_adjective_or_initials(text: str) -> None:
    document = drafted(text)
    assert speakers(document) == [["russia-mfa"]]
    assert proposed_actors(document) == []


def test_a_ministry_the_registry_lacks_by_its_states_adjective_is_proposed() -> None:
    document = drafted(
        "Визит министра в Москву состоится в ближайшее время, сообщили в армянском "
        "внешнеполитическом ведомстве."
    )
    [entry] = [e for e in document["proposed_entries"] if e["kind"] == "ministry"]
    assert speakers(document) == [[entry["id"]]]


@pytest.mark.parametrize(
    "text",
    [
        # an adjective of no state, or a ministry word of no state: no ministry
        "Москва готова принять министров, напомнили в профильном ведомстве.",
        "Москва готова принять министров, напомнили в российском правительстве.",
    ],
)
def test_no_ministry_without_a_states_adjective_and_a_ministry_word(text: str) -> None:
    assert "russia-mfa" not in {s for found in speakers(drafted(text)) for s in found}


def test_initials_name_the_registry_entry_whose_name_they_are() -> None:
    assert proposed_actors(drafted("Делегация РФ прибыла в Ереван в субботу.")) == []
    document = drafted("Делегация РА прибыла в Ереван в субботу.")  # no registry name's
    assert proposed_actors(document) != []


def test_initials_leave_out_short_words_and_name_no_two_entries() -> None:
    osce = entity(
        "osce",
        "Actor",
        "organisation",
        "OSCE",
        "Организация по безопасности и сотрудничеству в Европе",
    )
    text = "Наблюдатели ОБСЕ прибыли в Ереван в субботу."
    document = draft_fixture(text, [*REGISTRY, osce], "ru", "2020-10-06").document
    assert proposed_actors(document) == []
    twin = entity(
        "obse-bank", "Actor", "organisation", "Bank", "Объединенный банк сбережений Европы"
    )
    document = draft_fixture(text, [*REGISTRY, osce, twin], "ru", "2020-10-06").document
    assert proposed_actors(document) != []  # ОБСЕ names neither: a name proposed


def test_a_designator_in_another_case_stands_for_the_ministry_named_before() -> None:
    text = (
        "МИД России выступил с заявлением о визите в Армению. Переговоры о визите продолжатся "
        "и завершатся в срок, сообщили в министерстве."
    )
    assert speakers(drafted(text)) == [["russia-mfa"]]


def test_prosecutors_stand_for_the_office_named_before() -> None:
    text = (
        "Генеральная прокуратура Азербайджана открыла дело против Армении. Как передает "
        "агентство Trend со ссылкой на прокуратуру, при обстреле сел погибли мирные жители."
    )
    document = drafted(text)
    [office] = [e["id"] for e in document["proposed_entries"] if e["kind"] == "government"]
    assert speakers(document) == [[office]]
