"""A day of the month of the last date written (issue 25, anchored_dates.yaml `same_month`):
`on the 20th of that month` after `on 9 November` is 20 November; after `since`, open from it;
with no day written before, no date. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("karabakh", "Place", "region", "Nagorno-Karabakh", "قره باغ", "Карабах", "Карабахе"),
]


def dated(text: str, language: str) -> list[str]:
    document = draft_fixture(text, REGISTRY, language, "2020-12-01", "same-month").document
    return [e["date"] for e in document["events"] if e["type"] != "meeting"]


FIRST = {
    "en": "Armenia and Azerbaijan met on 9 November.\n",
    "ar": "التقت أرمينيا وأذربيجان في 9 نوفمبر.\n",
    "ru": "Армения и Азербайджан встретились 9 ноября.\n",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Azerbaijan shelled Nagorno-Karabakh on the 20th of that month."),
        ("en", "Azerbaijan shelled Nagorno-Karabakh on the 20th of the same month."),
        ("ar", "ووقعت اشتباكات في قره باغ في 20 من الشهر نفسه."),
        ("ar", "ووقعت اشتباكات في قره باغ في 20 من الشهر ذاته."),
        ("ar", "ووقعت اشتباكات في قره باغ في 20 من نفس الشهر."),
        ("ar", "ووقعت اشتباكات في قره باغ في 20 من ذلك الشهر."),
        ("ru", "Столкновения в Карабахе произошли 20-го того же месяца."),
        ("ru", "Столкновения в Карабахе произошли 20 числа того же месяца."),
    ],
)
def test_a_day_of_the_same_month_is_in_the_month_written_before(
    language: str, sentence: str
) -> None:
    assert dated(FIRST[language] + sentence, language) == ["2020-11-20"]


def test_an_ordinal_day_of_the_same_month() -> None:
    text = FIRST["ar"] + "ووقعت اشتباكات في قره باغ في العاشر من الشهر نفسه."
    assert dated(text, "ar") == ["2020-11-10"]


def test_since_a_day_of_the_same_month_is_open_from_it() -> None:
    text = FIRST["ar"] + "وتدور اشتباكات في قره باغ منذ العاشر من الشهر نفسه."
    assert dated(text, "ar") == ["2020-11-10/.."]


def test_a_day_of_the_same_month_is_the_last_day_written_after_it() -> None:
    text = (
        FIRST["en"]
        + "Azerbaijan took back Aghdam on the 20th of that month.\n"
        + "Azerbaijan shelled Nagorno-Karabakh the next day."
    )
    assert dated(text, "en") == ["2020-11-21"]


def test_a_day_of_the_same_month_with_no_day_before_is_no_date() -> None:
    text = "Azerbaijan shelled Nagorno-Karabakh on the 20th of that month."
    assert dated(text, "en") == ["2020-12-01?"]


def test_a_day_the_month_lacks_is_no_date() -> None:
    text = FIRST["en"].replace("9 November", "9 February") + (
        "Azerbaijan shelled Nagorno-Karabakh on the 30th of that month."
    )
    assert not any("-02-30" in date or "-03-" in date for date in dated(text, "en"))


def test_since_a_day_of_the_same_month_is_no_anchor_of_the_next() -> None:
    text = (
        FIRST["en"]
        + "Fighting has gone on in Nagorno-Karabakh since the 10th of that month.\n"
        + "Azerbaijan shelled Nagorno-Karabakh the next day."
    )
    assert dated(text, "en")[-1] == "2020-11-10"


def test_an_english_ordinal_of_that_month_needs_the() -> None:
    text = FIRST["en"] + "A third of that month passed; Azerbaijan shelled Nagorno-Karabakh."
    assert "2020-11-03" not in dated(text, "en")
