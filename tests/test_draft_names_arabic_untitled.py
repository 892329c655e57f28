"""Arabic persons named without a title (issue 25): after `with` (مع) or `among them`
(وبينهم), and a second name joined by و; a noun's genitive after مع is no name. Texts are our
own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا"),
]


def _persons(text: str) -> list[str]:
    document = draft_fixture(text, REGISTRY, "ar", "2020-11-10").document
    entries = document.get("proposed_entries", [])
    return sorted(e["names"]["ar"] for e in entries if e["kind"] == "person")


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "وفي اتصال هاتفي مع فلاديمير بوتين، بحثت أذربيجان الوضع.",
            ["فلاديمير بوتين"],
        ),
        ("تحدث بوتين مع إلهام علييف ونيكول باشينيان أمس.", ["إلهام علييف", "نيكول باشينيان"]),
        (
            "عاد إلى أذربيجان 12 أسيرا، وبينهم رستم قلييف وإلمان حسنوف اللذان أسرا.",
            ["إلمان حسنوف", "رستم قلييف"],
        ),
        ("تفاقم الوضع في أرمينيا مع اقتراب فصل الشتاء.", []),
        (
            "وقع وزيرا الخارجية في أرمينيا وأذربيجان، زهراب ساركيسيان وجيهون بايراموف، البيان.",
            ["جيهون بايراموف", "زهراب ساركيسيان"],
        ),
        ("قال الرئيسان في أرمينيا وأذربيجان، بعد لقاء طويل، إن الحوار مستمر.", []),
        ("يتزامن ذلك مع جولة يقوم بها الوسطاء في أذربيجان.", []),
    ],
)
def test_an_arabic_person_without_a_title_is_proposed(text: str, persons: list[str]) -> None:
    assert _persons(text) == persons


def test_a_name_joined_by_and_takes_its_id_without_the_and() -> None:
    document = draft_fixture(
        "تحدث بوتين مع إلهام علييف ونيكول باشينيان أمس.", REGISTRY, "ar", "2020-11-10"
    ).document
    assert sorted(e["id"] for e in document["proposed_entries"]) == [
        "ilham-lyyf",
        "nykwl-bashynyan",
    ]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("وشكرت أرمينيا روسيا ورئيسها فلاديمير بوتين بالاسم.", ["فلاديمير بوتين"]),
        ("وقال المتحدث العسكري الروسي بافيل باوتوف إن العمل سيستغرق أشهرا.", ["بافيل باوتوف"]),
    ],
)
def test_an_arabic_person_after_a_possessive_or_a_military_spokesmans_title_is_proposed(
    text: str, persons: list[str]
) -> None:
    # رئيسها: its president; المتحدث العسكري: the military spokesman (titles before a name)
    assert _persons(text) == persons


@pytest.mark.parametrize(
    "text",
    [
        "وزار علييف مكة ثلاث مرات بعدما صار رئيسا، كما روى أمس.",  # كما: as, no name's word
        "كانت ثلاثة أرباع المنطقة تقريبا، 73 في المئة منها، محتلة.",  # تقريبا: about
        "ويعود النازحون بإرادتهم، في أمان وبكرامة.",  # أمان: safety, not Amman
    ],
)
def test_arabic_common_words_are_no_name(text: str) -> None:
    document = draft_fixture(text, REGISTRY, "ar", "2020-11-24").document
    assert [e["names"]["ar"] for e in document.get("proposed_entries", [])] == []
