"""Cues that report no event in `kb draft` (issue 25, cues.yaml `unrealised` and `blocked`):
talks someone presses for (pressed Putin for talks, добивается
переговоров, حث على محادثات) are no talks, and a state that keeps out of the fighting
(в стороне от боев) is no clash (بمنأى عن المعارك), and an initiative to stop the war
(مبادرة لوقف الحرب) is no ceasefire, nor is any ceasefire (أي هدنة, любое перемирие), nor an
immediate one (asked for, never reported), nor one someone wants (Russia wants a ceasefire,
хочет перемирия, تريد هدنة); but an event after a past wish happened (wanted to regain the
districts and launched an offensive).
Every text here is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия", "России", "Россию"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


def events(text: str, language: str) -> list[str]:
    document = draft_fixture(text, ENTITIES, language, "2020-11-02", "wishes").document
    items: list[dict[str, Any]] = document["events"]
    return [e["type"] for e in items]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # talks pressed for are no talks
        ("وفي 31 أكتوبر حث أرمينيا روسيا على محادثات عاجلة.", "ar"),
        ("On October 31 Armenia pressed Russia for swift talks.", "en"),
        ("31 октября Армения добивается от России скорейших переговоров.", "ru"),
        # keeping out of the fighting is no clash
        ("بقيت روسيا بمنأى عن المعارك. وقالت أرمينيا ذلك في 31 أكتوبر.", "ar"),
        ("Russia has kept out of the fighting. Armenia said so on October 31.", "en"),
        ("Россия осталась в стороне от боев. Армения заявила об этом 31 октября.", "ru"),
        # an initiative to stop the war is no ceasefire
        ("وفي 31 أكتوبر حملت روسيا إلى أرمينيا مبادرة لوقف الحرب.", "ar"),
        ("On October 31 Russia brought Armenia an initiative to end the war.", "en"),
        ("31 октября Россия привезла в Армению инициативу по прекращению огня.", "ru"),
        # any ceasefire is none
        ("وقالت أرمينيا في 31 أكتوبر إن لها شرطا يسبق أي هدنة.", "ar"),
        ("Armenia said on October 31 that it had a condition for any ceasefire.", "en"),
        ("Армения 31 октября назвала условие любого перемирия.", "ru"),
        # an immediate ceasefire is asked for, never reported, whatever clause asks for it
        ("وفي 31 أكتوبر تبنت روسيا نداء أرمينيا إلى الطرفين بوقف القتال فورا.", "ar"),
        ("On October 31 Russia backed the appeal, made by Armenia, for an immediate truce.", "en"),
        (
            "31 октября Россия поддержала призыв, с которым выступила Армения, к немедленному "
            "прекращению боевых действий.",
            "ru",
        ),
        # a ceasefire someone wants is none
        ("وقالت أرمينيا في 31 أكتوبر إن روسيا تريد هدنة بين الطرفين.", "ar"),
        ("Russia wants a ceasefire between the sides, Armenia said on October 31.", "en"),
        ("Россия хочет перемирия между сторонами, заявила Армения 31 октября.", "ru"),
    ],
)
def test_a_cue_that_reports_no_event_drafts_none(text: str, language: str) -> None:
    assert events(text, language) == []


def test_what_should_be_done_about_an_event_keeps_it() -> None:
    text = "The world should condemn the shelling of Armenia by Russia on 31 October."
    assert events(text, "en") == ["shelling"]


@pytest.mark.parametrize(
    ("text", "language", "drafted"),
    [
        (
            "Armenia wanted to regain the town and launched an offensive on October 31.",
            "en",
            "offensive",
        ),
        (
            "The truce failed to hold as fighting resumed in Armenia on October 31.",
            "en",
            "armed-clash",
        ),
        ("بعد فشل الهدنة اندلعت معارك عنيفة في أرمينيا يوم 31 أكتوبر.", "ar", "armed-clash"),
    ],
)
def test_an_event_after_a_past_wish_or_a_failure_is_drafted(
    text: str, language: str, drafted: str
) -> None:
    assert events(text, language) == [drafted]
