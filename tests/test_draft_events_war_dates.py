"""A war is dated by a span or by its outbreak only (issue 25, event_rules.yaml `spans_only`):
a war named beside another event's day (`the war was settled at Shusha` on 8 November) is not
drafted of that day; one that began on a day, or lasted from one day to another, is. Fighting
dated from the day it began to the day it ended, weeks apart, is the war (event_rules.yaml
`fought_out`); days of it, or fighting still going on, stay an armed clash. Every text here is
written for these tests; no database is needed."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("shusha", "Place", "city", "Shusha", "شوشا", "Шуша", "Шуше"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


def wars(text: str, language: str, published: str = "2020-12-20", kind: str = "war") -> list[str]:
    document = draft_fixture(text, ENTITIES, language, published, "wars").document
    return [e["date"] for e in document["events"] if e["type"] == kind]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("For Azerbaijan, the war was settled at Shusha on 8 November.", "en"),
        ("Armenia and Azerbaijan traded prisoners of the war on 14 December.", "en"),
        ("بالنسبة إلى أذربيجان، حسمت الحرب في شوشا يوم 8 نوفمبر.", "ar"),
        ("Для Азербайджана исход войны решился в Шуше 8 ноября.", "ru"),
        ("The war goes on, Armenia said.", "en"),
    ],
)
def test_a_war_beside_another_day_is_not_drafted(text: str, language: str) -> None:
    assert wars(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("The war between Armenia and Azerbaijan began on 27 September.", "en", "2020-09-27/.."),
        ("The war broke out in late September 2020, Armenia said.", "en", "2020-09"),
        ("اندلعت الحرب بين أرمينيا وأذربيجان في 27 سبتمبر.", "ar", "2020-09-27/.."),
        ("Война между Арменией и Азербайджаном началась 27 сентября.", "ru", "2020-09-27/.."),
        (
            "The war lasted from 27 September to 10 November, Azerbaijan said.",
            "en",
            "2020-09-27/2020-11-10",
        ),
        (
            "The war between Armenia and Azerbaijan has gone on since 27 September.",
            "en",
            "2020-09-27/..",
        ),
    ],
)
def test_a_war_by_its_outbreak_or_span_is_drafted(text: str, language: str, date: str) -> None:
    assert [d.rstrip("?") for d in wars(text, language)] == [date]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The fighting, which began on 27 September, stopped on 10 November, Armenia said.", "en"),
        ("اندلعت المعارك بين أرمينيا وأذربيجان في 27 سبتمبر، ولم تتوقف إلا في 10 نوفمبر.", "ar"),
        (
            "Боевые действия у Армении, возобновившиеся 27 сентября, прекратились 10 ноября.",
            "ru",
        ),
        ("Бои между Арменией и Азербайджаном шли с 27 сентября по 10 ноября.", "ru"),
    ],
)
def test_weeks_of_fighting_from_its_start_to_its_end_are_the_war(text: str, language: str) -> None:
    assert wars(text, language) == ["2020-09-27/2020-11-10"]
    assert wars(text, language, kind="armed-clash") == []


def test_thirty_days_of_fighting_are_the_war() -> None:
    text = "The fighting, which began on 27 September, stopped on 27 October, Armenia said."
    assert wars(text, "en") == ["2020-09-27/2020-10-27"]


def test_a_month_of_fighting_is_no_span() -> None:
    text = "The fighting between Armenia and Azerbaijan began in October, Armenia said."
    assert wars(text, "en", kind="armed-clash") == ["2020-10"]


def test_weeks_of_another_lasting_type_are_no_war() -> None:
    text = (
        "Martial law in Armenia, which began on 27 September, ended on 10 November, Armenia said."
    )
    assert wars(text, "en", kind="martial-law") == ["2020-09-27/2020-11-10"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # days of fighting, from the day it began to the day it ended: an armed clash
        (
            "The fighting, which began on 12 July, stopped on 16 July, Armenia said.",
            "2020-07-12/2020-07-16",
        ),
        # a day short of the weeks a war takes
        (
            "The fighting, which began on 27 September, stopped on 26 October, Armenia said.",
            "2020-09-27/2020-10-26",
        ),
        # clashes counted over a span: no fighting as a whole
        (
            "Between 10 September and 20 October there were three clashes, Armenia said.",
            "2020-09-10/2020-10-20",
        ),
        # to a month: no day to measure from a day
        (
            "The fighting, which began on 27 September, stopped in November, Armenia said.",
            "2020-09-27/2020-11",
        ),
        # still going on: no end to measure
        ("The fighting between Armenia and Azerbaijan began on 27 September.", "2020-09-27/.."),
    ],
)
def test_shorter_or_unended_fighting_stays_an_armed_clash(text: str, date: str) -> None:
    assert wars(text, "en", kind="armed-clash") == [date]
    assert wars(text, "en") == []


def test_a_span_of_years_of_fighting_is_no_war() -> None:
    text = (
        "The fighting between Armenia and Azerbaijan from 2016 to 2019 killed dozens, Armenia said."
    )
    assert wars(text, "en") == []


def test_militants_brought_over_weeks_are_no_war() -> None:
    text = "С 27 сентября по 10 ноября в Карабах перебросили две тысячи боевиков, заявила Армения."
    assert wars(text, "ru") == []
