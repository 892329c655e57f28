"""A role right before a place or a state is no title of it: in `واتهم الرئيس الأذربيجاني
يريفان بتخريب المساجد` (the Azerbaijani president accused Yerevan), the president named before
speaks and Yerevan is what he accuses; a role before a person or a body stays its title.
`بأنها` (that it) ends a name after a title as `بأنه` does. Texts are our own. Pure: no
Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("yerevan", "Place", "capital", "Yerevan", "يريفان", "Ереван"),
    entity("ilham-aliyev", "Actor", "person", "Ilham Aliyev", "إلهام علييف", "Ильхам Алиев"),
    entity("armenia-mfa", "Actor", "ministry", "Armenian MFA", "الخارجية الأرمينية", "МИД Армении"),
    entity(
        "anna-naghdalyan", "Actor", "person", "Anna Naghdalyan", "آنا ناغداليان", "Анна Нагдалян"
    ),
]

INTRODUCED = "وقال الرئيس الأذربيجاني إلهام علييف إن البلاد ستعيد بناء المساجد.\n\n"


def speakers(text: str) -> list[list[str]]:
    document = draft_fixture(text, REGISTRY, "ar", "2021-01-18", "roles").document
    return [s["speakers"] for s in document["statements"] if s["evidence"][0]["passage"] == 2]


@pytest.mark.parametrize(
    "sentence",
    [
        "واتهم الرئيس الأذربيجاني يريفان بتخريب المساجد.",
        "واتهم الرئيس الأذربيجاني أرمينيا بتخريب المساجد.",
    ],
)
def test_a_role_before_a_place_or_a_state_names_the_speaker(sentence: str) -> None:
    assert speakers(INTRODUCED + sentence) == [["ilham-aliyev"]]


def test_a_role_before_a_body_and_a_person_is_their_title() -> None:
    text = INTRODUCED + "وقالت المتحدثة باسم الخارجية الأرمينية آنا ناغداليان إن الجرحى ثلاثة."
    assert speakers(text) == [["anna-naghdalyan"]]


def test_that_it_ends_a_name_after_a_title() -> None:
    text = INTRODUCED + "واتهم الرئيس الأذربيجاني يريفان بأنها جلست إلى طاولة التفاوض ثلاثة عقود."
    document = draft_fixture(text, REGISTRY, "ar", "2021-01-18", "roles").document
    assert document.get("proposed_entries") in (None, [])
    assert speakers(text) == [["ilham-aliyev"]]
